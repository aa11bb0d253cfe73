import Foundation
import TekserCore

/// Files and folders Tekser creates are its user's alone: files 0600, folders 0700. Journals,
/// accounts, the log and the status file say who asked about whom; nobody else on the machine
/// needs to read them. Files and folders that already exist keep their mode (the operator may
/// have chosen it) and are reported by `tekser data status` when others can read them.
public enum PrivateFiles {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    /// Creates `folder` and any missing parent, each missing one 0700. Failures are `FileFailure`s.
    package static func createFolder(_ folder: URL) throws {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
            missing.append(current)
            current.deleteLastPathComponent()
        }
        for url in missing.reversed() where mkdir(url.path, folderMode) != 0 && errno != EEXIST {
            throw FileFailure.current
        }
    }

    /// Creates an empty file (0600) unless one is there, with its folder.
    package static func createFile(at url: URL) throws {
        try createFolder(url.deletingLastPathComponent())
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw FileFailure.current }
        close(descriptor)
    }

    /// Replaces the file's content at once (written beside, then renamed), 0600 from the start.
    /// Anything there but a plain file (a link such as `/dev/stdout`, a device, a pipe) is
    /// written into, never replaced: a rename would put a file in its place.
    public static func write(_ data: Data, to url: URL) throws {
        var info = stat()
        if lstat(url.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            return try writeWhole(data, to: url.path)
        }
        try createFolder(url.deletingLastPathComponent())
        let temporary = url.appendingPathExtension("\(getpid()).new")
        do {
            try writeWhole(data, to: temporary.path)
            guard rename(temporary.path, url.path) == 0 else { throw FileFailure.current }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Writes `data` to a new file (0600) at `path`; a failure is the system's cause.
    private static func writeWhole(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw FileFailure.current }
        defer { close(descriptor) }
        try data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw written == 0 ? FileFailure.noSpace : FileFailure.current }
                offset += written
            }
        }
    }

    /// Tekser's folders and the files directly in them that others than their owner can read.
    public static func readableByOthers(_ folders: [URL]) -> [(path: String, mode: mode_t)] {
        var found: [(String, mode_t)] = []
        for folder in folders {
            let children = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
            for path in [folder.path] + children.map({ folder.appendingPathComponent($0).path }) {
                var info = stat()
                guard lstat(path, &info) == 0, info.st_mode & 0o044 != 0 else { continue }
                found.append((path, info.st_mode & 0o777))
            }
        }
        return found
    }
}

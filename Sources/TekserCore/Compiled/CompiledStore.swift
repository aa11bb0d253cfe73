import Foundation

/// Where the compiled files of a data folder are kept: beside the data in `.tekser-compiled/`,
/// or under `$XDG_CACHE_HOME/tekser/compiled/` when the data folder is read-only. Folders and
/// files are readable by their owner only.
struct CompiledStore: Sendable {
    let directory: URL
    /// `CacheHome`: `$XDG_CACHE_HOME`, else `~/.cache`.
    let cacheHome: URL

    init(directory: URL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.directory = directory.standardizedFileURL
        cacheHome = CacheHome.url(environment: environment)
    }

    static let folderName = ".tekser-compiled"
    static let suffix = ".tekser"

    /// The folder beside the data, and the cache folder.
    var folders: [URL] {
        [directory.appendingPathComponent(Self.folderName, isDirectory: true),
         cacheHome.appendingPathComponent("tekser/compiled", isDirectory: true)]
    }

    /// The file name for fingerprint `key`; in the shared cache it starts with the data folder's hash.
    func fileName(key: UInt64, in folder: URL) -> String {
        let prefix = folder == folders[0] ? "data" : String(Array(directory.path.utf8).withUnsafeBytes { Checksum.of($0) }, radix: 16)
        return "\(prefix)-\(String(key, radix: 16))\(Self.suffix)"
    }

    /// An existing compiled file for `key`, beside the data first.
    func existing(key: UInt64) -> URL? {
        folders.map { $0.appendingPathComponent(fileName(key: key, in: $0)) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Where to write the file for `key`: the first folder that exists or can be made, and is writable.
    func destination(key: UInt64) -> URL? {
        for folder in folders {
            // `$XDG_CACHE_HOME` itself may not exist yet: every missing folder on the way is made, owner-only.
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            if access(folder.path, W_OK) == 0 { return folder.appendingPathComponent(fileName(key: key, in: folder)) }
        }
        return nil
    }

    /// Removes this data folder's compiled files other than `kept` from `kept`'s folder.
    /// A process still using one keeps its mapping.
    func removeOthers(than kept: URL) {
        let folder = kept.deletingLastPathComponent()
        let prefix = String(fileName(key: 0, in: folder).prefix { $0 != "-" }) + "-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(Self.suffix) && name != kept.lastPathComponent {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Runs `body` holding an exclusive lock on `folder`, so that processes starting together build once.
    func locked<T>(_ folder: URL, _ body: () throws(DataLoadError) -> T) throws(DataLoadError) -> T {
        let descriptor = open(folder.appendingPathComponent(".lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor >= 0 { flock(descriptor, LOCK_EX) }
        defer { if descriptor >= 0 { flock(descriptor, LOCK_UN); close(descriptor) } }
        return try body()
    }
}

import Foundation

/// Size, modification time and inode of one file: cheap to take every second, and any copy,
/// rename or rewrite of the file changes at least one of them.
public struct FileStamp: Sendable, Hashable {
    public let size: UInt64
    public let modified: Date
    public let inode: UInt64

    /// `nil` when the file does not exist or cannot be read.
    public init?(url: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = (attributes[.size] as? NSNumber)?.uint64Value,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        self.size = size
        self.modified = modified
        inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }
}

/// The stamps of a data folder's manifest and of every file it names; two equal fingerprints
/// mean nothing a load would read has changed.
public struct FolderFingerprint: Sendable, Hashable {
    /// File name → its stamp, `nil` when it is missing.
    public let stamps: [String: FileStamp?]

    /// Takes the fingerprint of `directory` now. A manifest that cannot be read names no files,
    /// so its own stamp is what changes.
    public static func take(_ directory: URL) -> FolderFingerprint {
        read(directory).print
    }

    /// The fingerprint and the manifest it was taken with (or why the manifest cannot be read).
    public static func read(_ directory: URL) -> (print: FolderFingerprint, manifest: Result<Manifest, ManifestError>) {
        var stamps: [String: FileStamp?] = [Manifest.fileName: FileStamp(url: directory.appendingPathComponent(Manifest.fileName))]
        let manifest = Result { () throws(ManifestError) in try Manifest.load(directory: directory) }
        if case .success(let manifest) = manifest {
            for source in manifest.sources {
                stamps[source.file] = FileStamp(url: directory.appendingPathComponent(source.file))
            }
        }
        return (FolderFingerprint(stamps: stamps), manifest)
    }

    /// A 64-bit digest of the stamps and the folder's path: the name of the compiled file built
    /// from exactly these files.
    public func key(directory: URL) -> UInt64 {
        var text = directory.standardizedFileURL.path + "\n"
        for name in stamps.keys.sorted() {
            if let stamp = stamps[name] ?? nil {
                text += "\(name)\t\(stamp.size)\t\(stamp.modified.timeIntervalSince1970.bitPattern)\t\(stamp.inode)\n"
            } else {
                text += "\(name)\tmissing\n"
            }
        }
        return Array(text.utf8).withUnsafeBytes { Checksum.of($0, seed: UInt64(CompiledFormat.version)) }
    }
}

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
        var stamps: [String: FileStamp?] = [Manifest.fileName: FileStamp(url: directory.appendingPathComponent(Manifest.fileName))]
        if let manifest = try? Manifest.load(directory: directory) {
            for source in manifest.sources {
                stamps[source.file] = FileStamp(url: directory.appendingPathComponent(source.file))
            }
        }
        return FolderFingerprint(stamps: stamps)
    }
}

import Crypto
import Foundation
import TekserCore

/// One published version of the registries as `tekser data versions` lists it: its number,
/// when and by whom it was published, and each source's rows and as-of date.
public struct DataVersion: Sendable, Equatable, Codable {
    public let number: Int
    public let publishedAt: Date
    /// `role/OS user` of the publisher.
    public let publishedBy: String
    public let sources: [SourceCounts]
    public let files: Int

    public var rows: Int { sources.reduce(0) { $0 + $1.loaded } }
}

/// A file of a published version: its path in the data folder, its bytes and their SHA-256,
/// which the cache checks before it trusts a pulled copy.
public struct PublishedFile: Sendable, Equatable {
    public let path: String
    public let bytes: Data
    public let sha256: String

    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
        sha256 = Self.digest(bytes)
    }

    init(path: String, bytes: Data, sha256: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }

    static func digest(_ bytes: Data) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// A path that stays inside the folder it is written to: relative, without `..`.
    var isSafe: Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
    }

    /// What a load of the folder reads: the manifest, every source's file and the samples file
    /// it names (when there is one: the trainer's samples are optional), each as it is on disk now.
    /// A file named outside the folder is refused: no follower's cache would ever store it.
    public static func files(in directory: URL) throws(DataLoadError) -> [PublishedFile] {
        let manifest: Manifest
        do { manifest = try Manifest.load(directory: directory) } catch { throw .manifest(error) }
        let samples = manifest.dataset.samples.flatMap { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path) ? $0 : nil }
        let names = [Manifest.fileName] + manifest.sources.map(\.file) + (samples.map { [$0] } ?? [])
        var seen = Set<String>()
        return try names.filter { seen.insert($0).inserted }.map { name throws(DataLoadError) in
            let url = directory.appendingPathComponent(name)
            let file: PublishedFile
            do {
                file = PublishedFile(path: name, bytes: try Data(contentsOf: url))
            } catch {
                throw DataLoadError.source(.unreadable(path: url.path))
            }
            guard file.isSafe else {
                throw DataLoadError.manifest(.unsafeFile(path: directory.appendingPathComponent(Manifest.fileName).path, file: name))
            }
            return file
        }
    }
}

/// What `publish` did: a new version, or the reasons it was refused (nothing was stored)
/// against the newest version (0 when none was published yet).
public enum PublishOutcome: Sendable, Equatable {
    case published(DataVersion)
    case refused(against: Int, [RefusalReason])
}

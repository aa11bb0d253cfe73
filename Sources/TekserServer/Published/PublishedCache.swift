import Foundation
import TekserCore
import TekserStore

/// This machine's copies of one server's published versions,
/// `$XDG_CACHE_HOME/tekser/published/<server-id>/<version>/`, owner-only: what a Tekser answers
/// from when the server is away.
///
/// A version is written into a temporary folder beside and renamed into place once every file
/// is there and matches its SHA-256, so a folder named by a number is always whole; the last
/// good version is kept until a newer one is in use.
public struct PublishedCache: Sendable {
    /// The folder of this server's versions.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The cache of `server` under `$XDG_CACHE_HOME`: one folder per host, port and database.
    public init(server: ServerURL, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let id = "\(server.host)_\(server.port)_\(server.database)".map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "_" }
        self.init(root: CacheHome.url(environment: environment).appendingPathComponent("tekser/published/\(String(id))", isDirectory: true))
    }

    /// The complete versions kept, oldest first.
    public func versions() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.compactMap { Int($0) }.filter { $0 > 0 }.sorted()
    }

    /// Where `version` is (or would be) kept: one folder per version, named by its number, so
    /// a version is loaded like any data folder and pruned by removing its folder.
    public func directory(_ version: Int) -> URL {
        root.appendingPathComponent(String(version), isDirectory: true)
    }

    /// Each version's files and their SHA-256, kept beside them: a number alone does not say
    /// the server's version is this one (a database made again numbers from 1 again).
    static let digestsName = ".tekser-sha256.json"

    /// The `path → SHA-256` of the files cached as `version`; `nil` for a folder cached without them.
    public func digests(_ version: Int) -> [String: String]? {
        guard let data = try? Data(contentsOf: directory(version).appendingPathComponent(Self.digestsName)) else { return nil }
        return try? JSONDecoder().decode([String: String].self, from: data)
    }

    /// Writes `files` as `version` and returns its folder; a version already there (another
    /// Tekser on this machine pulled it) is left as it is.
    public func store(_ version: Int, files: [PublishedFile]) throws(DataLoadError) -> URL {
        let target = directory(version)
        if FileManager.default.fileExists(atPath: target.path) { return target }
        let temporary = root.appendingPathComponent(".incoming-\(version)-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        for file in files {
            guard file.isSafe, PublishedFile.digest(file.bytes) == file.sha256 else {
                throw .source(.unreadable(path: target.appendingPathComponent(file.path).path))
            }
            let url = temporary.appendingPathComponent(file.path)
            do {
                try PrivateFiles.createFolder(url.deletingLastPathComponent())
                try PrivateFiles.write(file.bytes, to: url)
            } catch {
                throw .source(.unreadable(path: url.path))
            }
        }
        do {
            let digests = Dictionary(files.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
            try PrivateFiles.createFolder(temporary)
            try PrivateFiles.write(try JSONEncoder().encode(digests), to: temporary.appendingPathComponent(Self.digestsName))
        } catch {
            throw .source(.unreadable(path: temporary.appendingPathComponent(Self.digestsName).path))
        }
        guard rename(temporary.path, target.path) == 0 || FileManager.default.fileExists(atPath: target.path) else {
            throw .source(.unreadable(path: target.path))
        }
        return target
    }

    /// Removes every version but `kept`.
    public func prune(keeping kept: Int) {
        for version in versions() where version != kept {
            remove(version)
        }
    }

    /// Removes one version (a refused one: it is not tried again).
    public func remove(_ version: Int) {
        try? FileManager.default.removeItem(at: directory(version))
    }
}

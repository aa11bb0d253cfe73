import Foundation

/// Every registry of a data folder, loaded and indexed together; immutable once loaded,
/// so a check in progress always finishes on the data it started with.
public struct DataSet: Sendable {
    public let directory: URL
    public let manifest: Manifest
    public let sources: [RegistrySource]

    /// Loads the manifest and every source it names. Any file-level failure fails the whole
    /// load, so an answer never silently skips a registry.
    public static func load(directory: URL) throws(DataLoadError) -> DataSet {
        let manifest: Manifest
        do {
            manifest = try Manifest.load(directory: directory)
        } catch {
            throw .manifest(error)
        }
        var results = [Result<RegistrySource, SourceError>?](repeating: nil, count: manifest.sources.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: manifest.sources.count) { i in
            let result: Result<RegistrySource, SourceError>
            do {
                result = .success(try RegistrySource.load(manifest.sources[i], directory: directory))
            } catch {
                result = .failure(error)
            }
            lock.withLock { results[i] = result }
        }
        var sources: [RegistrySource] = []
        for result in results {
            switch result! {
            case .success(let source): sources.append(source)
            case .failure(let error): throw .source(error)
            }
        }
        return DataSet(directory: directory, manifest: manifest, sources: sources)
    }

    public var isDemo: Bool { manifest.dataset.demo }

    public var reports: [LoadReport] { sources.map(\.report) }

    /// Whether any registry holds `number` (for the typo rescue).
    public func contains(_ number: UInt64) -> Bool {
        sources.contains { $0.contains(number) }
    }

    /// Every row in every registry that carries `number`, most severe source kind first.
    public func evidence(for number: UInt64) -> [Evidence] {
        sources.flatMap { source in source.rows(matching: number).map(source.evidence(row:)) }
    }
}

/// Why a data folder could not be loaded.
public enum DataLoadError: Error, Sendable, Equatable, Localizable {
    case manifest(ManifestError)
    case source(SourceError)

    public var message: Message {
        switch self {
        case .manifest(let error): error.message
        case .source(let error): error.message
        }
    }
}

import Foundation
import Synchronization

/// Every registry of a data folder, loaded and indexed together; immutable once loaded,
/// so a check in progress always finishes on the data it started with.
public struct DataSet: Sendable {
    public let directory: URL
    public let manifest: Manifest
    public let sources: [RegistrySource]
    /// The compiled file the data was opened from; `nil` when it was parsed from the CSV files.
    let compiled: CompiledFile?
    /// The build this data set was parsed for, told how indexing goes.
    let progress: BuildProgress?
    /// The name index, built on the first name search (see `prepareSearches`) or mapped from the compiled file.
    let registryNames = BuiltOnce<RegistryNames>()
    private let linkIndex = BuiltOnce<LinkIndex>()
    private let impostorIndex = BuiltOnce<ImpostorIndex>()

    /// The warning list's links, normalised once on the first link check (see `prepareSearches`)
    /// or mapped from the compiled file.
    public var links: LinkIndex { links(keeping: nil) }

    /// The link index; when it is made here, `keys` gets the keys it was made of (for the impostor search).
    func links(keeping keys: ConcurrentResults<LinkIndex.RowKeys>?) -> LinkIndex {
        linkIndex.get {
            if let mapped = compiled?.links(sources: sources) { return mapped }
            let built = LinkIndex.build(sources: sources, progress: progress)
            keys?[0] = built.keys
            return built.index
        }
    }

    /// The clone firms among the rows: found once after parsing the CSV files (see
    /// `prepareSearches`), and kept in the compiled file, whose data sets read them from it.
    public var impostors: ImpostorIndex { impostors(linkKeys: nil) }

    /// The impostor relation; a search made here reads the links' keys from `linkKeys` when given.
    func impostors(linkKeys: LinkIndex.RowKeys?) -> ImpostorIndex {
        impostorIndex.get {
            compiled?.impostors(sources: sources) ?? {
                impostorSearches.count.add(1, ordering: .relaxed)
                return ImpostorFinder(data: self, linkKeys: linkKeys).find()
            }()
        }
    }

    /// How many times this data set searched its rows for impostors: once when parsed from CSV,
    /// never when opened from a compiled file (unless its impostor sections are damaged).
    let impostorSearches = SearchCount()

    init(directory: URL, manifest: Manifest, sources: [RegistrySource], compiled: CompiledFile? = nil, progress: BuildProgress? = nil) {
        self.progress = progress
        self.directory = directory
        self.manifest = manifest
        self.sources = sources
        self.compiled = compiled
    }

    /// The compiled file in use, `nil` when the data was parsed from the CSV files.
    public var compiledURL: URL? { compiled?.url }

    /// Whether compiled bytes in use were found damaged (answers then come from the CSV files).
    public var isDamaged: Bool { compiled?.damage.isDamaged ?? false }

    /// Loads the manifest and every source it names from the CSV files. Any file-level failure
    /// fails the whole load, so an answer never silently skips a registry.
    public static func load(directory: URL, progress: BuildProgress? = nil) throws(DataLoadError) -> DataSet {
        let manifest: Manifest
        do {
            manifest = try Manifest.load(directory: directory)
        } catch {
            throw .manifest(error)
        }
        return try load(directory: directory, manifest: manifest, progress: progress)
    }

    static func load(directory: URL, manifest: Manifest, progress: BuildProgress?) throws(DataLoadError) -> DataSet {
        progress?.begin(.reading, total: 0)
        let results = ConcurrentResults<Result<RegistrySource, SourceError>>(count: manifest.sources.count)
        DispatchQueue.concurrentPerform(iterations: manifest.sources.count) { i in
            results[i] = Result { () throws(SourceError) in
                try RegistrySource.load(manifest.sources[i], directory: directory, progress: progress)
            }
        }
        var sources: [RegistrySource] = []
        for result in results.values {
            switch result {
            case .success(let source): sources.append(source)
            case .failure(let error): throw .source(error)
            }
        }
        return DataSet(directory: directory, manifest: manifest, sources: sources, progress: progress)
    }

    public var isDemo: Bool { manifest.dataset.demo }

    /// The rows of the sources `including` takes, in chunks of `size` (source position, rows),
    /// for work spread over all cores whose results are put back in this order.
    func rowChunks(size: Int, including: (RegistrySource) -> Bool = { _ in true }) -> [(source: Int, rows: Range<Int>)] {
        sources.indices.filter { including(sources[$0]) }.flatMap { position in
            stride(from: 0, to: sources[position].rowCount, by: size).map { (position, $0 ..< min(sources[position].rowCount, $0 + size)) }
        }
    }

    public var reports: [LoadReport] { sources.map(\.report) }

    /// Whether any registry holds `number` (for the typo rescue).
    public func contains(_ number: UInt64) -> Bool {
        sources.contains { $0.contains(number) }
    }

    /// Every row in every registry that carries `number`, most severe source kind first.
    public func evidence(for number: UInt64) -> [Evidence] {
        sources.flatMap { source in source.rows(matching: number).compactMap(source.evidence(row:)) }
    }

    /// The verdict's kind for `number` (its most severe row's), from the rows' standing alone:
    /// what a name search ranks by, without the evidence a verdict carries.
    func headlineKind(for number: UInt64) -> VerdictKind {
        sources.flatMap { source in source.rows(matching: number).compactMap { source.standing(row: $0)?.kind } }.max() ?? .notFound
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

/// How many times something was searched for, from any thread.
final class SearchCount: Sendable {
    let count = Atomic<Int>(0)
    var value: Int { count.load(ordering: .relaxed) }
}

/// Slots filled by concurrent workers, each writing its own index.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot, once all workers are done.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}

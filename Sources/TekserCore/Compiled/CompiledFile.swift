import Foundation
import Synchronization

/// A compiled data file mapped read-only: every process that opens it shares its pages. The
/// header, section table, metadata and index fences are verified on open; names and links
/// on first use; rows and index blocks whenever they are read.
final class CompiledFile: Sendable {
    let url: URL
    let meta: CompiledMeta
    let damage: DamageSink
    private let storage: FlatStorage
    let sections: [SectionEntry]

    /// Maps `url` and checks that it was built from the folder whose fingerprint key is `key`.
    init(url: URL, key: UInt64, onDamage: @escaping @Sendable (CompiledFileError) -> Void) throws(CompiledFileError) {
        let path = url.path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path) }
        let length = Int(info.st_size)
        guard length >= CompiledFormat.headerSize else { throw .truncated(path: path, length: length, expected: CompiledFormat.headerSize) }
        guard let base = mmap(nil, length, PROT_READ, MAP_SHARED, descriptor, 0), base != MAP_FAILED else { throw .unreadable(path: path) }
        storage = FlatStorage(mapping: UnsafeRawPointer(base), count: length)
        let header = try CompiledHeader(reading: storage.bytes, path: path)
        guard header.key == key else { throw .stale(path: path) }
        sections = try header.table(in: storage.bytes, path: path)
        self.url = url
        damage = DamageSink(url: url, inode: UInt64(info.st_ino), handler: onDamage)
        let metaBytes = try Self.verified(.meta, sections: sections, storage: storage, path: path)
        guard let meta = try? JSONDecoder().decode(CompiledMeta.self, from: Data(metaBytes)) else { throw .damaged(path: path, part: "metadata") }
        self.meta = meta
    }

    /// The bytes of section `tag`, checked against its checksum.
    private static func verified(_ tag: SectionTag, source: Int = 0, sections: [SectionEntry], storage: FlatStorage, path: String) throws(CompiledFileError) -> UnsafeRawBufferPointer {
        guard let entry = sections.first(where: { $0.tag == tag && $0.source == source }) else { throw .damaged(path: path, part: "\(tag)") }
        let bytes = UnsafeRawBufferPointer(rebasing: storage.bytes[entry.offset ..< entry.offset + entry.length])
        guard tag.checkedOnRead || Checksum.of(bytes) == entry.checksum else { throw .damaged(path: path, part: "\(tag) \(source)") }
        return bytes
    }

    /// Section `tag` as an array of `T`, verified unless it is checked on read.
    func array<T>(_ tag: SectionTag, source: Int = 0, of _: T.Type = T.self) throws(CompiledFileError) -> FlatArray<T> {
        let bytes = try Self.verified(tag, source: source, sections: sections, storage: storage, path: url.path)
        guard bytes.count % MemoryLayout<T>.stride == 0 else { throw .damaged(path: url.path, part: "\(tag) \(source)") }
        return FlatArray(storage: storage, offset: bytes.baseAddress! - storage.base, count: bytes.count / MemoryLayout<T>.stride)
    }

    /// The sources as `manifest` describes them, reading rows and identifiers from this file.
    func sources(_ manifest: Manifest, directory: URL) throws(CompiledFileError) -> [RegistrySource] {
        guard meta.sources.map(\.id) == manifest.sources.map(\.id), meta.sources.map(\.file) == manifest.sources.map(\.file) else {
            throw .stale(path: url.path)
        }
        return try zip(manifest.sources, meta.sources).enumerated().map { (position, pair) throws(CompiledFileError) in
            let (description, stored) = pair
            let rows = CompiledRows(bytes: try array(.rowBytes, source: position), starts: try array(.rowStarts, source: position),
                                    layout: stored.layout)
            let index = IdentifierIndex(packed: try array(.ids, source: position), fences: try array(.idFences, source: position),
                                        sums: try array(.idSums, source: position), filter: try array(.idFilter, source: position))
            guard rows.count == stored.report.loaded, index.sums.count == index.fences.count else {
                throw .damaged(path: url.path, part: "\(stored.id) rows")
            }
            return RegistrySource(summary: stored.report.source, report: stored.report, description: description,
                                  store: .compiled(rows), index: index,
                                  recovery: Recovery(description: description, directory: directory, damage: damage))
        }
    }

    /// The name index; `nil` (and the damage reported) when a section does not match its checksum.
    func names() -> RegistryNames? {
        do {
            let index = NameIndex(
                vocabBytes: try array(.vocabBytes), vocabStart: try array(.vocabStart), trigramStart: try array(.trigramStart),
                trigramWords: try array(.trigramWords), postingStart: try array(.postingStart), postings: try array(.postings),
                wordCounts: try array(.wordCounts), orderHashes: try array(.orderHashes), ranks: try array(.ranks))
            return RegistryNames(index: index, references: try array(.nameReferences))
        } catch {
            damage.report(error)
            return nil
        }
    }

    /// The link index; `nil` (and the damage reported) when a section does not match its checksum.
    func links(sources: [RegistrySource]) -> LinkIndex? {
        do {
            return LinkIndex(table: LinkIndex.Table(
                keyHashes: try array(.linkKeyHashes), listingStart: try array(.linkListingStart), listingRefs: try array(.linkRefs),
                listingLines: try array(.linkLines), listingOrdinals: try array(.linkOrdinals)), sources: sources)
        } catch {
            damage.report(error)
            return nil
        }
    }

    /// The impostor relation found when the file was built; `nil` (and the damage reported)
    /// when a section does not match its checksum or its references do not fit the sources.
    func impostors(sources: [RegistrySource]) -> ImpostorIndex? {
        do throws(CompiledFileError) {
            let index = ImpostorIndex(refs: try array(.impostorRefs), byLicensee: try array(.impostorsByLicensee), sources: sources)
            guard index.refs.count % 3 == 0, index.byLicensee.count == index.count,
                  (0 ..< index.byLicensee.count).allSatisfy({ Int(index.byLicensee[$0]) < index.count }) else {
                throw CompiledFileError.damaged(path: url.path, part: "impostors")
            }
            return index
        } catch {
            damage.report(error)
            return nil
        }
    }
}

/// Hears of compiled bytes found damaged while in use: reports once, and removes the file
/// (if it is still the one mapped) so that the next start or the live-data watcher rebuilds it.
final class DamageSink: Sendable {
    let url: URL
    private let inode: UInt64
    private let handler: @Sendable (CompiledFileError) -> Void
    private let seen = Mutex(false)

    init(url: URL, inode: UInt64, handler: @escaping @Sendable (CompiledFileError) -> Void) {
        self.url = url
        self.inode = inode
        self.handler = handler
    }

    var isDamaged: Bool { seen.withLock { $0 } }

    func report(_ error: CompiledFileError) {
        let first = seen.withLock { seen in
            defer { seen = true }
            return !seen
        }
        guard first else { return }
        var info = stat()
        if stat(url.path, &info) == 0, UInt64(info.st_ino) == inode { unlink(url.path) }
        handler(error)
    }

    func report(part: String) {
        report(.damaged(path: url.path, part: part))
    }
}

/// The CSV file of a compiled source, loaded only if the compiled bytes turn out damaged, so
/// that an answer never comes from bad bytes.
final class Recovery: Sendable {
    let description: SourceDescription
    let directory: URL
    let damage: DamageSink
    private let loaded = BuiltOnce<RegistrySource?>()

    init(description: SourceDescription, directory: URL, damage: DamageSink) {
        self.description = description
        self.directory = directory
        self.damage = damage
    }

    func source(damaged part: String) -> RegistrySource? {
        damage.report(part: part)
        return loaded.get { try? RegistrySource.load(description, directory: directory) }
    }
}

import Foundation

/// The names of every row of every registry of a data set, indexed together; each index
/// entry points back to its row (`source << 26 | name field << 24 | row`).
struct RegistryNames: Sendable {
    let index: NameIndex
    let references: FlatArray<UInt32>

    init(index: NameIndex, references: FlatArray<UInt32>) {
        self.index = index
        self.references = references
    }

    /// Indexes the names of every loaded row, read as bytes in place, in chunks of rows on all cores.
    init(_ data: DataSet) {
        precondition(data.sources.count < 64, "a name reference keeps 6 bits for the source")
        let chunks = data.rowChunks(size: 16_384)
        data.progress?.expect(chunks.reduce(0) { $0 + $1.1.count })
        let entries = ConcurrentResults<(references: [UInt32], ranks: [UInt8])>(count: chunks.count)
        let folded = FoldedNames(chunks: chunks.count) { chunk, part in
            let (sourceNumber, rows) = chunks[chunk]
            let source = data.sources[sourceNumber]
            let rank = UInt8(Self.rank(source.description.kind).rawValue)
            let fields = Self.nameFields(source.description.kind)
            var references: [UInt32] = []
            for row in rows {
                source.read(row) { values in
                    for (fieldNumber, field) in fields.enumerated() {
                        values.withBytes(field, column: 0) { name in
                            guard !name.isEmpty else { return }
                            part.append(utf8: name)
                            references.append(UInt32(sourceNumber) << 26 | UInt32(fieldNumber) << 24 | UInt32(row))
                        }
                    }
                }
            }
            entries[chunk] = (references, [UInt8](repeating: rank, count: references.count))
            data.progress?.advance(rows.count)
        }
        let all = entries.values
        self.init(index: NameIndex(folded: folded, ranks: all.flatMap(\.ranks)), references: FlatArray(all.flatMap(\.references)))
    }

    /// The row behind index entry `entry`, and which of its name fields the entry is.
    func row(of entry: Int, in data: DataSet) -> (source: RegistrySource, row: Int, field: Field) {
        let reference = references[entry]
        let source = data.sources[Int(reference >> 26)]
        return (source, Int(reference & 0xFF_FFFF), Self.nameFields(source.description.kind)[Int(reference >> 24 & 3)])
    }

    /// The name columns of each kind of registry; a licensed row's Russian name comes first.
    static func nameFields(_ kind: SourceKind) -> [Field] {
        switch kind {
        case .licensed: [.nameRu, .nameKk, .name]
        case .warning, .criminalCase: [.name]
        }
    }

    /// A first guess at the verdict a row of `kind` gives, used only to break ties inside the index.
    static func rank(_ kind: SourceKind) -> VerdictKind {
        switch kind {
        case .licensed: .licensed
        case .warning: .warningList
        case .criminalCase: .criminalCase
        }
    }
}

extension DataSet {
    /// Builds the name, link and impostor indexes now (they are otherwise built on first use), so
    /// that an interactive front end can warm them in the background, and a live reload before
    /// it swaps the new data in.
    /// The name index is built on another thread while this one builds the link index and then
    /// searches for impostors, reading the keys the link index was just made of rather than parse
    /// every link again. Each runs its loops on all cores (a `concurrentPerform` inside another
    /// runs its iterations on one thread: nested, the two took twice as long), and the stretches
    /// one runs on a single core (sorting, joining chunks) leave the other core to the rest.
    public func prepareSearches() {
        DispatchQueue.global().async { _ = nameIndex }
        let keys = ConcurrentResults<LinkIndex.RowKeys>(count: 1)
        _ = links(keeping: keys)
        _ = impostors(linkKeys: keys[0])
        // Waits for the other thread's build, or builds here if no thread has started it (every
        // worker may be busy in a `prepareSearches` of its own); a late start then finds it built.
        _ = nameIndex
    }

    var nameIndex: RegistryNames { registryNames.get { compiled?.names() ?? RegistryNames(self) } }

    /// The index under `Checker.findNames`, for searching it alone (the name-search fuzz target).
    public var nameSearchIndex: NameIndex { nameIndex.index }
}

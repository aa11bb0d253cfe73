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

    /// Indexes the names of every loaded row.
    init(_ data: DataSet) {
        precondition(data.sources.count < 64, "a name reference keeps 6 bits for the source")
        var names: [String] = []
        var references: [UInt32] = []
        var ranks: [UInt8] = []
        for (sourceNumber, source) in data.sources.enumerated() {
            let rank = UInt8(Self.rank(source.description.kind).rawValue)
            let fields = Self.nameFields(source.description.kind)
            for row in 0 ..< source.rowCount {
                source.read(row) { values in
                    for (fieldNumber, field) in fields.enumerated() {
                        guard let name = values.text(field) else { continue }
                        names.append(name)
                        references.append(UInt32(sourceNumber) << 26 | UInt32(fieldNumber) << 24 | UInt32(row))
                        ranks.append(rank)
                    }
                }
            }
        }
        data.progress?.expect(names.count)
        self.init(index: NameIndex(names: names, ranks: ranks, progress: data.progress), references: FlatArray(references))
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
    /// The two are built side by side: each has stretches that run on one core only.
    public func prepareSearches() {
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { _ = nameIndex } else { _ = links }
        }
        _ = impostors
    }

    var nameIndex: RegistryNames { registryNames.get { compiled?.names() ?? RegistryNames(self) } }

    /// The index under `Checker.findNames`, for searching it alone (the name-search fuzz target).
    public var nameSearchIndex: NameIndex { nameIndex.index }
}

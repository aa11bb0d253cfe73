/// What changed in one source between two versions of a data folder, row by row under each
/// row's key (see `KeyedRow`).
public struct SourceDiff: Sendable, Equatable {
    /// The source's id in the manifest.
    public let id: String
    public let kind: SourceKind
    /// The source as the old and the new version describe it; `nil` where it is missing.
    public let old: SourceSummary?
    public let new: SourceSummary?
    public let added: [KeyedRow]
    public let removed: [KeyedRow]
    public let changed: [ChangedRow]

    /// A row in both versions whose fields differ.
    public struct ChangedRow: Sendable, Equatable {
        public let old: KeyedRow
        public let new: KeyedRow
        /// Only the fields that differ, in the source kind's field order.
        public let fields: [FieldChange]

        public var key: String { new.key }
    }

    /// One field's value before and after, as the files write them.
    public struct FieldChange: Sendable, Equatable {
        public let field: Field
        public let old: String
        public let new: String
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// Compares the rows of two versions of one source; either side may be absent.
    init(id: String, old: RegistrySource?, new: RegistrySource?) {
        self.id = id
        kind = (new ?? old)!.summary.kind
        self.old = old?.summary
        self.new = new?.summary
        let before = old?.keyedRows() ?? [], after = new?.keyedRows() ?? []
        let beforeByKey = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.key))
        added = after.filter { beforeByKey[$0.key] == nil }
        removed = before.filter { !afterKeys.contains($0.key) }
        let fields = kind.fields
        changed = after.compactMap { row in
            guard let previous = beforeByKey[row.key] else { return nil }
            let changes = fields.compactMap { field -> FieldChange? in
                let (was, now) = (previous.value(field), row.value(field))
                return was == now ? nil : FieldChange(field: field, old: was, new: now)
            }
            return changes.isEmpty ? nil : ChangedRow(old: previous, new: row, fields: changes)
        }
    }
}

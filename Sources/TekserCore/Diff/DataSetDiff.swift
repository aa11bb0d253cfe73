/// What changed between two versions of a data folder: per source (matched by the manifest's
/// id), the rows added, removed and changed, and what that means for answers (`counts`).
public struct DataSetDiff: Sendable, Equatable {
    /// Every source of either version, in the new version's order, then sources only the old one had.
    public let sources: [SourceDiff]

    public init(old: DataSet, new: DataSet) {
        let oldByID = Dictionary(old.sources.map { ($0.summary.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.sources.map(\.summary.id))
        let kept = new.sources.map { SourceDiff(id: $0.summary.id, old: oldByID[$0.summary.id], new: $0) }
        let dropped = old.sources.filter { !newIDs.contains($0.summary.id) }.map { SourceDiff(id: $0.summary.id, old: $0, new: nil) }
        sources = kept + dropped
    }

    public var isEmpty: Bool { sources.allSatisfy(\.isEmpty) }

    /// The changes a citizen's answer can feel: licences revoked, subjects listed, cases opened.
    public var counts: ChangeCounts { ChangeCounts(sources) }
}

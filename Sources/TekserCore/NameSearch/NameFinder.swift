/// One subject found by its name: how well the name matched and what the registries say.
public struct NameResult: Sendable {
    /// The name as the registry writes it.
    public let name: String
    public let reason: NameMatchReason
    /// The verdict of all registries for the identifier, or of the one row when there is none.
    public let kind: VerdictKind
    public let identifier: Identifier?
    /// The row the name was found in.
    public let evidence: Evidence
    /// The licensees this subject imitates, and the subjects imitating this licensee.
    public internal(set) var imitates: [Imitation] = []
    public internal(set) var imitatedBy: [Imitation] = []

    public var score: Int { reason.score }
    public var source: SourceSummary { evidence.source }
}

extension Checker {
    /// At most this many results answer a name search.
    public static let maxNameResults = 10

    /// Searches the names of every registry: ranked by score, then by verdict severity, then
    /// by name; one result per identifier, one per row for subjects without one.
    public func findNames(_ query: String, language: Language = .en, limit: Int = Checker.maxNameResults) -> [NameResult] {
        let names = data.nameIndex
        let queryWords = NameFolding.plainWords(query)
        var best: [String: NameResult] = [:]
        var order: [String] = []
        for hit in names.index.search(query, limit: max(64, limit * 8)) {
            let (source, row, field) = names.row(of: hit.entry, in: data)
            guard let evidence = source.evidence(row: row) else { continue }
            // Citizens find organisations by name, never a person.
            if audience == .citizen, evidence.details.isPerson { continue }
            let name = source.text(field, row: row)?.oneLine ?? ""
            let nameWords = NameFolding.plainWords(name)
            let same = hit.sameOrder ? nameWords == queryWords : nameWords.sorted() == queryWords.sorted()
            let reason = NameMatchReason(hit, sameWhenWritten: same)
            let identifier = evidence.details.identifier
            let key = identifier?.digits ?? "\(source.summary.id):\(evidence.line)"
            if let existing = best[key], existing.score >= reason.score { continue }
            if best[key] == nil { order.append(key) }
            let kind = identifier.map { verdict(for: $0, language: language).kind } ?? VerdictKind(evidence.details)
            var result = NameResult(name: name, reason: reason, kind: kind, identifier: identifier, evidence: evidence)
            (result.imitates, result.imitatedBy) = imitations([evidence])
            best[key] = result
        }
        // Each name lowered once, not at every comparison.
        let ranked = order.compactMap { best[$0] }.map { (result: $0, sortName: $0.name.lowercased()) }.sorted { a, b in
            if a.result.score != b.result.score { return a.result.score > b.result.score }
            if a.result.kind != b.result.kind { return a.result.kind > b.result.kind }
            return a.sortName < b.sortName
        }
        return ranked.prefix(limit).map(\.result)
    }
}

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
    public func findNames(_ query: String, limit: Int = Checker.maxNameResults) -> [NameResult] {
        let names = data.nameIndex
        let queryWords = NameFolding.plainWords(query)
        var best: [String: Candidate] = [:]
        var order: [String] = []
        for hit in names.index.search(query, limit: max(64, limit * 8)) {
            let (source, row, field) = names.row(of: hit.entry, in: data)
            guard let standing = source.standing(row: row), let line = source.line(ofRow: row) else { continue }
            // Citizens find organisations by name, never a person.
            if audience == .citizen, standing.isPerson { continue }
            let name = source.text(field, row: row)?.oneLine ?? ""
            let reason = NameMatchReason(hit, sameWhenWritten: Self.sameWords(name, queryWords, inOrder: hit.sameOrder))
            let identifier = standing.identifier
            let key = identifier?.digits ?? "\(source.summary.id):\(line)"
            if let existing = best[key], existing.reason.score >= reason.score { continue }
            if best[key] == nil { order.append(key) }
            let kind = identifier.map { data.headlineKind(for: $0.number) } ?? standing.kind
            best[key] = Candidate(source: source, row: row, name: name, sortName: name.lowercased(), reason: reason,
                                  kind: kind, identifier: identifier)
        }
        let ranked = order.compactMap { best[$0] }.sorted { a, b in
            if a.reason.score != b.reason.score { return a.reason.score > b.reason.score }
            if a.kind != b.kind { return a.kind > b.kind }
            return a.sortName < b.sortName
        }
        // The evidence, and what it imitates, of the results shown only.
        return ranked.prefix(limit).compactMap { candidate in
            guard let evidence = candidate.source.evidence(row: candidate.row) else { return nil }
            var result = NameResult(name: candidate.name, reason: candidate.reason, kind: candidate.kind,
                                    identifier: candidate.identifier, evidence: evidence)
            (result.imitates, result.imitatedBy) = imitations([evidence])
            return result
        }
    }
}

extension Checker {
    /// Whether `name`'s words as written are `queryWords` (in order, or in any order).
    fileprivate static func sameWords(_ name: String, _ queryWords: [String], inOrder: Bool) -> Bool {
        let nameWords = NameFolding.plainWords(name)
        return inOrder ? nameWords == queryWords : nameWords.sorted() == queryWords.sorted()
    }
}

/// A row a name search found, ranked before its evidence is read.
private struct Candidate {
    let source: RegistrySource
    let row: Int
    let name: String
    /// The name lowered once, not at every comparison.
    let sortName: String
    let reason: NameMatchReason
    let kind: VerdictKind
    let identifier: Identifier?
}

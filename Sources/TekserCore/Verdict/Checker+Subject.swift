extension Checker {
    /// The verdict for a link or handle: the warning-list subjects it matches, with everything
    /// known about each (a listed subject's BIN brings its criminal cases too).
    public func subjectVerdict(for link: Link, typed: String) -> SubjectVerdict {
        let found = data.links.matches(link).filter { shown(source: $0.listing.source, row: $0.listing.row) }
        let matches = found.map { LinkMatch(subject: $0.listing.subject, written: $0.listing.written, kind: $0.kind) }
        return SubjectVerdict(
            query: .link(typed: typed, link: link), evidence: evidence(rows: found.map { ($0.listing.source, $0.listing.row) }),
            matchedLinks: matches, searched: data.sources.map(\.summary), isDemo: data.isDemo)
    }

    /// The verdict for one subject by its row, e.g. from a `subj:<sourceID>:<line>` chat button;
    /// `nil` when no loaded row starts on that line.
    public func subjectVerdict(at ref: SubjectRef) -> SubjectVerdict? {
        guard let position = data.sources.firstIndex(where: { $0.summary.id == ref.sourceID }),
              let row = data.sources[position].row(atLine: ref.line), shown(source: position, row: row) else { return nil }
        return SubjectVerdict(
            query: .subject(ref), evidence: evidence(rows: [(position, row)]), matchedLinks: [],
            searched: data.sources.map(\.summary), isDemo: data.isDemo)
    }

    /// Whether this audience may see the row's subject at all (citizens: not a person's row).
    private func shown(source: Int, row: Int) -> Bool {
        audience == .staff || data.sources[source].evidence(row: row).map { !$0.details.isPerson } ?? false
    }

    /// The rows themselves plus every row sharing a BIN or IIN with one of them, each once.
    private func evidence(rows: [(source: Int, row: Int)]) -> [Evidence] {
        var seen = Set<Int>()
        let direct = rows.filter { seen.insert($0.source << 32 | $0.row).inserted }.compactMap { data.sources[$0.source].evidence(row: $0.row) }
        var all = direct
        for evidence in direct {
            guard let number = evidence.details.identifier?.number else { continue }
            all += data.evidence(for: number).filter { found in !all.contains { $0.source.id == found.source.id && $0.line == found.line } }
        }
        return all
    }
}

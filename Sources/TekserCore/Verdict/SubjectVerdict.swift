/// What the registries say about a subject found without an identifier: by a pasted link,
/// or by its row in a registry (a chat button for a subject that has no BIN).
public struct SubjectVerdict: EvidenceBacked, Sendable {
    public let query: Query
    public let kind: VerdictKind
    /// The matching warning-list rows and, for a subject with a BIN, every row of that BIN.
    public let evidence: [Evidence]
    /// The subjects' links the checked link matched, as the file writes them.
    public let matchedLinks: [LinkMatch]
    public let searched: [SourceSummary]
    public let isDemo: Bool
    public internal(set) var imitates: [Imitation] = []
    public internal(set) var imitatedBy: [Imitation] = []

    /// How the subject was asked for.
    public enum Query: Hashable, Sendable {
        /// A link or handle: as typed, and normalised.
        case link(typed: String, link: Link)
        /// A subject's row, e.g. chosen from a name search.
        case subject(SubjectRef)
    }

    public init(query: Query, evidence: [Evidence], matchedLinks: [LinkMatch], searched: [SourceSummary], isDemo: Bool) {
        self.query = query
        self.evidence = evidence.ranked()
        self.kind = self.evidence.headlineKind
        self.matchedLinks = matchedLinks
        self.searched = searched
        self.isDemo = isDemo
    }

    /// The normalised link, when the subject was asked for by one.
    public var link: Link? {
        if case .link(_, let link) = query { link } else { nil }
    }

    /// The listed subjects found, each once, in the order matched (for evidence buttons).
    public var subjects: [SubjectRef] {
        var seen = Set<SubjectRef>()
        let fromLinks = matchedLinks.map(\.subject)
        let asked: [SubjectRef] = if case .subject(let ref) = query { [ref] } else { [] }
        return (asked + fromLinks).filter { seen.insert($0).inserted }
    }
}

/// The machine-readable form of one check, as `tekser check --json` prints it
/// (schema: docs/check-report.schema.json). An IIN never appears unmasked.
public struct CheckReport: Codable, Sendable, Equatable {
    public var input: String
    public var valid: Bool
    /// A problem code such as `wrong_length`, when the input is not a valid identifier.
    public var problem: String?
    /// The problem in words, in the language asked for.
    public var reason: String?
    public var identifier: IdentifierReport?
    public var verdict: String?
    public var headline: String?
    public var names: [String]?
    public var licensedAndFlagged: Bool?
    public var demo: Bool
    public var matches: [Match]?
    public var searched: [Searched]?
    public var suggestions: [SuggestionReport]
    /// The link or handle checked, when the input was one.
    public var link: LinkReport?

    public struct IdentifierReport: Codable, Sendable, Equatable {
        public var id: String
        public var kind: String
        public var details: String
    }

    public struct Match: Codable, Sendable, Equatable {
        public var source: String
        public var kind: String
        public var publisher: String
        public var file: String
        public var line: Int
        public var asOf: String
        public var verdict: String
        public var fields: [String: String]
    }

    public struct Searched: Codable, Sendable, Equatable {
        public var source: String
        public var asOf: String
        public var matched: Bool
    }

    public struct LinkReport: Codable, Sendable, Equatable {
        /// `page` or `account`.
        public var kind: String
        /// The canonical form both sides are compared in, e.g. `xn--80ao21a.xn--p1ai/ru` or `telegram:@name`.
        public var normalised: String
        public var platform: String?
        public var handle: String?
        public var matched: [MatchedLink]
    }

    public struct MatchedLink: Codable, Sendable, Equatable {
        /// The subject's link exactly as the file writes it.
        public var link: String
        /// `same_page`, `same_site` or `same_account`.
        public var how: String
        public var source: String
        public var line: Int
    }

    public struct SuggestionReport: Codable, Sendable, Equatable {
        public var id: String
        public var verdict: String
        public var name: String
    }

    enum CodingKeys: String, CodingKey {
        case input, valid, problem, reason, identifier, verdict, headline, names, demo, matches, searched, suggestions, link
        case licensedAndFlagged = "licensed_and_flagged"
    }

    public init(_ result: CheckResult, input: String, writer: AnswerWriter, isDemo: Bool) {
        self.input = PersonalData.masked(input)
        self.demo = isDemo
        switch result {
        case .invalid(_, let problem, let suggestions):
            valid = false
            self.problem = problem.code
            reason = writer.text(problem.message)
            self.suggestions = suggestions.map(Self.report)
        case .verdict(let v):
            valid = true
            identifier = IdentifierReport(
                id: v.identifier.masked,
                kind: v.identifier.kind.rawValue, details: writer.text(v.identifier.details.message))
            suggestions = v.suggestions.map(Self.report)
            describe(v, writer: writer)
        case .invalidLink(_, let problem):
            valid = false
            self.problem = problem.code
            reason = writer.text(problem.message)
            suggestions = []
        case .subject(let v):
            valid = true
            suggestions = []
            if let checked = v.link {
                let account: SocialAccount? = if case .account(let a) = checked { a } else { nil }
                link = LinkReport(
                    kind: account == nil ? "page" : "account", normalised: checked.description,
                    platform: account?.platform?.rawValue, handle: account?.handle,
                    matched: v.matchedLinks.map { MatchedLink(link: $0.written, how: $0.kind.rawValue, source: $0.subject.sourceID, line: $0.subject.line) })
            }
            describe(v, writer: writer)
        }
    }

    /// The verdict, names, matching rows and searched registries of any answer built from rows.
    private mutating func describe(_ v: some EvidenceBacked, writer: AnswerWriter) {
        verdict = v.kind.code
        headline = writer.text(v.kind.message)
        names = v.names(in: writer.language)
        licensedAndFlagged = v.isLicensedAndFlagged
        matches = v.evidence.map { e in
            Match(source: e.source.id, kind: e.source.kind.rawValue, publisher: e.source.publisher.rawValue,
                  file: e.source.file, line: e.line, asOf: e.source.asOf.description,
                  verdict: VerdictKind(e.details).code,
                  fields: Dictionary(uniqueKeysWithValues: e.fields.map { ($0.field.rawValue, PersonalData.masked($0.value)) }))
        }
        let matched = Set(v.matchedSources.map(\.id))
        searched = v.searched.map { Searched(source: $0.id, asOf: $0.asOf.description, matched: matched.contains($0.id)) }
    }

    static func report(_ s: Suggestion) -> SuggestionReport {
        SuggestionReport(id: s.identifier.masked, verdict: s.kind.code, name: s.name)
    }
}

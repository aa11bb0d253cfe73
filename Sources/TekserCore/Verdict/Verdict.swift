/// The answer's headline, from most to least severe.
public enum VerdictKind: Int, Comparable, CaseIterable, Sendable, Codable {
    case notFound, licensed, licenceSuspended, licenceRevoked, warningList, criminalCase

    public static func < (a: VerdictKind, b: VerdictKind) -> Bool { a.rawValue < b.rawValue }

    /// The stable name used in JSON, samples and the journal.
    public var code: String {
        switch self {
        case .notFound: "not_found"
        case .licensed: "licensed"
        case .licenceSuspended: "licence_suspended"
        case .licenceRevoked: "licence_revoked"
        case .warningList: "warning_list"
        case .criminalCase: "criminal_case"
        }
    }

    /// The symbol shown before the headline: emoji that are two columns wide everywhere, or ASCII.
    public func symbol(ascii: Bool) -> String {
        switch self {
        case .criminalCase: ascii ? "[X]" : "⛔"
        case .warningList: ascii ? "[!]" : "🚫"
        case .licenceRevoked: ascii ? "[X]" : "❌"
        case .licenceSuspended: ascii ? "[~]" : "🟡"
        case .licensed: ascii ? "[OK]" : "✅"
        case .notFound: ascii ? "[?]" : "❔"
        }
    }

    public var message: Message { Message("verdict.\(code)") }

    /// The verdict one matching row supports on its own.
    init(_ details: RecordDetails) {
        switch details {
        case .criminalCase: self = .criminalCase
        case .warning: self = .warningList
        case .licensed(let entity): self.init(entity.status)
        }
    }

    /// The verdict a licensee's row supports, by its licence's status.
    init(_ status: LicenceStatus) {
        switch status {
        case .active: self = .licensed
        case .suspended: self = .licenceSuspended
        case .revoked, .terminated: self = .licenceRevoked
        }
    }
}

/// What all registries together say about one identifier.
public struct Verdict: EvidenceBacked, Sendable {
    public let identifier: Identifier
    public let kind: VerdictKind
    /// Every matching row, most severe first, then in source and file order.
    public let evidence: [Evidence]
    /// Every registry that was searched, matched or not.
    public let searched: [SourceSummary]
    public let isDemo: Bool
    /// Known identifiers one typo away, offered when nothing was found.
    public let suggestions: [Suggestion]
    public internal(set) var imitates: [Imitation] = []
    public internal(set) var imitatedBy: [Imitation] = []

    public init(identifier: Identifier, evidence: [Evidence], searched: [SourceSummary], isDemo: Bool, suggestions: [Suggestion] = []) {
        self.identifier = identifier
        self.evidence = evidence.ranked()
        self.kind = self.evidence.headlineKind
        self.searched = searched
        self.isDemo = isDemo
        self.suggestions = suggestions
    }
}

/// A known identifier close to what was typed.
public struct Suggestion: Sendable, Hashable {
    public let identifier: Identifier
    public let kind: VerdictKind
    public let name: String
}

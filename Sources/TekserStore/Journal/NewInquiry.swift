import Foundation
import TekserCore

/// One inquiry about to be recorded, still holding the whole identifier: masking and hashing
/// happen inside `Journal.record`, so no caller can forget them.
public struct NewInquiry: Sendable {
    /// Names the inquiry everywhere it travels (journal, outbox, server), so that delivering it
    /// twice stores it once.
    public let uuid: UUID
    public var at: Date
    public var operatorName: String
    public var channel: Channel
    /// The text exactly as the operator typed or the file held it.
    public var typed: String
    /// The caller's question, the company name they gave.
    public var note: String
    public let identifier: Identifier?
    public let verdict: InquiryVerdict
    public let problem: IdentifierProblem?
    /// The link or handle checked, normalised (links are not personal data: kept whole).
    public let link: Link?
    /// Why a link could not be checked.
    public let linkProblem: LinkProblem?
    /// The subject's first name in the registries, for reports.
    public let name: String?
    public let sources: [MatchedSource]

    /// From a check's result; `language` chooses which name a bilingual register row gives.
    public init(
        result: CheckResult, typed: String, operator operatorName: String, channel: Channel,
        note: String = "", at: Date = Date(), language: Language = .ru, uuid: UUID = UUID()
    ) {
        self.uuid = uuid
        self.at = at
        self.operatorName = operatorName
        self.channel = channel
        self.typed = typed
        self.note = note
        switch result {
        case .invalid(_, let problem, _):
            (identifier, link, verdict, self.problem, linkProblem, name, sources) = (nil, nil, .invalid, problem, nil, nil, [])
        case .invalidLink(_, let problem):
            (identifier, link, verdict, self.problem, linkProblem, name, sources) = (nil, nil, .invalid, nil, problem, nil, [])
        case .verdict(let found):
            (identifier, link, verdict, problem, linkProblem) = (found.identifier, nil, .verdict(found.kind), nil, nil)
            name = found.names(in: language).first
            sources = found.matchedSources.map(MatchedSource.init)
        case .subject(let found):
            (identifier, link, verdict, problem, linkProblem) = (nil, found.link, .verdict(found.kind), nil, nil)
            name = found.names(in: language).first
            sources = found.matchedSources.map(MatchedSource.init)
        }
    }
}

/// An inquiry as the journal keeps it: personal identifiers already masked.
public struct Inquiry: Hashable, Sendable, Identifiable {
    public let id: InquiryID
    /// The inquiry's UUID; `nil` for one recorded before inquiries carried one.
    public let uuid: UUID?
    public let at: Date
    /// The desk's wall-clock time when recorded, `2026-11-02 15:04:05`.
    public let localTime: String
    public let operatorName: String
    public let channel: Channel
    /// As typed, with any IIN masked.
    public let typed: String
    /// Without spaces, prefixes and separators, with any IIN masked.
    public let normalised: String
    /// A BIN whole, an IIN masked; `nil` when the input was no identifier.
    public let identifier: String?
    public let kind: IdentifierKind?
    public let verdict: InquiryVerdict
    /// `IdentifierProblem.code` (or `LinkProblem.code`) when the input could not be checked.
    public let problem: String?
    public let name: String?
    public let sources: [MatchedSource]
    public let note: String
    /// A BIN's digits, an IIN's keyed hash, a link's canonical form: what repeats are counted by.
    public let subjectKey: String?

    /// The desk's calendar day, which reports group by.
    public var day: CalendarDate { CalendarDate(parsing: localTime.prefix(10)) ?? CalendarDate(year: 1970, month: 1, day: 1) }
}

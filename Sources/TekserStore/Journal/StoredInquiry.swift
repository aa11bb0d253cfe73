import Foundation
import TekserCore

/// One inquiry exactly as a journal stores it: IINs masked, the subject as its keyed hash.
///
/// Made in one place so the SQLite journal, the team's server and the outbox in between keep
/// the same record under the same privacy rule. Codable, because the outbox keeps it as JSON
/// (already masked: the outbox never holds what the journal would not) and the server takes
/// a batch of them as one JSON document.
package struct StoredInquiry: Codable, Sendable, Hashable {
    package let uuid: UUID
    /// Milliseconds since 1970, UTC.
    package let recordedAt: Int64
    /// `YYYY-MM-DD HH:MM:SS` on the desk's clock.
    package let localTime: String
    package let operatorName: String
    package var channel: String
    package let typed: String
    package let normalised: String
    package let identifierKind: String?
    package let identifier: String?
    /// A BIN whole, `iin:` + the HMAC of an IIN, `link:` + a link; `nil` for an invalid input.
    package let subjectKey: String?
    package let verdict: String
    package let problem: String?
    package let name: String?
    package var note: String
    package let sources: [Source]

    /// A matched source as stored.
    package struct Source: Codable, Sendable, Hashable {
        package let source: String
        package let kind: String
        package let publisher: String
        package let asOf: String

        enum CodingKeys: String, CodingKey {
            case source, kind, publisher
            case asOf = "as_of"
        }
    }

    enum CodingKeys: String, CodingKey {
        case uuid, channel, typed, normalised, identifier, verdict, problem, name, note, sources
        case recordedAt = "recorded_at", localTime = "local_time", operatorName = "operator"
        case identifierKind = "identifier_kind", subjectKey = "subject_key"
    }

    /// Masks and hashes `inquiry` under `key`, with the local time on `timeZone`'s clock.
    package init(_ inquiry: NewInquiry, key: IdentifierKey, timeZone: TimeZone) {
        let identifier = inquiry.identifier
        uuid = inquiry.uuid
        recordedAt = Int64((inquiry.at.timeIntervalSince1970 * 1000).rounded())
        localTime = ClockTime(timeZone: timeZone).dateTime(inquiry.at)
        operatorName = inquiry.operatorName
        channel = inquiry.channel.rawValue
        typed = PersonalData.masked(inquiry.typed)
        normalised = identifier.map(\.masked) ?? inquiry.link.map { PersonalData.masked($0.description) }
            ?? PersonalData.masked(IdentifierParser.normalise(inquiry.typed))
        identifierKind = identifier?.kind.rawValue
        self.identifier = identifier?.masked
        subjectKey = identifier.map(key.subjectKey) ?? inquiry.link.map(Self.subjectKey)
        verdict = inquiry.verdict.code
        problem = inquiry.problem?.code ?? inquiry.linkProblem?.code
        name = inquiry.name
        note = PersonalData.masked(inquiry.note)
        sources = inquiry.sources.map {
            Source(source: $0.source, kind: $0.kind.rawValue, publisher: $0.publisher.rawValue, asOf: $0.asOf.description)
        }
    }

    /// A link's key among subjects: `link:` and its canonical form, never mistaken for a BIN or an IIN's hash.
    package static func subjectKey(_ link: Link) -> String { linkKeyPrefix + PersonalData.masked(link.description) }

    /// What a link's `subject_key` starts with.
    package static let linkKeyPrefix = "link:"

    /// The inquiry as readers see it, numbered `id`; `nil` when a code in it is unknown.
    package func inquiry(id: InquiryID) -> Inquiry? {
        guard let channel = Channel(rawValue: channel), let verdict = InquiryVerdict(code: verdict) else { return nil }
        var matched: [MatchedSource] = []
        for source in sources {
            guard let kind = SourceKind(rawValue: source.kind), let publisher = Publisher(rawValue: source.publisher),
                  let date = CalendarDate(parsing: source.asOf) else { return nil }
            matched.append(MatchedSource(source: source.source, kind: kind, publisher: publisher, asOf: date))
        }
        return Inquiry(
            id: id, uuid: uuid, at: Date(timeIntervalSince1970: Double(recordedAt) / 1000), localTime: localTime,
            operatorName: operatorName, channel: channel, typed: typed, normalised: normalised, identifier: identifier,
            kind: identifierKind.flatMap(IdentifierKind.init(rawValue:)), verdict: verdict, problem: problem,
            name: name, sources: matched, note: note, subjectKey: subjectKey)
    }
}

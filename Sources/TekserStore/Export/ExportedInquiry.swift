import Foundation
import TekserCore

/// One inquiry as exports write it: plain strings and codes, stable for scripts and spreadsheets.
public struct ExportedInquiry: Codable, Sendable, Equatable {
    public var id: Int64
    /// The desk's wall-clock time, `2026-11-02 15:04:05`.
    public var time: String
    /// The same moment in UTC, ISO 8601.
    public var recordedAt: String
    public var operatorName: String
    public var channel: String
    public var typed: String
    public var normalised: String
    public var identifier: String?
    public var kind: String?
    public var verdict: String
    public var problem: String?
    public var name: String?
    public var sources: [Source]
    public var note: String

    public struct Source: Codable, Sendable, Equatable {
        public var source: String
        public var publisher: String
        public var asOf: String

        enum CodingKeys: String, CodingKey {
            case source, publisher
            case asOf = "as_of"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, time, channel, typed, normalised, identifier, kind, verdict, problem, name, sources, note
        case recordedAt = "recorded_at"
        case operatorName = "operator"
    }

    public init(_ inquiry: Inquiry) {
        id = inquiry.id.rawValue
        time = inquiry.localTime
        recordedAt = ClockTime(timeZone: TimeZone(secondsFromGMT: 0)!).dateTime(inquiry.at).replacingOccurrences(of: " ", with: "T") + "Z"
        operatorName = inquiry.operatorName
        channel = inquiry.channel.rawValue
        typed = inquiry.typed
        normalised = inquiry.normalised
        identifier = inquiry.identifier
        kind = inquiry.kind?.rawValue
        verdict = inquiry.verdict.code
        problem = inquiry.problem
        name = inquiry.name
        sources = inquiry.sources.map { Source(source: $0.source, publisher: $0.publisher.rawValue, asOf: $0.asOf.description) }
        note = inquiry.note
    }

    /// The CSV columns, in order; sources are joined as `afm 2026-10-15; mvd 2026-10-20`.
    public static let csvHeader = ["id", "time", "operator", "channel", "typed", "identifier", "kind", "verdict", "problem",
                                   "name", "sources", "note"]

    var csvFields: [String] {
        [String(id), time, operatorName, channel, typed, identifier ?? "", kind ?? "", verdict, problem ?? "", name ?? "",
         sources.map { "\($0.source) \($0.asOf)" }.joined(separator: "; "), note]
    }
}

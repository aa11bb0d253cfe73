import GRDB
import TekserCore

/// Which inquiries a list, export or report covers; every part left `nil` means "any".
public struct InquiryFilter: Sendable, Hashable {
    /// First day included, on the desk's clock.
    public var from: CalendarDate?
    /// Last day included.
    public var to: CalendarDate?
    public var operatorName: String?
    public var verdict: InquiryVerdict?
    public var channel: Channel?
    /// Only the most recent this many (still returned oldest first), for the desk's history pane.
    public var latest: Int?

    public init(from: CalendarDate? = nil, to: CalendarDate? = nil, operator operatorName: String? = nil,
                verdict: InquiryVerdict? = nil, channel: Channel? = nil, latest: Int? = nil) {
        self.from = from
        self.to = to
        self.operatorName = operatorName
        self.verdict = verdict
        self.channel = channel
        self.latest = latest
    }

    /// `WHERE …` over table `inquiry` (never empty, so callers can append `AND`).
    var whereClause: (sql: String, arguments: StatementArguments) {
        var conditions = ["1"]
        var arguments = StatementArguments()
        if let from {
            conditions.append("local_time >= ?")
            arguments += [from.description]
        }
        if let to {
            conditions.append("local_time < ?")
            arguments += [ClockTime.after(to)]
        }
        if let operatorName {
            conditions.append("operator = ?")
            arguments += [operatorName]
        }
        if let verdict {
            conditions.append("verdict = ?")
            arguments += [verdict.code]
        }
        if let channel {
            conditions.append("channel = ?")
            arguments += [channel.rawValue]
        }
        return ("WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}

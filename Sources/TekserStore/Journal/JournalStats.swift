import GRDB
import TekserCore

/// The figures a team lead puts in a weekly report.
public struct JournalStats: Sendable, Hashable {
    public let total: Int
    /// Every day from the first to the last of the period, days without inquiries included.
    public let perDay: [Tally<CalendarDate>]
    /// The same days, each split by verdict (most severe first; verdicts it had only), for the chart.
    public let perDayByVerdict: [DayVerdicts]
    /// Most frequent first.
    public let perVerdict: [Tally<InquiryVerdict>]
    public let perChannel: [Tally<Channel>]
    public let perOperator: [Tally<String>]
    /// The most-asked subjects, a person counted by the keyed hash of their IIN.
    public let topSubjects: [SubjectTally]

    /// Assembles the report from the counts a journal made: `days` and `byVerdict` per day,
    /// the gaps between `from` and `to` (else the first and last day counted) filled with zero.
    package init(days: [Tally<CalendarDate>], byVerdict: [CalendarDate: [InquiryVerdict: Int]], from: CalendarDate?, to: CalendarDate?,
                 perVerdict: [Tally<InquiryVerdict>], perChannel: [Tally<Channel>], perOperator: [Tally<String>],
                 topSubjects: [SubjectTally]) {
        let perDay = Self.everyDay(days, from: from, to: to)
        total = days.reduce(0) { $0 + $1.count }
        self.perDay = perDay
        perDayByVerdict = perDay.map { day in
            DayVerdicts(day: day.key, counts: InquiryVerdict.allCases.compactMap { verdict in
                byVerdict[day.key]?[verdict].map { Tally(key: verdict, count: $0) }
            })
        }
        self.perVerdict = perVerdict
        self.perChannel = perChannel
        self.perOperator = perOperator
        self.topSubjects = topSubjects
    }

    /// Days in order, with the gaps (days nobody asked) filled with zero.
    private static func everyDay(_ counted: [Tally<CalendarDate>], from: CalendarDate?, to: CalendarDate?) -> [Tally<CalendarDate>] {
        let counts = Dictionary(uniqueKeysWithValues: counted.map { ($0.key, $0.count) })
        guard let first = from ?? counts.keys.min(), let last = to ?? counts.keys.max(), first <= last else { return [] }
        return (first.dayNumber...last.dayNumber).map { day in
            let date = CalendarDate(dayNumber: day)
            return Tally(key: date, count: counts[date] ?? 0)
        }
    }
}

/// One day's inquiries by verdict.
public struct DayVerdicts: Hashable, Sendable {
    public let day: CalendarDate
    /// Verdicts that day had, most severe first.
    public let counts: [Tally<InquiryVerdict>]

    public var total: Int { counts.reduce(0) { $0 + $1.count } }
}

/// A key and how many inquiries it had.
public struct Tally<Key: Hashable & Sendable>: Hashable, Sendable {
    public let key: Key
    public let count: Int

    package init(key: Key, count: Int) {
        self.key = key
        self.count = count
    }
}

/// One subject of inquiries: a BIN whole, an IIN masked, or a link as the journal keys it.
public struct SubjectTally: Hashable, Sendable {
    public let subject: String
    /// `nil` for a link.
    public let kind: IdentifierKind?
    /// The latest name the registries gave, if any did.
    public let name: String?
    /// The latest verdict.
    public let verdict: InquiryVerdict
    public let count: Int

    package init(subject: String, kind: IdentifierKind?, name: String?, verdict: InquiryVerdict, count: Int) {
        self.subject = subject
        self.kind = kind
        self.name = name
        self.verdict = verdict
        self.count = count
    }

    /// The tally of a row of the journal's subjects, `nil` for one it cannot read: an
    /// identifier (with its kind) or, without one, a link by its `subject_key` (`link:…`).
    package init?(identifier: String?, kind: String?, subjectKey: String, name: String?, verdict: String, count: Int) {
        guard let verdict = InquiryVerdict(code: verdict) else { return nil }
        if let identifier, let kind = kind.flatMap(IdentifierKind.init(rawValue:)) {
            self.init(subject: identifier, kind: kind, name: name, verdict: verdict, count: count)
        } else if identifier == nil, kind == nil, subjectKey.hasPrefix(StoredInquiry.linkKeyPrefix) {
            self.init(subject: String(subjectKey.dropFirst(StoredInquiry.linkKeyPrefix.count)), kind: nil, name: name, verdict: verdict, count: count)
        } else {
            return nil
        }
    }
}

extension Journal {
    /// Counts over the inquiries the filter selects (`latest` is ignored); `top` subjects at most.
    public func stats(filter: InquiryFilter = InquiryFilter(), top: Int = 10) throws(JournalError) -> JournalStats {
        let (conditions, arguments) = filter.whereClause
        return try access { db in
            func tally<Key>(_ column: String, _ key: (String) -> Key?) throws -> [Tally<Key>] {
                try Row.fetchAll(db, sql: """
                    SELECT \(column) AS key, count(*) AS n FROM inquiry \(conditions) GROUP BY 1 ORDER BY n DESC, key
                    """, arguments: arguments).compactMap { row in key(row["key"]).map { Tally(key: $0, count: row["n"]) } }
            }
            let days = try tally("substr(local_time, 1, 10)") { CalendarDate(parsing: $0) }
            var byVerdict: [CalendarDate: [InquiryVerdict: Int]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT substr(local_time, 1, 10) AS day, verdict, count(*) AS n FROM inquiry \(conditions) GROUP BY 1, 2
                """, arguments: arguments) {
                let dayText: String = row["day"], code: String = row["verdict"]
                guard let day = CalendarDate(parsing: dayText), let verdict = InquiryVerdict(code: code) else { continue }
                byVerdict[day, default: [:]][verdict] = row["n"]
            }
            // With one max() aggregate, SQLite takes the bare columns (verdict) from the latest row.
            let subjects = try Row.fetchAll(db, sql: """
                SELECT identifier, identifier_kind, subject_key, verdict, count(*) AS n, max(id) AS latest,
                       (SELECT name FROM inquiry AS i WHERE i.subject_key = inquiry.subject_key AND i.name IS NOT NULL
                        ORDER BY i.id DESC LIMIT 1) AS name
                FROM inquiry \(conditions) AND subject_key IS NOT NULL
                GROUP BY subject_key ORDER BY n DESC, latest DESC LIMIT ?
                """, arguments: arguments + [max(0, top)])
            return JournalStats(
                days: days, byVerdict: byVerdict, from: filter.from, to: filter.to,
                perVerdict: try tally("verdict", InquiryVerdict.init(code:)),
                perChannel: try tally("channel", Channel.init(rawValue:)),
                perOperator: try tally("operator") { $0 },
                topSubjects: subjects.compactMap { row in
                    SubjectTally(identifier: row["identifier"], kind: row["identifier_kind"], subjectKey: row["subject_key"], name: row["name"],
                                 verdict: row["verdict"], count: row["n"])
                })
        }
    }
}

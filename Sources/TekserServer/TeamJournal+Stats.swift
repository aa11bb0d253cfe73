import Foundation
import PostgresNIO
import TekserCore
import TekserStore

extension TeamJournal {
    /// The weekly report over the whole team's inquiries, counted by the server.
    public func stats(filter: InquiryFilter, top: Int) throws(JournalError) -> JournalStats {
        let (conditions, binds) = filter.postgres
        @Sendable func query(_ sql: String) -> PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
        let tallies = try read { db, logger in
            var counts: [String: [(String, Int)]] = [:]
            for column in ["substr(local_time, 1, 10)", "verdict", "channel", #""operator""#] {
                let rows = try await db.query(query("""
                    SELECT \(column) AS key, count(*)::bigint AS n FROM tekser.inquiry \(conditions) GROUP BY 1 ORDER BY n DESC, key
                    """), logger: logger)
                for try await (key, count) in rows.decode((String, Int).self) { counts[column, default: []].append((key, count)) }
            }
            var byVerdict: [(String, String, Int)] = []
            for try await row in try await db.query(query("""
                SELECT substr(local_time, 1, 10), verdict, count(*)::bigint FROM tekser.inquiry \(conditions) GROUP BY 1, 2
                """), logger: logger).decode((String, String, Int).self) { byVerdict.append(row) }
            var subjects: [(String?, String?, String, String, Int, String?)] = []
            for try await row in try await db.query(query("""
                SELECT (array_agg(identifier ORDER BY id DESC))[1], (array_agg(identifier_kind ORDER BY id DESC))[1], subject_key,
                       (array_agg(verdict ORDER BY id DESC))[1], count(*)::bigint,
                       (SELECT name FROM tekser.inquiry j WHERE j.subject_key = i.subject_key AND j.name IS NOT NULL
                        ORDER BY j.id DESC LIMIT 1)
                FROM tekser.inquiry i \(conditions) AND subject_key IS NOT NULL
                GROUP BY subject_key ORDER BY count(*) DESC, max(id) DESC LIMIT \(max(0, top))
                """), logger: logger).decode((String?, String?, String, String, Int, String?).self) { subjects.append(row) }
            return (counts, byVerdict, subjects)
        }
        let (counts, perDayVerdict, subjects) = tallies
        func tally<Key>(_ column: String, _ key: (String) -> Key?) -> [Tally<Key>] {
            (counts[column] ?? []).compactMap { name, count in key(name).map { Tally(key: $0, count: count) } }
        }
        var byVerdict: [CalendarDate: [InquiryVerdict: Int]] = [:]
        for (dayText, code, count) in perDayVerdict {
            guard let day = CalendarDate(parsing: dayText), let verdict = InquiryVerdict(code: code) else { continue }
            byVerdict[day, default: [:]][verdict] = count
        }
        return JournalStats(
            days: tally("substr(local_time, 1, 10)") { CalendarDate(parsing: $0) }, byVerdict: byVerdict,
            from: filter.from, to: filter.to,
            perVerdict: tally("verdict", InquiryVerdict.init(code:)), perChannel: tally("channel", TekserCore.Channel.init(rawValue:)),
            perOperator: tally(#""operator""#) { $0 },
            topSubjects: subjects.compactMap { identifier, kind, subjectKey, verdict, count, name in
                SubjectTally(identifier: identifier, kind: kind, subjectKey: subjectKey, name: name, verdict: verdict, count: count)
            })
    }
}

import Foundation
import PostgresNIO
import TekserCore
import TekserStore

/// Citizens' reports on the team's server, under the outbox's rule: straight to the server
/// when it answers and nothing waits, else committed to the outbox first and delivered in
/// order, once by UUID.
extension TeamJournal: ReportJournal {
    /// Returns the server's number, or `-seq` while the report waits in the outbox.
    @discardableResult
    public func record(_ report: CitizenReport, channel: ReportChannel) throws(JournalError) -> Int64 {
        let row = ReportRow(report, channel: channel, key: key, timeZone: timeZone)
        switch try write(.report(row), direct: { db, logger in try await TeamQueries.insert(row, on: db, logger: logger) }) {
        // Nil only if the same report was there already: it is stored either way.
        case .server(let inserted): return inserted ?? 0
        case .outbox(let seq): return -seq
        }
    }

    public func reports(from: CalendarDate?, to: CalendarDate?) throws(JournalError) -> [StoredReport] {
        var binds = PostgresBindings(), conditions = ["true"]
        if let from {
            binds.append(from.description)
            conditions.append("local_time >= $\(binds.count)")
        }
        if let to {
            binds.append(ClockTime.after(to))
            conditions.append("local_time < $\(binds.count)")
        }
        let query = PostgresQuery(unsafeSQL: """
            SELECT id, to_jsonb(r)::text FROM tekser.report r WHERE \(conditions.joined(separator: " AND ")) ORDER BY recorded_at, id
            """, binds: binds)
        let rows = try read { db, logger in
            var found: [(Int64, String)] = []
            for try await row in try await db.query(query, logger: logger).decode((Int64, String).self) { found.append(row) }
            return found
        }
        return try rows.map { id, json throws(JournalError) in
            guard let row = try? JSONDecoder().decode(ReportRow.self, from: Data(json.utf8)), let report = row.stored(id: id) else {
                throw .serverUnreadable(server: location, kind: "report", id: String(id))
            }
            return report
        }
    }
}

import Foundation
import GRDB
import TekserCore

extension Journal {
    /// The inquiries the filter selects, oldest first.
    public func inquiries(filter: InquiryFilter = InquiryFilter()) throws(JournalError) -> [Inquiry] {
        let (conditions, arguments) = filter.whereClause
        var sql = "SELECT * FROM inquiry \(conditions) ORDER BY id DESC"
        if let latest = filter.latest { sql += " LIMIT \(max(0, latest))" }
        return try access { db in try Self.inquiries(db, sql: sql, arguments: arguments).reversed() }
    }

    /// One inquiry by its number, or `nil` when there is none.
    public func inquiry(id: InquiryID) throws(JournalError) -> Inquiry? {
        try access { db in try Self.inquiries(db, sql: "SELECT * FROM inquiry WHERE id = ?", arguments: [id.rawValue]).first }
    }

    private static func inquiries(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Inquiry] {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let ids: [Int64] = rows.map { $0["id"] }
        var sources: [Int64: [MatchedSource]] = [:]
        let placeholders = databaseQuestionMarks(count: ids.count)
        for row in try Row.fetchAll(db, sql: """
            SELECT * FROM inquiry_source WHERE inquiry_id IN (\(placeholders)) ORDER BY inquiry_id, position
            """, arguments: StatementArguments(ids)) {
            sources[row["inquiry_id"], default: []].append(try matchedSource(row))
        }
        return try rows.map { row in try inquiry(row, sources: sources[row["id"]] ?? []) }
    }

    private static func inquiry(_ row: Row, sources: [MatchedSource]) throws -> Inquiry {
        let channelCode: String = row["channel"], verdictCode: String = row["verdict"]
        guard let channel = Channel(rawValue: channelCode), let verdict = InquiryVerdict(code: verdictCode) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown channel or verdict in inquiry \(row["id"] as Int64)")
        }
        let kind: String? = row["identifier_kind"]
        let milliseconds: Int64 = row["recorded_at"]
        let uuid: String? = row["uuid"]
        return Inquiry(
            id: InquiryID(row["id"]), uuid: uuid.flatMap(UUID.init(uuidString:)), at: Date(timeIntervalSince1970: Double(milliseconds) / 1000),
            localTime: row["local_time"], operatorName: row["operator"], channel: channel,
            typed: row["typed"], normalised: row["normalised"], identifier: row["identifier"],
            kind: kind.flatMap(IdentifierKind.init(rawValue:)), verdict: verdict, problem: row["problem"],
            name: row["name"], sources: sources, note: row["note"], subjectKey: row["subject_key"])
    }

    private static func matchedSource(_ row: Row) throws -> MatchedSource {
        let kind: String = row["kind"], publisher: String = row["publisher"], asOf: String = row["as_of"]
        guard let kind = SourceKind(rawValue: kind), let publisher = Publisher(rawValue: publisher),
              let date = CalendarDate(parsing: asOf) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unreadable matched source of inquiry \(row["inquiry_id"] as Int64)")
        }
        return MatchedSource(source: row["source"], kind: kind, publisher: publisher, asOf: date)
    }
}

extension Journal {
    /// How many inquiries the filter selects (`latest` is ignored).
    public func count(filter: InquiryFilter = InquiryFilter()) throws(JournalError) -> Int {
        let (conditions, arguments) = filter.whereClause
        return try access { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM inquiry \(conditions)", arguments: arguments) ?? 0 }
    }
}

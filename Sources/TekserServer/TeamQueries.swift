import Foundation
import PostgresNIO
import TekserStore

/// The statements the team journal runs on the server. Inquiries travel as JSON in the shape
/// of `StoredInquiry`, whose keys are the table's columns: one insert statement takes a whole
/// batch, and a row reads back as `to_jsonb(row)`.
enum TeamQueries {
    static let columns = #"uuid, recorded_at, local_time, "operator", channel, typed, normalised, identifier_kind, "#
        + "identifier, subject_key, verdict, problem, name, note, sources"

    /// Inserts a batch in its order; an inquiry the server has already (same UUID) is skipped,
    /// so delivering twice stores once. Returns the numbers of the UUIDs inserted now.
    static func insert(_ batch: [StoredInquiry], on db: PostgresConnection, logger: Logger) async throws -> [UUID: Int64] {
        let json = String(decoding: try JSONEncoder().encode(batch), as: UTF8.self)
        let query = PostgresQuery(unsafeSQL: """
            INSERT INTO tekser.inquiry (\(columns))
            SELECT \(columns) FROM jsonb_populate_recordset(NULL::tekser.inquiry, $1::jsonb) WITH ORDINALITY AS r
            ORDER BY r.ordinality
            ON CONFLICT (uuid) DO NOTHING RETURNING uuid, id
            """, binds: bindings(json))
        var inserted: [UUID: Int64] = [:]
        for try await (uuid, id) in try await db.query(query, logger: logger).decode((UUID, Int64).self) { inserted[uuid] = id }
        return inserted
    }

    /// One citizen's report; one the server has already (same UUID) is skipped. Returns its
    /// number when inserted now.
    static func insert(_ report: ReportRow, on db: PostgresConnection, logger: Logger) async throws -> Int64? {
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        let query = PostgresQuery(unsafeSQL: """
            INSERT INTO tekser.report (\(reportColumns))
            SELECT \(reportColumns) FROM jsonb_populate_record(NULL::tekser.report, $1::jsonb)
            ON CONFLICT (uuid) DO NOTHING RETURNING id
            """, binds: bindings(json))
        var inserted: Int64?
        for try await (id,) in try await db.query(query, logger: logger).decode((Int64,).self) { inserted = id }
        return inserted
    }

    static let reportColumns = "uuid, recorded_at, local_time, channel, subject_kind, subject, subject_key, verdict, approach, paid, text"

    /// A later note or channel; `nil` leaves a field. Returns whether the server has the inquiry.
    static func update(uuid: UUID, note: String?, channel: String?, on db: PostgresConnection, logger: Logger) async throws -> Bool {
        var found = false
        for try await _ in try await db.query("""
            UPDATE tekser.inquiry SET note = coalesce(\(note), note), channel = coalesce(\(channel), channel)
            WHERE uuid = \(uuid) RETURNING id
            """, logger: logger) { found = true }
        return found
    }

    /// Rows as `(id, StoredInquiry)`, for a query selecting `id, to_jsonb(i)::text`.
    static func inquiries(_ query: PostgresQuery, on db: PostgresConnection, logger: Logger) async throws -> [(Int64, StoredInquiry)] {
        var found: [(Int64, StoredInquiry)] = []
        let decoder = JSONDecoder()
        for try await (id, json) in try await db.query(query, logger: logger).decode((Int64, String).self) {
            found.append((id, try decoder.decode(StoredInquiry.self, from: Data(json.utf8))))
        }
        return found
    }

    /// Values for `$1`, `$2`… in order; `nil` binds NULL.
    static func bindings(_ values: (any PostgresDynamicTypeEncodable)?...) -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values {
            if let value { binds.append(value) } else { binds.appendNull() }
        }
        return binds
    }
}

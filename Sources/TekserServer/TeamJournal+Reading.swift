import Foundation
import PostgresNIO
import TekserCore
import TekserStore

extension TeamJournal {
    /// How long a read may take: reports over a week of a team's inquiries.
    static let readTimeout = Duration.seconds(30)

    /// Runs a read on the server; while the server is away, fails at once instead of waiting.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T) throws(JournalError) -> T {
        try failWhileAway()
        return try link.run(timeout: Self.readTimeout, body)
    }

    /// While deliveries fail, why: what the last delivery found (the server away, or a key that does not match).
    func failWhileAway() throws(JournalError) {
        if let failure = sender.failure { throw failure }
    }

    public func inquiries(filter: InquiryFilter) throws(JournalError) -> [Inquiry] {
        let (conditions, binds) = filter.postgres
        var sql = "SELECT id, to_jsonb(i)::text FROM tekser.inquiry i \(conditions) ORDER BY id DESC"
        if let latest = filter.latest { sql += " LIMIT \(max(0, latest))" }
        let query = PostgresQuery(unsafeSQL: sql, binds: binds)
        let rows = try read { db, logger in try await TeamQueries.inquiries(query, on: db, logger: logger) }
        return try rows.reversed().map { id, stored throws(JournalError) in try readable(stored, id: id) }
    }

    public func inquiry(id: InquiryID) throws(JournalError) -> Inquiry? {
        if id.rawValue < 0, let waiting = try outbox.inquiry(seq: -id.rawValue) { return try readable(waiting, id: id.rawValue) }
        let query: PostgresQuery = id.rawValue < 0
            ? "SELECT id, to_jsonb(i)::text FROM tekser.inquiry i WHERE uuid = \(try uuidDelivered(id))"
            : "SELECT id, to_jsonb(i)::text FROM tekser.inquiry i WHERE id = \(id.rawValue)"
        let rows = try read { db, logger in try await TeamQueries.inquiries(query, on: db, logger: logger) }
        return try rows.first.map { id, stored throws(JournalError) in try readable(stored, id: id) }
    }

    public func count(filter: InquiryFilter) throws(JournalError) -> Int {
        let (conditions, binds) = filter.postgres
        return try number(PostgresQuery(unsafeSQL: "SELECT count(*) FROM tekser.inquiry \(conditions)", binds: binds))
    }

    public func subjectKey(for identifier: Identifier) -> String {
        key.subjectKey(for: identifier)
    }

    public func count(of identifier: Identifier) throws(JournalError) -> Int {
        try number("SELECT count(*) FROM tekser.inquiry WHERE subject_key = \(key.subjectKey(for: identifier))")
    }

    public func count(of link: Link) throws(JournalError) -> Int {
        try number("SELECT count(*) FROM tekser.inquiry WHERE subject_key = \(StoredInquiry.subjectKey(link))")
    }

    /// The consistency of the team journal: the schema this Tekser knows, every row readable,
    /// no UUID twice, every IIN masked (in inquiries and reports); and on this machine, the outbox's entries the server
    /// refused for good, each with its reason.
    public func integrityProblems() throws(JournalError) -> [Message] {
        let aside = try outbox.setAside(for: location).map { entry in
            Message("journal.verify.setAside", ["seq": .number(Int(entry.seq)), "kind": .text(entry.kind), "path": .text(outboxPath),
                                                "reason": .text(entry.reason)])
        }
        let rows = try read { db, logger in
            var problems: [Message] = []
            for try await (version,) in try await db.query("SELECT coalesce(max(version), 0) FROM tekser.schema_version", logger: logger)
                .decode((Int,).self) where version != TeamSchema.latest {
                problems.append(Message("journal.verify.schemaVersion", ["version": .number(version), "expected": .number(TeamSchema.latest)]))
            }
            for try await (uuid, count) in try await db.query("""
                SELECT uuid::text, count(*) FROM tekser.inquiry GROUP BY uuid HAVING count(*) > 1
                """, logger: logger).decode((String, Int).self) {
                problems.append(Message("journal.verify.storedTwice", ["uuid": .text(uuid), "count": .number(count)]))
            }
            for try await (id,) in try await db.query("""
                SELECT id FROM tekser.inquiry WHERE identifier_kind = 'iin' AND identifier NOT LIKE '•••• •••• %'
                """, logger: logger).decode((Int64,).self) {
                problems.append(Message("journal.verify.unmaskedInquiry", ["id": .number(Int(id))]))
            }
            for try await (id,) in try await db.query("""
                SELECT id FROM tekser.report
                WHERE (subject_kind = 'iin' AND subject NOT LIKE '•••• •••• %') OR text ~ '(^|[^0-9])[0-9]{12}([^0-9]|$)'
                """, logger: logger).decode((Int64,).self) {
                problems.append(Message("journal.verify.unmaskedReport", ["id": .number(Int(id))]))
            }
            return (problems, try await TeamQueries.inquiries("SELECT id, to_jsonb(i)::text FROM tekser.inquiry i", on: db, logger: logger))
        }
        return rows.0 + rows.1.compactMap { id, stored in stored.inquiry(id: InquiryID(id)) == nil ? Message("journal.verify.unreadable", ["id": .number(Int(id))]) : nil }
            + aside
    }

    func number(_ query: PostgresQuery) throws(JournalError) -> Int {
        try read { db, logger in
            var found = 0
            for try await (count,) in try await db.query(query, logger: logger).decode((Int,).self) { found = count }
            return found
        }
    }

    /// The UUID of an inquiry numbered while it waited in the outbox.
    private func uuidDelivered(_ id: InquiryID) throws(JournalError) -> UUID {
        guard let uuid = knownUUID(id) else { throw .noSuchInquiry(id) }
        return uuid
    }
}

extension InquiryFilter {
    /// `WHERE …` over `tekser.inquiry` with its values bound (never empty, so callers can append `AND`).
    var postgres: (sql: String, binds: PostgresBindings) {
        var conditions = ["true"]
        var binds = PostgresBindings()
        func add(_ condition: String, _ value: String) {
            binds.append(value)
            conditions.append(condition.replacingOccurrences(of: "?", with: "$\(binds.count)"))
        }
        if let from { add("local_time >= ?", from.description) }
        if let to { add("local_time < ?", ClockTime.after(to)) }
        if let operatorName { add(#""operator" = ?"#, operatorName) }
        if let verdict { add("verdict = ?", verdict.code) }
        if let channel { add("channel = ?", channel.rawValue) }
        return ("WHERE " + conditions.joined(separator: " AND "), binds)
    }
}

extension TeamJournal {
    /// How long the desk's F3 waits for the team's matches: it waits on the operator's Enter.
    static let searchTimeout = Duration.seconds(2)

    /// The team's inquiries (every operator's) whose typed text, identifier, name, note or
    /// operator contains `text`, latest first. A whole IIN typed finds the inquiries about that
    /// IIN by its keyed hash (the masked form alone would match every IIN ending in the same 4
    /// digits); other text is masked first. Fails at once while the server is away.
    public func search(_ text: String, limit: Int) throws(JournalError) -> [Inquiry] {
        try failWhileAway()
        let typed = text.trimmingCharacters(in: .whitespaces)
        let query: PostgresQuery
        if case .success(let identifier) = IdentifierParser.parse(typed), identifier.kind == .iin {
            query = PostgresQuery(unsafeSQL: """
                SELECT id, to_jsonb(i)::text FROM tekser.inquiry i WHERE subject_key = $1 ORDER BY id DESC LIMIT \(max(0, limit))
                """, binds: TeamQueries.bindings(key.subjectKey(for: identifier)))
        } else {
            query = PostgresQuery(unsafeSQL: """
                SELECT id, to_jsonb(i)::text FROM tekser.inquiry i
                WHERE strpos(lower(concat_ws(' ', typed, identifier, name, note, "operator")), lower($1)) > 0
                ORDER BY id DESC LIMIT \(max(0, limit))
                """, binds: TeamQueries.bindings(PersonalData.masked(typed)))
        }
        let rows = try link.run(timeout: Self.searchTimeout) { db, logger in try await TeamQueries.inquiries(query, on: db, logger: logger) }
        return try rows.map { id, stored throws(JournalError) in try readable(stored, id: id) }
    }
}

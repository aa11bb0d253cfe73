import Foundation
import GRDB
import TekserCore

/// The front end a citizen's report was made in.
public enum ReportChannel: String, CaseIterable, Sendable, Codable, Localizable {
    case chat, kiosk, plain

    public var message: Message { Message("journal.reportChannel.\(rawValue)") }
}

/// A citizen's report as the journal keeps it: the subject (an IIN masked), never the citizen.
public struct StoredReport: Hashable, Sendable, Identifiable {
    public let id: Int64
    public let at: Date
    /// `2026-11-02 15:04:05` on the machine's clock.
    public let localTime: String
    public let channel: ReportChannel
    /// `bin`, `iin`, `link` or `listed`.
    public let subjectKind: String
    /// A BIN, a masked IIN, a normalised link, or a listed subject's name.
    public let subject: String
    /// What reports about one subject share (an IIN's keyed hash).
    public let subjectKey: String
    /// The verdict's code, as shown to the citizen.
    public let verdict: String
    public let approach: CitizenReport.Approach
    public let payment: CitizenReport.Payment
    public let text: String

    /// The machine's calendar day, which `--from`/`--to` select by.
    public var day: CalendarDate { CalendarDate(parsing: localTime.prefix(10)) ?? CalendarDate(year: 1970, month: 1, day: 1) }
}

extension Journal {
    /// Records one report in its own transaction, as `ReportRow` masks and hashes it, so no
    /// caller can forget.
    @discardableResult
    public func record(_ report: CitizenReport, channel: ReportChannel) throws(JournalError) -> Int64 {
        let row = ReportRow(report, channel: channel, key: key, timeZone: timeZone)
        return try access(write: true) { db in
            try db.execute(sql: """
                INSERT INTO report (recorded_at, local_time, channel, subject_kind, subject, subject_key, verdict, approach, paid, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    row.recordedAt, row.localTime, row.channel, row.subjectKind, row.subject, row.subjectKey,
                    row.verdict, row.approach, row.paid, row.text,
                ])
            return db.lastInsertedRowID
        }
    }

    /// The reports of the days from `from` to `to` (both included, either open), oldest first.
    public func reports(from: CalendarDate? = nil, to: CalendarDate? = nil) throws(JournalError) -> [StoredReport] {
        var conditions = ["1"], arguments = StatementArguments()
        if let from {
            conditions.append("local_time >= ?")
            arguments += [from.description]
        }
        if let to {
            conditions.append("local_time < ?")
            arguments += [ClockTime.after(to)]
        }
        let sql = "SELECT * FROM report WHERE \(conditions.joined(separator: " AND ")) ORDER BY id"
        return try access { db in try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.report) }
    }

    private static func report(_ row: Row) throws -> StoredReport {
        let channel: String = row["channel"], approach: String = row["approach"], paid: String = row["paid"]
        guard let channel = ReportChannel(rawValue: channel), let approach = CitizenReport.Approach(rawValue: approach),
              let payment = CitizenReport.Payment(rawValue: paid) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown channel, approach or payment in report \(row["id"] as Int64)")
        }
        let milliseconds: Int64 = row["recorded_at"]
        return StoredReport(
            id: row["id"], at: Date(timeIntervalSince1970: Double(milliseconds) / 1000), localTime: row["local_time"],
            channel: channel, subjectKind: row["subject_kind"], subject: row["subject"], subjectKey: row["subject_key"],
            verdict: row["verdict"], approach: approach, payment: payment, text: row["text"])
    }
}

/// Where citizens' reports are kept: the local journal file, or the team's server (through its
/// outbox while the server is away).
public protocol ReportJournal: Sendable {
    /// Records one report durably, masked and hashed as `ReportRow` makes it.
    @discardableResult
    func record(_ report: CitizenReport, channel: ReportChannel) throws(JournalError) -> Int64
    /// The reports of the days from `from` to `to` (both included, either open), oldest first.
    func reports(from: CalendarDate?, to: CalendarDate?) throws(JournalError) -> [StoredReport]
}

extension Journal: ReportJournal {}

/// Hands the bot's finished reports to the journal, marked with the front end they came from.
public struct JournalReportRecorder: ReportRecorder {
    public let journal: any ReportJournal
    public let channel: ReportChannel

    public init(journal: any ReportJournal, channel: ReportChannel) {
        self.journal = journal
        self.channel = channel
    }

    public func record(_ report: CitizenReport) throws {
        try journal.record(report, channel: channel)
    }
}

import Foundation
import TekserCore

/// Citizens' reports for the regulator: as CSV or JSON, and counted per subject.
public enum ReportExport {
    static let header = ["id", "local_time", "channel", "subject_kind", "subject", "verdict", "approach", "paid", "text"]

    /// RFC 4180 UTF-8 with BOM, cells that look like formulas defused, as the journal's export.
    public static func csv(_ reports: [StoredReport]) -> CSVExport {
        JournalExport.csv(header: header, rows: reports.map(fields), encoding: .utf8, delimiter: ",")
    }

    /// A JSON array of objects keyed by the CSV's header, keys sorted.
    public static func json(_ reports: [StoredReport]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let objects = reports.map { Dictionary(uniqueKeysWithValues: zip(header, fields($0))) }
        return Array(try encoder.encode(objects)) + [0x0A]
    }

    private static func fields(_ report: StoredReport) -> [String] {
        [String(report.id), report.localTime, report.channel.rawValue, report.subjectKind, report.subject, report.verdict,
         report.approach.rawValue, report.payment.rawValue, report.text]
    }

    /// How many reports each subject got, most reported first (then as first reported).
    public static func perSubject(_ reports: [StoredReport]) -> [(subject: String, kind: String, count: Int)] {
        var order: [String] = [], counts: [String: (subject: String, kind: String, count: Int)] = [:]
        for report in reports {
            if counts[report.subjectKey] == nil { order.append(report.subjectKey) }
            counts[report.subjectKey, default: (report.subject, report.subjectKind, 0)].count += 1
        }
        return order.enumerated().sorted { a, b in
            let (ca, cb) = (counts[a.element]!.count, counts[b.element]!.count)
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map { counts[$0.element]! }
    }
}

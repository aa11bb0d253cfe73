import Foundation
import TekserCore

/// The encodings a spreadsheet opens without an import dialog: UTF-8 with a byte-order mark
/// (current Excel, LibreOffice), or code page 1251 for older Russian-language Excel.
public enum ExportEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case cp1251
}

/// A finished CSV file and how many characters the encoding could not hold.
public struct CSVExport: Sendable {
    public let bytes: [UInt8]
    /// Characters written as a look-alike or `?` (always 0 in UTF-8), so the user can be told.
    public let replacedCharacters: Int
}

/// Writes inquiries as CSV or JSON.
public enum JournalExport {
    /// RFC 4180 with CRLF line ends; in cp1251, Kazakh letters become their nearest Russian letters.
    /// A cell that starts like a formula gets a leading `'`, so a note cannot run code in Excel.
    public static func csv(_ inquiries: [Inquiry], encoding: ExportEncoding = .utf8, delimiter: Character = ",") -> CSVExport {
        csv(header: ExportedInquiry.csvHeader, rows: inquiries.map { ExportedInquiry($0).csvFields }, encoding: encoding, delimiter: delimiter)
    }

    /// Any table as such a file: the header, then one line per row.
    static func csv(header: [String], rows: [[String]], encoding: ExportEncoding, delimiter: Character) -> CSVExport {
        var text = line(header, delimiter)
        for row in rows { text += line(row, delimiter) }
        switch encoding {
        case .utf8:
            return CSVExport(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8), replacedCharacters: 0)
        case .cp1251:
            let (bytes, replaced) = Lossy1251.encode(text)
            return CSVExport(bytes: bytes, replacedCharacters: replaced)
        }
    }

    /// A JSON array of `ExportedInquiry`, keys sorted, UTF-8 without BOM.
    public static func json(_ inquiries: [Inquiry]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(inquiries.map(ExportedInquiry.init))) + [0x0A]
    }

    private static func line(_ fields: [String], _ delimiter: Character) -> String {
        fields.map { field in
            let safe = field.first.map { "=+-@\t\r".contains($0) } == true ? "'" + field : field
            let needsQuotes = safe.contains { $0 == delimiter || $0 == "\"" || $0.isNewline }
            return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
        }.joined(separator: String(delimiter)) + "\r\n"
    }
}

/// Code page 1251 that never fails: Kazakh letters it lacks become the Russian letters they
/// are built on (ә→а, қ→к, ң→н, ө→о, ұ/ү→у, ғ→г, һ→х), anything else `?`.
enum Lossy1251 {
    static func encode(_ text: String) -> (bytes: [UInt8], replaced: Int) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var replaced = 0
        for scalar in text.unicodeScalars {
            if let encoded = TextEncoding.cp1251.encode(String(scalar)) {
                bytes += encoded
            } else {
                replaced += 1
                bytes += lookAlikes[scalar].flatMap { TextEncoding.cp1251.encode(String($0)) } ?? [UInt8(ascii: "?")]
            }
        }
        return (bytes, replaced)
    }

    static let lookAlikes: [Unicode.Scalar: Unicode.Scalar] = [
        "Ә": "А", "ә": "а", "Ғ": "Г", "ғ": "г", "Қ": "К", "қ": "к", "Ң": "Н", "ң": "н",
        "Ө": "О", "ө": "о", "Ұ": "У", "ұ": "у", "Ү": "У", "ү": "у", "Һ": "Х", "һ": "х",
    ]
}

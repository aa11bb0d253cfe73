import Foundation

/// A minimal RFC 4180 reader written for the tests alone, so the files are checked by code
/// that shares nothing with the writer.
struct CSVTable {
    let header: [String]
    let rows: [[String: String]]

    init(text: String, delimiter: Unicode.Scalar) {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if quoted {
                if scalar == "\"" { quoted = false; afterQuote = true } else { field.unicodeScalars.append(scalar) }
                continue
            }
            switch scalar {
            case "\"":
                if afterQuote { field += "\"" }
                quoted = true
            case delimiter: record.append(field); field = ""
            case "\r": break
            case "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.unicodeScalars.append(scalar)
            }
            afterQuote = false
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        header = records.first ?? []
        let header = self.header
        rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// Values of one column, in row order.
    func column(_ name: String) -> [String] {
        rows.map { $0[name] ?? "" }
    }
}

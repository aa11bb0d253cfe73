/// The trimmed text of one loaded row's mapped columns, wherever the row is kept (the parsed
/// CSV file or a compiled file): evidence, names and links are read through it either way.
protocol RowValues {
    /// The 1-based line of the file the row starts on.
    var line: Int { get }
    /// How many columns of the file `field` is mapped to (0 when it is not mapped).
    func columnCount(_ field: Field) -> Int
    /// The bytes of `field`'s `column`-th column, without surrounding spaces (empty when blank).
    func withBytes<R>(_ field: Field, column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

extension RowValues {
    /// The field's first column as text, `nil` when empty.
    func text(_ field: Field) -> String? {
        withBytes(field, column: 0) { $0.isEmpty ? nil : String(decoding: $0, as: UTF8.self) }
    }

    /// All columns of a field, joined with a space (for evidence).
    func joined(_ field: Field) -> String {
        (0 ..< columnCount(field))
            .map { withBytes(field, column: $0) { String(decoding: $0, as: UTF8.self) } }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// The links of a warning-list subject: every column mapped to `links`, split on spaces,
    /// line breaks, commas and semicolons (as `Character`s: a separator is a whole grapheme).
    func links() -> [String] {
        var links: [String] = []
        for column in 0 ..< columnCount(.links) where !withBytes(.links, column: column, { Self.split(links: $0, into: &links) }) {
            return joined(.links).split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }).map(String.init)
        }
        return links
    }

    /// Splits a cell of ASCII and Cyrillic letters (nearly every link) on its bytes, the same
    /// separators without `Character` properties: no scalar of it joins a separator in a grapheme
    /// (U+0483–U+0489, the Cyrillic combining marks, are left out). False, with nothing
    /// appended, for any other text.
    static func split(links cell: UnsafeBufferPointer<UInt8>, into links: inout [String]) -> Bool {
        var i = 0
        while i < cell.count {
            let byte = cell[i]
            if byte < 0x80 { i += 1; continue }
            guard (0xD0 ... 0xD3).contains(byte), i + 1 < cell.count, (0x80 ... 0xBF).contains(cell[i + 1]),
                  byte != 0xD2 || !(0x83 ... 0x89).contains(cell[i + 1]) else { return false }
            i += 2
        }
        links += cell.split(whereSeparator: { (0x09 ... 0x0D).contains($0) || $0 == 0x20 || $0 == 0x2C || $0 == 0x3B })
            .map { String(decoding: $0, as: UTF8.self) }
        return true
    }
}

/// A parsed CSV file's loaded rows: the document, the columns each field is mapped to, and the
/// record of each loaded row. A class, so that a `RowReader` is two words: it fits in an
/// `any RowValues` without a box, and reading a row retains one object, not the document's arrays.
final class CSVRows: Sendable {
    let document: CSVDocument
    let records: [UInt32]

    /// The file's columns of each mapped field, in a list: a row read looks its field up in a
    /// few comparisons, where hashing it for a dictionary cost more than the rest of a name's read.
    private let fieldColumns: [(field: Field, columns: [Int])]

    init(document: CSVDocument, columns: [Field: [Int]], records: [UInt32]) {
        self.document = document
        self.records = records
        fieldColumns = columns.map { ($0.key, $0.value) }
    }

    /// The file's columns of each mapped field (for the compiled file's layout).
    var columns: [Field: [Int]] { Dictionary(uniqueKeysWithValues: fieldColumns) }

    /// How many columns `field` is mapped to.
    func columnCount(_ field: Field) -> Int {
        fieldColumns.indices.first { fieldColumns[$0].field == field }.map { fieldColumns[$0].columns.count } ?? 0
    }

    /// The file's column that is `field`'s `column`-th one, if it is mapped so.
    func fileColumn(_ field: Field, _ column: Int) -> Int? {
        for k in fieldColumns.indices where fieldColumns[k].field == field {
            return column < fieldColumns[k].columns.count ? fieldColumns[k].columns[column] : nil
        }
        return nil
    }
}

/// Reads the mapped fields of one record of a parsed CSV file, trimmed of surrounding spaces.
struct RowReader: RowValues {
    let rows: CSVRows
    let record: Int

    var line: Int { rows.document.line(ofRecord: record) }

    func columnCount(_ field: Field) -> Int { rows.columnCount(field) }

    func withBytes<R>(_ field: Field, column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let document = rows.document
        guard let fileColumn = rows.fileColumn(field, column),
              fileColumn < document.fieldCount(ofRecord: record) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let range = Self.trimmed(document.field(fileColumn, ofRecord: record).range, in: document.bytes)
        return document.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// `range` of `bytes` without leading spaces and tabs, and trailing spaces, tabs and line breaks.
    static func trimmed<Bytes: RandomAccessCollection<UInt8>>(_ range: Range<Int>, in bytes: Bytes) -> Range<Int> where Bytes.Index == Int {
        var range = range
        while let first = range.first, bytes[first] == 0x20 || bytes[first] == 0x09 { range = range.dropFirst() }
        while let last = range.last, bytes[last] == 0x20 || bytes[last] == 0x09 || bytes[last] == 0x0D || bytes[last] == 0x0A {
            range = range.dropLast()
        }
        return range
    }
}

/// A parsed CSV file that keeps its text as one UTF-8 buffer and every field as a span of it,
/// so a registry of a million rows can serve as its own column store without a `String` per field.
public struct CSVDocument: Sendable {
    /// The text in UTF-8, byte-order mark removed, quoted fields unescaped in place.
    /// Bytes between fields (delimiters, line breaks, surplus quotes) are left over and meaningless.
    public let bytes: [UInt8]
    /// The encoding of the file, as given or detected.
    public let encoding: TextEncoding
    /// The field separator, as given or detected: `,`, `;` or tab.
    public let delimiter: UInt8
    /// Records that could not be read as written, in record order.
    public let malformed: [CSVMalformedRecord]

    let fields: [CSVField]
    /// Index in `fields` of each record's first field, plus one final entry: `fields.count`.
    let recordStart: [UInt32]
    let lines: [UInt32]

    /// The largest text (after transcoding to UTF-8) that 32-bit field offsets can address.
    public static let maximumByteCount = Int(UInt32.max)

    public var recordCount: Int { lines.count }

    public func fieldCount(ofRecord record: Int) -> Int {
        Int(recordStart[record + 1] - recordStart[record])
    }

    public func field(_ index: Int, ofRecord record: Int) -> CSVField {
        precondition(index < fieldCount(ofRecord: record), "field \(index) is beyond the end of record \(record)")
        return fields[Int(recordStart[record]) + index]
    }

    /// All fields of a record, for loops that read a whole row.
    public func fields(ofRecord record: Int) -> ArraySlice<CSVField> {
        fields[Int(recordStart[record])..<Int(recordStart[record + 1])]
    }

    /// The 1-based physical line a record starts on, for messages about rejected rows.
    public func line(ofRecord record: Int) -> Int {
        Int(lines[record])
    }

    /// The field's text exactly as written (not trimmed); invalid UTF-8 becomes U+FFFD.
    public func string(_ field: CSVField) -> String {
        String(decoding: bytes[field.range], as: UTF8.self)
    }

    /// The field without the spaces and tabs around it, which hand-edited exports often add.
    public func trimmed(_ field: CSVField) -> CSVField {
        var range = field.range
        while let first = range.first, Self.isPadding(bytes[first]) { range = range.dropFirst() }
        while let last = range.last, Self.isPadding(bytes[last]) { range = range.dropLast() }
        return CSVField(start: UInt32(range.lowerBound), length: UInt32(range.count))
    }

    static func isPadding(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}

/// One field: a span of `CSVDocument.bytes`. Eight bytes, so a million rows stay compact.
public struct CSVField: Sendable, Hashable {
    public var start: UInt32
    public var length: UInt32

    public init(start: UInt32, length: UInt32) {
        self.start = start
        self.length = length
    }

    /// The field's bytes as a range of `CSVDocument.bytes`.
    public var range: Range<Int> { Int(start)..<Int(start) + Int(length) }
}

/// A record that could not be read as written; the loader reports it with its line.
public struct CSVMalformedRecord: Sendable, Hashable {
    /// The record's index, or 0 together with line 0 when the whole file is refused.
    public let record: Int
    public let line: Int
    public let reason: CSVMalformation
}

/// Why a record (or the whole file) could not be read as written.
public enum CSVMalformation: Sendable, Hashable {
    /// A quoted field still open at the end of the file; the record keeps what was read, which
    /// is every line from the record's to `lastLine`, the file's last.
    case unterminatedQuote(lastLine: Int)
    /// The file is larger than `CSVDocument.maximumByteCount` in UTF-8; nothing was parsed.
    case fileTooLarge(byteCount: Int)
}

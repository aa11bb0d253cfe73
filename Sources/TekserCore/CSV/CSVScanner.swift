/// The record and field table of a document, built in one pass over its bytes.
struct CSVTable {
    var fields: [CSVField] = []
    var recordStart: [UInt32] = []
    var lines: [UInt32] = []
    var malformed: [CSVMalformedRecord] = []
}

/// The RFC 4180 state machine, tolerant of what real exports do: a quote inside an unquoted
/// field is kept, text after a closing quote is kept, LF, CRLF and a lone CR all end a record.
/// Quoted fields are unescaped in place (a write cursor that never passes the read cursor).
struct CSVScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let p: UnsafeMutablePointer<UInt8>
    private let n: Int
    private let delimiter: UInt8
    /// The bytes that end a run of plain text, broadcast to eight lanes.
    private let delimiters: UInt64, quotes: UInt64, lineFeeds: UInt64, carriageReturns: UInt64
    /// The read cursor and the physical line it is on.
    private var r = 0
    private var line: UInt32 = 1
    private var table = CSVTable()

    static func scan(_ buffer: UnsafeMutableBufferPointer<UInt8>, delimiter: UInt8) -> CSVTable {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return CSVTable(recordStart: [0]) }
        var scanner = CSVScanner(p: base, n: buffer.count, delimiter: delimiter)
        scanner.reserveTables()
        while scanner.r < scanner.n { scanner.readRecord() }
        scanner.table.recordStart.append(UInt32(truncatingIfNeeded: scanner.table.fields.count))
        return scanner.table
    }

    private init(p: UnsafeMutablePointer<UInt8>, n: Int, delimiter: UInt8) {
        self.p = p
        self.n = n
        self.delimiter = delimiter
        delimiters = SWAR.broadcast(delimiter)
        quotes = SWAR.broadcast(Self.quote)
        lineFeeds = SWAR.broadcast(Self.lineFeed)
        carriageReturns = SWAR.broadcast(Self.carriageReturn)
    }

    /// Reads fields up to and including the record's line break; a lone blank field is no record.
    private mutating func readRecord() {
        let recordLine = line
        let firstField = table.fields.count
        var quoted = false
        var unterminated = false
        while true {
            let start = r
            let end: Int
            if p[r] == Self.quote {
                quoted = true
                (end, unterminated) = readQuotedField()
            } else {
                skipPlainText()
                end = r
            }
            table.fields.append(CSVField(start: UInt32(truncatingIfNeeded: start),
                                         length: UInt32(truncatingIfNeeded: end &- start)))
            guard r < n else { break }
            let c = p[r]
            r &+= 1
            if c == delimiter {
                if r < n { continue }
                // A delimiter as the last byte of the file still opens one more (empty) field.
                table.fields.append(CSVField(start: UInt32(truncatingIfNeeded: n), length: 0))
                break
            }
            if c == Self.carriageReturn && r < n && p[r] == Self.lineFeed { r &+= 1 }
            line &+= 1
            break
        }
        if !quoted && table.fields.count &- firstField == 1 && isBlank(table.fields[firstField]) {
            table.fields.removeLast()
            return
        }
        table.recordStart.append(UInt32(truncatingIfNeeded: firstField))
        table.lines.append(recordLine)
        if unterminated {
            // The quote ran to the end of the file; a final line break opens no line of its own.
            let endsWithBreak = n > 0 && (p[n &- 1] == Self.lineFeed || p[n &- 1] == Self.carriageReturn)
            table.malformed.append(CSVMalformedRecord(record: table.lines.count &- 1, line: Int(recordLine),
                                                      reason: .unterminatedQuote(lastLine: Int(line) - (endsWithBreak ? 1 : 0))))
        }
    }

    /// Moves the read cursor to the next delimiter, line break or the end.
    @inline(__always)
    private mutating func skipPlainText() {
        var i = r
        defer { r = i }
        while i &+ 8 <= n {
            let word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            let index = SWAR.firstIndex(in: word, of: delimiters, lineFeeds, carriageReturns)
            i &+= index
            if index < 8 { return }
        }
        while i < n {
            let c = p[i]
            if c == delimiter || c == Self.lineFeed || c == Self.carriageReturn { return }
            i &+= 1
        }
    }

    /// Reads a field from its opening quote, writing its unescaped text from where the quote was,
    /// then any text after the closing quote; returns where the written text ends.
    private mutating func readQuotedField() -> (end: Int, unterminated: Bool) {
        var w = r
        r &+= 1
        while true {
            copyQuotedText(to: &w)
            guard r < n else { return (w, true) }
            let c = p[r]
            if c == Self.quote {
                r &+= 1
                if r == n || p[r] != Self.quote { break }
            } else if c == Self.lineFeed || (c == Self.carriageReturn && (r &+ 1 == n || p[r &+ 1] != Self.lineFeed)) {
                line &+= 1
            }
            p[w] = c
            w &+= 1
            r &+= 1
        }
        while r < n {
            let c = p[r]
            if c == delimiter || c == Self.lineFeed || c == Self.carriageReturn { break }
            p[w] = c
            w &+= 1
            r &+= 1
        }
        return (w, false)
    }

    /// Copies text inside quotes up to the next quote or line break (which the caller handles).
    /// Whole words are copied only when they hold neither, so no unread byte is overwritten.
    @inline(__always)
    private mutating func copyQuotedText(to w: inout Int) {
        var i = r
        defer { r = i }
        while i &+ 8 <= n {
            let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            let index = SWAR.firstIndex(in: UInt64(littleEndian: word), of: quotes, lineFeeds, carriageReturns)
            if index < 8 { break }
            UnsafeMutableRawPointer(p + w).storeBytes(of: word, as: UInt64.self)
            w &+= 8
            i &+= 8
        }
        while i < n {
            let c = p[i]
            if c == Self.quote || c == Self.lineFeed || c == Self.carriageReturn { return }
            p[w] = c
            w &+= 1
            i &+= 1
        }
    }

    private func isBlank(_ field: CSVField) -> Bool {
        UnsafeBufferPointer(start: p + Int(field.start), count: Int(field.length)).allSatisfy(CSVDocument.isPadding)
    }

    /// Reserves the tables from the density of fields and lines in the first 64 KiB,
    /// so a large file is not copied over and over while its tables grow.
    private mutating func reserveTables() {
        let sample = UnsafeBufferPointer(start: p, count: min(n, 1 << 16))
        let lineBreaks = sample.reduce(1) { $0 + ($1 == Self.lineFeed ? 1 : 0) }
        let separators = sample.reduce(lineBreaks) { $0 + ($1 == delimiter ? 1 : 0) }
        let scale = Double(n) / Double(sample.count) * 1.05
        table.fields.reserveCapacity(Int(Double(separators) * scale) + 16)
        table.recordStart.reserveCapacity(Int(Double(lineBreaks) * scale) + 16)
        table.lines.reserveCapacity(Int(Double(lineBreaks) * scale) + 16)
    }
}

extension CSVDocument {
    /// Reads a whole file. Never fails: damage is reported in `malformed`, and a file too large
    /// for 32-bit offsets comes back empty with a `.fileTooLarge` entry.
    /// Pass the buffer as its last use (`consume`) to let UTF-8 input be unescaped without a copy.
    public static func parse(_ raw: consuming [UInt8], encoding: TextEncoding? = nil, delimiter: UInt8? = nil) -> CSVDocument {
        parse(raw, encoding: encoding, delimiter: delimiter, byteLimit: maximumByteCount)
    }

    /// `parse` with an adjustable size limit, so the refusal can be tested without 4 GiB.
    static func parse(_ raw: consuming [UInt8], encoding: TextEncoding?, delimiter: UInt8?, byteLimit: Int) -> CSVDocument {
        var (bytes, encoding, utf8Count) = utf8Text(raw, encoding: encoding)
        guard utf8Count <= byteLimit else {
            let refusal = CSVMalformedRecord(record: 0, line: 0, reason: .fileTooLarge(byteCount: utf8Count))
            return CSVDocument(bytes: [], encoding: encoding, delimiter: delimiter ?? UInt8(ascii: ","),
                               malformed: [refusal], fields: [], recordStart: [0], lines: [])
        }
        let delimiter = delimiter ?? bytes.withUnsafeBufferPointer(CSVDelimiter.detect)
        let table = bytes.withUnsafeMutableBufferPointer { CSVScanner.scan($0, delimiter: delimiter) }
        return CSVDocument(bytes: bytes, encoding: encoding, delimiter: delimiter, malformed: table.malformed,
                           fields: table.fields, recordStart: table.recordStart, lines: table.lines)
    }

    /// The text as UTF-8 without a byte-order mark, its encoding, and its UTF-8 size. Single-byte
    /// text too large to address is not transcoded: its bytes come back as they are.
    private static func utf8Text(_ raw: consuming [UInt8], encoding: TextEncoding?) -> ([UInt8], TextEncoding, Int) {
        var bytes = raw
        let encoding = encoding ?? bytes.withUnsafeBufferPointer(TextEncoding.detect)
        guard let codePage = encoding.codePage else {
            if bytes.starts(with: TextEncoding.utf8ByteOrderMark) { bytes.removeFirst(TextEncoding.utf8ByteOrderMark.count) }
            return (bytes, encoding, bytes.count)
        }
        return bytes.withUnsafeBufferPointer { raw in
            let count = codePage.utf8Count(of: raw)
            guard count <= maximumByteCount else { return ([], encoding, count) }
            return (codePage.transcode(raw, utf8Count: count), encoding, count)
        }
    }
}

/// Picks the separator from the first record: the most frequent of `,` `;` tab outside quotes.
enum CSVDelimiter {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// Ties go to the earlier candidate, so a line with none of them is read as comma-separated.
    /// Only the first 64 KiB are looked at, in case a stray quote hides the end of the line.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var counts = [0, 0, 0]
        var quoted = false
        let firstLine = bytes.prefix(1 << 16).drop { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        for byte in firstLine {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
            }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        return candidates[best]
    }
}

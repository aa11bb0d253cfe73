import Foundation

/// Writes a registry file row by row through a buffer, so a file of any size needs
/// constant memory. Fields are quoted per RFC 4180 only when they must be; rows end in CRLF.
/// A struct, not a class, so appending bytes needs no dynamic exclusivity checks; only
/// `RegisterFile.write(to:rows:)` makes one, and it lends it out `inout`, never copied.
struct CSVStreamWriter {
    private let file: RegisterFile
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var field: [UInt8] = []
    private static let flushSize = 1 << 20

    /// Creates (or truncates) the file and writes the header row.
    init(_ file: RegisterFile, to url: URL) throws {
        self.file = file
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw DemoDataError.cannotCreate(path: url.path)
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(Self.flushSize + 4096)
        if file.byteOrderMark { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        try write(file.columns)
    }

    mutating func write(_ fields: [String]) throws {
        precondition(fields.count == file.columns.count, "a row needs one field per column")
        for (index, text) in fields.enumerated() {
            if index > 0 { buffer.append(file.delimiter) }
            field.removeAll(keepingCapacity: true)
            try file.encoding.append(text, to: &field)
            if field.contains(where: needsQuotes) {
                buffer.append(Self.quote)
                for byte in field {
                    if byte == Self.quote { buffer.append(Self.quote) }
                    buffer.append(byte)
                }
                buffer.append(Self.quote)
            } else {
                buffer.append(contentsOf: field)
            }
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered and closes the file.
    mutating func finish() throws {
        try flush()
        try handle.close()
    }

    private mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private static let quote = UInt8(ascii: "\"")

    /// Both encodings keep ASCII as is, so the special characters are found in the encoded bytes.
    private func needsQuotes(_ byte: UInt8) -> Bool {
        byte == file.delimiter || byte == Self.quote || byte == 0x0A || byte == 0x0D
    }
}

extension RegisterFile {
    /// Streams `rows` into `url`, closing the file when they are done.
    func write(to url: URL, rows: (inout CSVStreamWriter) throws -> Void) throws {
        var writer = try CSVStreamWriter(self, to: url)
        try rows(&writer)
        try writer.finish()
    }
}

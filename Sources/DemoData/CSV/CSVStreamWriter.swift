import Foundation

/// Writes a registry file row by row through a buffer, so a file of any size needs
/// constant memory. Fields are quoted per RFC 4180 only when they must be; rows end in CRLF.
final class CSVStreamWriter {
    private let file: RegisterFile
    private let handle: FileHandle
    private var buffer: [UInt8] = []
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

    func write(_ fields: [String]) throws {
        precondition(fields.count == file.columns.count, "a row needs one field per column")
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(file.delimiter) }
            if needsQuotes(field) {
                buffer.append(UInt8(ascii: "\""))
                try file.encoding.append(field.replacingOccurrences(of: "\"", with: "\"\""), to: &buffer)
                buffer.append(UInt8(ascii: "\""))
            } else {
                try file.encoding.append(field, to: &buffer)
            }
        }
        buffer.append(contentsOf: [0x0D, 0x0A])
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered and closes the file; call once, after the last row.
    func finish() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func needsQuotes(_ field: String) -> Bool {
        field.utf8.contains { $0 == file.delimiter || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }
}

extension RegisterFile {
    /// Streams `rows` into `url`, closing the file when they are done.
    func write(to url: URL, rows: (CSVStreamWriter) throws -> Void) throws {
        let writer = try CSVStreamWriter(self, to: url)
        try rows(writer)
        try writer.finish()
    }
}

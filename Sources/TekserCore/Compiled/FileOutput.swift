import Foundation

/// A new file written front to back (small pieces gathered in a large buffer, large ones as
/// they are), then synced and renamed into place: readers of the old file keep it, readers
/// after the rename see the whole new one.
final class FileOutput {
    let temporary: URL
    let destination: URL
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var position = 0
    private static let flushSize = 8 << 20

    /// Creates a temporary file beside `destination`, readable by its owner only.
    init(replacing destination: URL) throws(CompiledWriteError) {
        self.destination = destination
        temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp")
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure() }
        buffer.reserveCapacity(Self.flushSize + (1 << 20))
    }

    deinit {
        close(descriptor)
        unlink(temporary.path)  // fails harmlessly once renamed
    }

    /// Appends `bytes`; as many as the buffer holds or more are written as they are, not copied.
    func append(_ bytes: UnsafeRawBufferPointer) throws(CompiledWriteError) {
        position += bytes.count
        if bytes.count >= Self.flushSize {
            try flush()
            try write(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func append(_ bytes: [UInt8]) throws(CompiledWriteError) {
        try bytes.withUnsafeBytes { bytes in Result { () throws(CompiledWriteError) in try append(bytes) } }.get()
    }

    /// Zeros up to the next multiple of `alignment`.
    func pad(to alignment: Int) throws(CompiledWriteError) {
        let target = (position + alignment - 1) / alignment * alignment
        if target > position { try append([UInt8](repeating: 0, count: target - position)) }
    }

    /// Writes `bytes` at `offset`, already passed (the header and table, once sections are placed).
    func overwrite(_ bytes: [UInt8], at offset: Int) throws(CompiledWriteError) {
        try flush()
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
        guard written == bytes.count else { throw failure() }
    }

    /// Syncs the file, renames it over `destination` and syncs the folder.
    func commit() throws(CompiledWriteError) {
        try flush()
        guard fsync(descriptor) == 0 else { throw failure() }
        guard rename(temporary.path, destination.path) == 0 else { throw failure() }
        let folder = open(destination.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    private func flush() throws(CompiledWriteError) {
        try buffer.withUnsafeBytes { bytes in Result { () throws(CompiledWriteError) in try write(bytes) } }.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws(CompiledWriteError) {
        var done = 0
        while done < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw failure() }
            done += written
        }
        // Starts writing what is done to disk now, so that the final `fsync` has less left to wait for.
        _ = Self.startWriteback?(descriptor, 0, 0, 1)
    }

    /// Linux's `sync_file_range` (here with `SYNC_FILE_RANGE_WRITE`, 1), which Swift's Glibc module does not export.
    private static let startWriteback: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)? = dlsym(nil, "sync_file_range")
        .map { unsafeBitCast($0, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self) }

    /// The failure `errno` holds, taken before anything else can change it.
    private func failure() -> CompiledWriteError {
        let reason = FileFailure.current
        return .cannotWrite(path: destination.path, reason: reason)
    }
}

/// Why a compiled file could not be written; the data is then used as parsed from CSV.
public enum CompiledWriteError: Error, Sendable, Equatable, Localizable {
    case cannotWrite(path: String, reason: FileFailure)

    public var message: Message {
        switch self {
        case .cannotWrite(let path, let reason): Message("compiled.cannotWrite", ["path": .text(path), "reason": .message(reason.message)])
        }
    }
}

import Glibc

/// What the signal handlers need, prepared in advance so that they never allocate.
struct EmergencyState {
    var savedModes = termios()
    var programModes = termios()
    var hasModes = false
    var reset = FixedBytes()
    var resume = FixedBytes()
    /// Signals under `.notify`.
    var notifyOnly = SignalSet()
    var previousActions = SignalActions()
    var standardError = StandardErrorSpool()
}

/// Bytes in a buffer allocated once, so a handler can `write` them without allocating.
struct FixedBytes {
    private static let capacity = 512
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    private var count = 0

    mutating func set(_ bytes: [UInt8]) {
        count = min(bytes.count, Self.capacity)
        for index in 0..<count { buffer[index] = bytes[index] }
    }

    func write(to descriptor: Int32) {
        writeAll(descriptor, buffer, count)
    }
}

/// Writes all `count` bytes, retrying short writes; async-signal-safe.
func writeAll(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) {
    var offset = 0
    while offset < count {
        let written = Glibc.write(descriptor, bytes + offset, count - offset)
        if written <= 0 { return }
        offset += written
    }
}

/// A set of signal numbers below 64 as one bit mask.
struct SignalSet {
    private var bits: UInt64 = 0
    func contains(_ signal: Int32) -> Bool { signal < 64 && bits & (1 << UInt64(signal)) != 0 }
    mutating func insert(_ signal: Int32) { bits |= 1 << UInt64(signal) }
    mutating func remove(_ signal: Int32) { bits &= ~(1 << UInt64(signal)) }
}

/// The actions that were installed before ours, indexed by signal number (below 65).
struct SignalActions {
    private static let count = 65
    private let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
    private var saved = SignalSet()

    /// Keeps the first action seen for `signal`, the one to go back to.
    mutating func remember(_ action: sigaction, for signal: Int32) {
        guard signal < Self.count, !saved.contains(signal) else { return }
        actions[Int(signal)] = action
        saved.insert(signal)
    }

    /// Async-signal-safe: puts the previous action of `signal` back.
    func reinstate(_ signal: Int32) {
        guard saved.contains(signal) else { return }
        sigaction(signal, actions + Int(signal), nil)
    }

    mutating func restoreAll() {
        for signal in 1..<Int32(Self.count) { reinstate(signal) }
        saved = SignalSet()
    }
}

/// Standard error redirected into an unlinked temporary file while the screen is ours,
/// then written to the real standard error after the terminal is given back.
struct StandardErrorSpool {
    private var original: Int32 = -1
    private var spool: Int32 = -1
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)

    mutating func startSpooling() {
        guard spool < 0 else { return }
        var template = Array("/tmp/tekser-stderr-XXXXXX".utf8CString)
        let file = mkstemp(&template)
        guard file >= 0 else { return }
        unlink(template)
        original = dup(STDERR_FILENO)
        guard original >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            return
        }
        spool = file
    }

    /// Async-signal-safe: puts standard error back and copies the spooled bytes to it.
    mutating func replay() {
        guard spool >= 0 else { return }
        let file = spool
        spool = -1
        dup2(original, STDERR_FILENO)
        lseek(file, 0, SEEK_SET)
        while true {
            let count = read(file, buffer, 4096)
            if count <= 0 { break }
            writeAll(STDERR_FILENO, buffer, count)
        }
        close(file)
        close(original)
    }
}

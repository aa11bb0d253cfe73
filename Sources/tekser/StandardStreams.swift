// The C streams `stdout` and `stderr` are globals Swift 6 cannot prove safe; this file alone reads them.
@preconcurrency import Glibc
import Synchronization
import TekserCore

/// Standard output and standard error as the commands write them: through C's streams, as
/// `print` does, so a write that fails (a full disk, a closed descriptor) is kept as the
/// stream's error instead of stopping the program, and the end of the command says that
/// output was lost.
enum StandardStreams {
    /// The system's cause of the first write to standard output that failed.
    private static let firstFailure = Mutex<Int32?>(nil)

    /// Writes `bytes` to standard output.
    static func write(_ bytes: [UInt8]) {
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stdout) }
        if written < bytes.count {
            let code = errno
            firstFailure.withLock { $0 = $0 ?? code }
        }
    }

    /// Writes `text` to standard error; a failure there is dropped, nowhere being left to say it.
    static func writeError(_ text: String) {
        fputs(text, stderr)
    }

    /// Why some of standard output was lost, once the rest is flushed; `nil` when all of it
    /// was written. The cause is the first failed write's, else the flush's (C drops a buffer it
    /// could not write, so a later flush may succeed with nothing left).
    static func lostOutput() -> FileFailure? {
        let flushed = fflush(stdout) == 0
        let code = errno
        guard !flushed || ferror(stdout) != 0 else { return nil }
        return firstFailure.withLock { $0 }.map(FileFailure.init(code:)) ?? (flushed ? .inputOutput : FileFailure(code: code))
    }
}

// The C streams `stdout` and `stderr` are globals Swift 6 cannot prove safe; this file alone reads them.
@preconcurrency import Glibc
import TekserCore

/// Standard output and standard error as the commands write them: through C's streams, as
/// `print` does, so a write that fails (a full disk, a closed descriptor) is kept as the
/// stream's error instead of stopping the program, and the end of the command says that
/// output was lost.
enum StandardStreams {
    /// Writes `bytes` to standard output.
    static func write(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, stdout) }
    }

    /// Writes `text` to standard error; a failure there is dropped, nowhere being left to say it.
    static func writeError(_ text: String) {
        fputs(text, stderr)
    }

    /// Why some of standard output was lost, once the rest is flushed; `nil` when all of it was written.
    static func lostOutput() -> FileFailure? {
        let flushed = fflush(stdout) == 0
        let code = errno
        guard !flushed || ferror(stdout) != 0 else { return nil }
        return flushed ? .inputOutput : FileFailure(code: code)
    }
}

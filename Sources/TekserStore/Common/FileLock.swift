import Foundation
import TekserCore

/// An exclusive advisory lock (`flock`) on a small file of its own, for work that two processes
/// must not do at once, such as creating one new database.
///
/// The lock has its own file rather than the database's: SQLite's POSIX locks are per process,
/// and closing any descriptor of the database file would silently drop them.
package enum FileLock {
    /// Runs `body` while holding the lock on `url`, waiting for another holder to finish.
    /// The file is created (mode 0600) and kept: removing it would let a waiting process and a
    /// new one each lock a different file.
    package static func withExclusiveLock<T, E: Error>(on url: URL, _ body: () throws(E) -> T) throws(FileLockError) -> Result<T, E> {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileLockError(path: url, reason: .current) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileLockError(path: url, reason: .current) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return Result { () throws(E) -> T in try body() }
    }
}

/// The lock file cannot be opened or locked.
package struct FileLockError: Error {
    package let path: String
    package let reason: FileFailure

    /// `reason` is taken (from `errno`) before the path is spelled out, which could change it.
    init(path url: URL, reason: FileFailure) {
        self.path = url.path
        self.reason = reason
    }
}

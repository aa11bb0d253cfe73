import Crypto
import Foundation
import TekserCore

/// The secret behind the keyed hashes of IINs: without it, a copy of the journal cannot be
/// searched for a known IIN by hashing every possible number (there are only about 10⁹).
///
/// A team shares one key file among its desks; the team's server keeps only its fingerprint.
package struct IdentifierKey: Sendable {
    /// Raw bytes: swift-crypto's `SymmetricKey` is not `Sendable` on Linux.
    let bytes: [UInt8]
    package let url: URL

    /// `<journal>.key`, beside the journal so that both are backed up and moved together.
    static func url(besideJournal journal: URL) -> URL {
        journal.appendingPathExtension("key")
    }

    /// Reads the key, or creates one (mode 0600) on first use. Creation goes through a private
    /// temporary file and `link`, so two processes starting together end up with the same key.
    static func loadOrCreate(besideJournal journal: URL) throws(JournalError) -> IdentifierKey {
        try loadOrCreate(at: url(besideJournal: journal))
    }

    /// Reads the key at `url`, creating it first when there is none.
    package static func loadOrCreate(at url: URL) throws(JournalError) -> IdentifierKey {
        if !FileManager.default.fileExists(atPath: url.path) {
            do {
                try PrivateFiles.createFolder(url.deletingLastPathComponent())
            } catch {
                throw .keyUnusable(path: url.path, reason: FileFailure(error))
            }
            try create(at: url)
        }
        return try load(at: url)
    }

    /// Reads the key at `url`, which must exist: a team's key is copied, never made anew.
    package static func load(at url: URL) throws(JournalError) -> IdentifierKey {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .keyUnusable(path: url.path, reason: FileFailure(error))
        }
        guard data.count == byteCount else {
            throw .keyUnusable(path: url.path, reason: .wrongSize(bytes: data.count, expected: byteCount))
        }
        chmod(url.path, 0o600)
        return IdentifierKey(bytes: [UInt8](data), url: url)
    }

    private static func create(at url: URL) throws(JournalError) {
        let temporary = url.path + ".\(getpid()).tmp"
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw .keyUnusable(path: url.path, reason: .current) }
        defer { unlink(temporary) }
        // Each call's cause is taken at once, before `close` may change `errno`.
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        var failure: FileFailure? = written < 0 ? .current : written < bytes.count ? .noSpace : nil
        if failure == nil, fsync(descriptor) != 0 { failure = .current }
        close(descriptor)
        if let failure { throw .keyUnusable(path: url.path, reason: failure) }
        if link(temporary, url.path) != 0 && errno != EEXIST {
            throw .keyUnusable(path: url.path, reason: .current)
        }
    }

    static let byteCount = 32

    /// The hex HMAC-SHA256 of a text under this key.
    func hash(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: bytes)).map { String(format: "%02x", $0) }.joined()
    }

    /// How the journal counts repeats of one subject: a BIN as itself, an IIN by its keyed hash.
    package func subjectKey(for identifier: Identifier) -> String {
        identifier.kind == .iin ? "iin:" + hash(identifier.digits) : identifier.digits
    }

    /// Stored in the journal at first open; a different key later means every IIN hash would
    /// silently stop matching, so open refuses instead.
    package var fingerprint: String { String(hash("tekser journal key fingerprint").prefix(16)) }
}

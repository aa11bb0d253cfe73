import _CryptoExtras
import Crypto
import Foundation

/// The operator's kiosk PIN, kept only as a salted PBKDF2-SHA256 hash.
public struct PINHash: Sendable, Equatable, Codable {
    public let salt: String
    public let rounds: Int
    public let hash: String

    /// The minimum swift-crypto accepts for PBKDF2 (OWASP's figure for SHA-256).
    public static let defaultRounds = 210_000

    /// Hashes a new PIN with a fresh random salt.
    public init(pin: String, rounds: Int = PINHash.defaultRounds) throws {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { Data($0) }
        self.salt = salt.base64EncodedString()
        self.rounds = rounds
        hash = try Self.derive(pin, salt: salt, rounds: rounds).base64EncodedString()
    }

    /// Whether `pin` is the PIN this hash was made from (compared in constant time).
    public func matches(_ pin: String) -> Bool {
        guard let salt = Data(base64Encoded: salt), let expected = Data(base64Encoded: hash),
              let derived = try? Self.derive(pin, salt: salt, rounds: rounds), derived.count == expected.count else { return false }
        return zip(derived, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ pin: String, salt: Data, rounds: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: 32, rounds: rounds)
        return key.withUnsafeBytes { Data($0) }
    }
}

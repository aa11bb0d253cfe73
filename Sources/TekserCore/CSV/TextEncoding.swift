/// The encodings registry exports come in: UTF-8 from current systems, code page 1251
/// from older Russian-language ones, and KZ-1048 where Kazakh letters had to fit one byte.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case cp1251
    case kz1048

    /// `text` in this encoding, or `nil` when a character has no byte in it (a Kazakh letter in 1251).
    public func encode(_ text: String) -> [UInt8]? {
        guard let codePage else { return Array(text.utf8) }
        var result: [UInt8] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let byte = codePage.byte(for: scalar) else { return nil }
            result.append(byte)
        }
        return result
    }

    /// The single-byte table behind this encoding, or `nil` for UTF-8.
    var codePage: SingleByteCodePage? {
        switch self {
        case .utf8: nil
        case .cp1251: .cp1251
        case .kz1048: .kz1048
        }
    }

    /// A byte-order mark or valid UTF-8 means UTF-8; otherwise KZ-1048 when its Kazakh letters
    /// are frequent enough to be Kazakh words, else code page 1251.
    ///
    /// Only the 16 bytes where the two code pages differ can tell them apart. In Russian text
    /// they never occur (they are Serbian, Macedonian, Ukrainian letters in 1251), while the
    /// eight Kazakh letters on them make roughly a tenth of Kazakh text; ukrainian є ї ґ stay
    /// near 1 %. So KZ-1048 wins when those bytes are at least 1/40 of all Cyrillic letters.
    static func detect(_ raw: UnsafeBufferPointer<UInt8>) -> TextEncoding {
        if raw.starts(with: utf8ByteOrderMark) || UTF8Validation.isValid(raw) { return .utf8 }
        var kazakh = 0
        var cyrillic = 0
        SingleByteCodePage.isKazakhByte.withUnsafeBufferPointer { isKazakh in
            for byte in raw {
                cyrillic &+= byte >= 0xC0 ? 1 : 0
                kazakh &+= isKazakh[Int(byte)] ? 1 : 0
            }
        }
        return kazakh > 0 && kazakh * 40 >= kazakh + cyrillic ? .kz1048 : .cp1251
    }

    static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

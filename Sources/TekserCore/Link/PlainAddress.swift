/// An address simple enough to take apart without Foundation: `http://` or `https://` (any case)
/// or no scheme, a host of dot-separated labels of ASCII letters, digits and inner hyphens, and
/// a path of unreserved characters (`A–Z a–z 0–9 . _ ~ -`) with no query, fragment, port or `%`.
/// Registry files are full of such links, and `URLComponents` costs ~10 µs each: parsed this
/// way, they give exactly what `URLComponents` would (a test compares both on every shape).
struct PlainAddress: Equatable {
    /// Lower-cased.
    let host: String
    /// Non-empty segments, lower-cased.
    let path: [String]

    init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        for scheme in ["https://", "http://"] where bytes.count > scheme.utf8.count
            && zip(bytes, scheme.utf8).allSatisfy({ Self.lower($0) == $1 }) {
            bytes = bytes.dropFirst(scheme.utf8.count)
            break
        }
        let hostEnd = bytes.firstIndex(of: UInt8(ascii: "/")) ?? bytes.endIndex
        let hostBytes = bytes[..<hostEnd]
        let labels = hostBytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ label in
            !label.isEmpty && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
                && label.allSatisfy { Self.isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
        }) else { return nil }
        let pathBytes = bytes[hostEnd...]
        guard pathBytes.allSatisfy({ Self.isAlphanumeric($0) || Self.unreservedMarks.contains($0) || $0 == UInt8(ascii: "/") }) else { return nil }
        host = String(decoding: hostBytes.map(Self.lower), as: UTF8.self)
        path = pathBytes.split(separator: UInt8(ascii: "/")).map { String(decoding: $0.map(Self.lower), as: UTF8.self) }
    }

    private static let unreservedMarks: [UInt8] = Array("._~-".utf8)

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30 ... 0x39).contains(byte) || (0x41 ... 0x5A).contains(byte) || (0x61 ... 0x7A).contains(byte)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41 ... 0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

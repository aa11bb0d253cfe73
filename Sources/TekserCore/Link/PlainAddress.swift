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
        var text = text
        guard let (host, path) = text.withUTF8(Self.parts) else { return nil }
        (self.host, self.path) = (host, path)
    }

    /// Host and path of a plain address, in one pass over its bytes.
    private static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, [String])? {
        var start = 0
        for scheme in [Self.https, Self.http] where bytes.count > scheme.count
            && zip(bytes, scheme).allSatisfy({ lower($0) == $1 }) {
            start = scheme.count
            break
        }
        var hostEnd = start, labelStart = start, labels = 0
        while hostEnd < bytes.count, bytes[hostEnd] != UInt8(ascii: "/") {
            let byte = bytes[hostEnd]
            if byte == UInt8(ascii: ".") {
                guard isLabel(bytes, labelStart ..< hostEnd) else { return nil }
                labels += 1
                labelStart = hostEnd + 1
            } else if !isAlphanumeric(byte) && byte != UInt8(ascii: "-") {
                return nil
            }
            hostEnd += 1
        }
        guard isLabel(bytes, labelStart ..< hostEnd), labels >= 1 else { return nil }
        let pathBytes = UnsafeBufferPointer(rebasing: bytes[hostEnd...])
        guard pathBytes.allSatisfy({ isAlphanumeric($0) || unreservedMarks.contains($0) || $0 == UInt8(ascii: "/") }) else { return nil }
        return (lowered(UnsafeBufferPointer(rebasing: bytes[start ..< hostEnd])),
                pathBytes.split(separator: UInt8(ascii: "/")).map { lowered(UnsafeBufferPointer(rebasing: $0)) })
    }

    private static let https = Array("https://".utf8), http = Array("http://".utf8)

    /// A host label: not empty, no hyphen at either end (its bytes are checked as the host is read).
    private static func isLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && bytes[range.lowerBound] != UInt8(ascii: "-") && bytes[range.upperBound - 1] != UInt8(ascii: "-")
    }

    private static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for (k, byte) in bytes.enumerated() { out[k] = lower(byte) }
            return bytes.count
        }
    }

    private static let unreservedMarks: [UInt8] = Array("._~-".utf8)

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30 ... 0x39).contains(byte) || (0x41 ... 0x5A).contains(byte) || (0x61 ... 0x7A).contains(byte)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (0x41 ... 0x5A).contains(byte) ? byte + 0x20 : byte
    }
}

/// The two encodings the registries come in. Code page 1251 is encoded by a table of the
/// characters the data uses, so a Kazakh letter that slipped in is an error, not a `?`.
enum TextEncoding: Sendable {
    case utf8
    case cp1251

    func append(_ text: String, to bytes: inout [UInt8]) throws(DemoDataError) {
        switch self {
        case .utf8:
            bytes.append(contentsOf: text.utf8)
        case .cp1251:
            for scalar in text.unicodeScalars {
                guard let byte = Self.cp1251Byte(scalar) else {
                    throw .unencodable(character: String(scalar), encoding: "cp1251")
                }
                bytes.append(byte)
            }
        }
    }

    /// ASCII, the Russian alphabet and the punctuation registries use.
    static func cp1251Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0..<0x80: UInt8(scalar.value)
        case 0x410...0x44F: UInt8(scalar.value - 0x410 + 0xC0)
        case 0x401: 0xA8  // Ё
        case 0x451: 0xB8  // ё
        case 0x2116: 0xB9  // №
        case 0xAB: 0xAB  // «
        case 0xBB: 0xBB  // »
        case 0x2013: 0x96  // –
        case 0x2014: 0x97  // —
        default: nil
        }
    }
}

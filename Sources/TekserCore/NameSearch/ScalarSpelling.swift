/// The ASCII spelling of one letter of a name (Cyrillic, Kazakh, Latin with diacritics),
/// the first step of folding; `nil` for anything that separates words.
enum ScalarSpelling {
    static func ascii(_ scalar: Unicode.Scalar) -> [UInt8]? {
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x61...0x7A: return [UInt8(v)]
        case 0x41...0x5A: return [UInt8(v + 0x20)]
        case 0x0410...0x042F: return cyrillic[Int(v - 0x0410)]
        case 0x0430...0x044F: return cyrillic[Int(v - 0x0430)]
        case 0x00C0...0x00DE where v != 0x00D7: return latin1[Int(v - 0x00C0)]
        case 0x00DF: return [0x73, 0x73]
        case 0x00E0...0x00FF where v != 0x00F7: return latin1[Int(v - 0x00E0)]
        default: return extra[v]
        }
    }

    /// Appends the ASCII spelling of `scalar` to `word`; false for anything that separates words.
    static func appendASCII(of scalar: Unicode.Scalar, to word: inout [UInt8]) -> Bool {
        let entry = table.withUnsafeBufferPointer { spelling(of: scalar.value, in: $0) }
        guard entry != notALetter else { return false }
        if entry & 0xFF != 0 { word.append(UInt8(entry & 0xFF)) }
        if entry >> 8 != 0 { word.append(UInt8(entry >> 8)) }
        return true
    }

    /// The spelling of the scalar `value` packed in a word (first letter in the low byte, none,
    /// one or two letters; ъ and ь are letters spelled as nothing), or `notALetter`. Every
    /// letter lies below U+0500 (the `extra` ones too), so one flat table answers for all.
    @inline(__always) static func spelling(of value: UInt32, in table: UnsafeBufferPointer<UInt32>) -> UInt32 {
        value < tableEnd ? table[Int(value)] : notALetter
    }

    static let notALetter: UInt32 = .max
    private static let tableEnd: UInt32 = 0x0500

    /// `ascii` of every scalar below U+0500, for `spelling(of:in:)`: callers that fold millions of
    /// names take the buffer once per name (`withUnsafeBufferPointer`), not a lazy global per letter.
    static let table: [UInt32] = (0 ..< tableEnd).map { value in
        guard let spelled = Unicode.Scalar(value).flatMap(ascii) else { return notALetter }
        precondition(spelled.count <= 2, "a table entry holds two letters")
        return spelled.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * $1.offset) }
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.properties.isUppercase ? scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar : scalar
    }

    /// ' ’ ʼ ` inside a word ("Qazaq'stan", the 2017 Latin's a') join rather than split.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "`"
    }

    private static func s(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// а … я.
    private static let cyrillic: [[UInt8]] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "y", "", "e", "yu", "ya",
    ].map(s)

    /// à … þ (lower-case block; upper-case letters sit 0x20 below).
    private static let latin1: [[UInt8]?] = [
        "a", "a", "a", "a", "a", "a", "ae", "ch", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", "th", "y",
    ].map { $0.map(s) }

    /// Kazakh and other Cyrillic letters outside а … я, and the official Latin's ğ ı İ ş ū.
    private static let extra: [UInt32: [UInt8]] = [
        0x04D8: "a", 0x04D9: "a", 0x0492: "g", 0x0493: "g", 0x049A: "k", 0x049B: "k",
        0x04A2: "n", 0x04A3: "n", 0x04E8: "o", 0x04E9: "o", 0x04B0: "u", 0x04B1: "u",
        0x04AE: "u", 0x04AF: "u", 0x04BA: "h", 0x04BB: "h", 0x0406: "i", 0x0456: "i",
        0x0401: "e", 0x0451: "e", 0x0404: "ye", 0x0454: "ye", 0x0407: "yi", 0x0457: "yi",
        0x0490: "g", 0x0491: "g", 0x040E: "u", 0x045E: "u",
        0x011E: "g", 0x011F: "g", 0x0130: "i", 0x0131: "i", 0x015E: "sh", 0x015F: "sh",
        0x016A: "u", 0x016B: "u", 0x0100: "a", 0x0101: "a", 0x0112: "e", 0x0113: "e",
        0x012A: "i", 0x012B: "i", 0x014C: "o", 0x014D: "o", 0x0106: "c", 0x0107: "c",
        0x010C: "ch", 0x010D: "ch", 0x0160: "sh", 0x0161: "sh", 0x017D: "zh", 0x017E: "zh",
    ].mapValues(s)
}

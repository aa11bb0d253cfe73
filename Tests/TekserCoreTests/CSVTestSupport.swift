@testable import TekserCore

/// Shared helpers for the CSV tests: parse text and read records back as strings.
enum CSVTestSupport {
    static func parse(_ text: String, encoding: TextEncoding? = nil, delimiter: Character? = nil) -> CSVDocument {
        CSVDocument.parse(Array(text.utf8), encoding: encoding, delimiter: delimiter?.asciiValue)
    }

    static func rows(_ document: CSVDocument) -> [[String]] {
        (0..<document.recordCount).map { record in
            document.fields(ofRecord: record).map(document.string)
        }
    }

    static func lines(_ document: CSVDocument) -> [Int] {
        (0..<document.recordCount).map(document.line(ofRecord:))
    }

    /// The 128 characters of bytes 0x80…0xFF, as Python's `bytes(range(128, 256)).decode(name,
    /// errors="replace")` prints them: an independent source for the code page tables.
    static let cp1251UpperHalf = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u{FFFD}™љ›њќћџ\u{A0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{AD}®Ї°±Ііґµ¶·ё№є»јЅѕї"
        + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"
    static let kz1048UpperHalf = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊҚҺЏђ‘’“”•–—\u{FFFD}™љ›њқһџ\u{A0}ҰұӘ¤Ө¦§Ё©Ғ«¬\u{AD}®Ү°±Ііөµ¶·ё№ғ»әҢңү"
        + "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"

    /// Encodes text in a single-byte code page given by its upper half (ASCII stays as it is).
    static func encode(_ text: String, upperHalf: String) -> [UInt8] {
        let table = Array(upperHalf.unicodeScalars)
        return text.unicodeScalars.map { scalar in
            if scalar.isASCII { return UInt8(scalar.value) }
            guard let index = table.firstIndex(of: scalar) else { fatalError("\(scalar) is not in the code page") }
            return UInt8(0x80 + index)
        }
    }
}

/// A small reproducible generator (SplitMix64), so random inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

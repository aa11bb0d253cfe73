/// A single-byte Cyrillic code page as a lookup table to UTF-8, so a whole file is
/// transcoded once, up front, and the parser only ever sees UTF-8.
struct SingleByteCodePage: Sendable {
    /// The UTF-8 bytes of each of the 256 characters, packed little-endian, and their count:
    /// one table entry per byte, ASCII included, so the loops need no branch.
    private let packed: [UInt32]
    private let lengths: [Int]
    /// Code point → byte, for writing files in this code page.
    private let bytes: [UInt32: UInt8]

    init(upperHalf codePoints: [Int]) {
        precondition(codePoints.count == 128, "a code page maps the 128 bytes 0x80…0xFF")
        var bytes: [UInt32: UInt8] = [:]
        for (offset, codePoint) in codePoints.enumerated() where codePoint != 0xFFFD { bytes[UInt32(codePoint)] = UInt8(0x80 + offset) }
        self.bytes = bytes
        let utf8 = (Array(0..<0x80) + codePoints).map { Array(String(Unicode.Scalar(UInt32($0)) ?? "\u{FFFD}").utf8) }
        packed = utf8.map { $0.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
        lengths = utf8.map(\.count)
    }

    /// Windows-1251 (0x98 is unassigned and becomes U+FFFD). 0xC0…0xFF are А…я in order.
    static let cp1251CodePoints: [Int] =
        [0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,  // 0x80
         0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,  // 0x88
         0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 0x90
         0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,  // 0x98
         0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,  // 0xA0
         0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,  // 0xA8
         0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,  // 0xB0
         0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457]  // 0xB8
        + Array(0x0410...0x044F)

    /// The bytes where KZ-1048 (STRK1048-2002) differs from 1251, and the Kazakh letters it puts there.
    static let kazakhLetters: [UInt8: Int] = [
        0x8D: 0x049A, 0x8E: 0x04BA, 0x9D: 0x049B, 0x9E: 0x04BB,  // Қ Һ қ һ
        0xA1: 0x04B0, 0xA2: 0x04B1, 0xA3: 0x04D8, 0xA5: 0x04E8,  // Ұ ұ Ә Ө
        0xAA: 0x0492, 0xAF: 0x04AE, 0xB4: 0x04E9, 0xBA: 0x0493,  // Ғ Ү ө ғ
        0xBC: 0x04D9, 0xBD: 0x04A2, 0xBE: 0x04A3, 0xBF: 0x04AF,  // ә Ң ң ү
    ]
    static let isKazakhByte: [Bool] = (0...255).map { kazakhLetters[UInt8($0)] != nil }

    static let cp1251 = SingleByteCodePage(upperHalf: cp1251CodePoints)
    static let kz1048 = SingleByteCodePage(upperHalf: cp1251CodePoints.enumerated().map { offset, codePoint in
        kazakhLetters[UInt8(0x80 + offset)] ?? codePoint
    })

    /// The byte for a character, or `nil` when this code page has no such character.
    func byte(for scalar: Unicode.Scalar) -> UInt8? {
        scalar.value < 0x80 ? UInt8(scalar.value) : bytes[scalar.value]
    }

    /// The UTF-8 size of `raw` once transcoded.
    func utf8Count(of raw: UnsafeBufferPointer<UInt8>) -> Int {
        lengths.withUnsafeBufferPointer { lengths in
            var count = 0
            for byte in raw { count &+= lengths[Int(byte)] }
            return count
        }
    }

    /// `raw` in UTF-8; `utf8Count` must be `utf8Count(of: raw)`.
    func transcode(_ raw: UnsafeBufferPointer<UInt8>, utf8Count: Int) -> [UInt8] {
        // Three spare bytes let every character be stored as one 4-byte word.
        [UInt8](unsafeUninitializedCapacity: utf8Count + 3) { buffer, initialized in
            guard let out = UnsafeMutableRawPointer(buffer.baseAddress) else { return }
            var o = 0
            packed.withUnsafeBufferPointer { packed in
                lengths.withUnsafeBufferPointer { lengths in
                    for byte in raw {
                        out.storeBytes(of: packed[Int(byte)].littleEndian, toByteOffset: o, as: UInt32.self)
                        o &+= lengths[Int(byte)]
                    }
                }
            }
            initialized = o
        }
    }
}

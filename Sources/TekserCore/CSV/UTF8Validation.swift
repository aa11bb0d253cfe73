/// A strict UTF-8 check (no overlong forms, no surrogates, nothing above U+10FFFF), fast on
/// ASCII and two-byte text such as Cyrillic, so that detection costs little on large registries.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var i = 0
        var openLead: UInt64 = 0  // 0x80 when the previous word ended with a two-byte lead
        while i &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let bit7 = word & SWAR.highBits
            if bit7 | openLead == 0 {
                i &+= 8
                continue
            }
            let bit6 = (word << 1) & SWAR.highBits
            let bit5 = (word << 2) & SWAR.highBits
            if bit7 & bit6 & bit5 == 0 {
                // Only ASCII, continuations and two-byte leads: every lead must be followed by
                // a continuation and every continuation preceded by a lead, none of them C0 or C1.
                let leads = bit7 & bit6
                let continuations = bit7 & ~bit6
                guard continuations == (leads << 8) | openLead,
                      SWAR.zeroBytes(exact: word & 0x1E1E_1E1E_1E1E_1E1E) & leads == 0 else { return false }
                openLead = leads >> 56
                i &+= 8
            } else {
                var j = openLead == 0 ? i : i &- 1
                openLead = 0
                while j < i &+ 8 {
                    guard let next = sequenceEnd(base, count, j) else { return false }
                    j = next
                }
                i = j
            }
        }
        if openLead != 0 { i &-= 1 }
        while i < count {
            guard let next = sequenceEnd(base, count, i) else { return false }
            i = next
        }
        return true
    }

    /// Where the character starting at `i` ends, or `nil` if it is not valid UTF-8.
    private static func sequenceEnd(_ base: UnsafePointer<UInt8>, _ count: Int, _ i: Int) -> Int? {
        let lead = base[i]
        guard lead >= 0x80 else { return i &+ 1 }
        guard let (length, low, high) = sequence(startingWith: lead), i &+ length <= count else { return nil }
        let second = base[i &+ 1]
        guard second >= low, second <= high else { return nil }
        for k in 2..<length where base[i &+ k] & 0xC0 != 0x80 { return nil }
        return i &+ length
    }

    /// The length of a sequence with this lead byte and the range its second byte must lie in.
    private static func sequence(startingWith lead: UInt8) -> (Int, UInt8, UInt8)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: nil
        }
    }
}

/// Byte-parallel tests on eight bytes at once (little-endian words: byte 0 is the lowest).
enum SWAR {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x0101_0101_0101_0101

    @inline(__always)
    static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* lowBits }

    /// Bit 7 set in each zero byte; bytes above the first zero may be reported falsely,
    /// so only the lowest set bit is to be trusted.
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 { (x &- lowBits) & ~x & highBits }

    /// Bit 7 set in exactly the zero bytes.
    @inline(__always)
    static func zeroBytes(exact x: UInt64) -> UInt64 {
        ~(((x & ~highBits) &+ ~highBits) | x) & highBits
    }

    /// The index of the first byte of `word` equal to one of three broadcast bytes, or 8.
    @inline(__always)
    static func firstIndex(in word: UInt64, of a: UInt64, _ b: UInt64, _ c: UInt64) -> Int {
        let found = zeroBytes(word ^ a) | zeroBytes(word ^ b) | zeroBytes(word ^ c)
        return found.trailingZeroBitCount >> 3
    }
}

/// `NameFolding.words` on a name's UTF-8 bytes, with buffers reused from one name to the next:
/// indexing millions of names spent most of its time making a `String`, a `[[UInt8]]` and a
/// `Set` lookup per name. The answers are the same (a test compares both on every shipped name
/// and on generated ones).
struct ByteFolding {
    /// The current name's ASCII spelling, word after word, and where each word ends. The array is
    /// scratch, as long as the longest name folded yet (a name spells as at most its UTF-8 length).
    private var ascii: [UInt8] = []
    private var asciiEnds: [Int] = []
    /// The skeletons of the current name's words, and where each ends (scratch like `ascii`:
    /// read it through `wordRange`).
    private(set) var skeletons: [UInt8] = []
    private(set) var skeletonEnds: [Int] = []
    /// Which skeletons are kept: legal forms are dropped unless nothing else is left.
    private(set) var kept: [Int] = []

    /// Folds `name` (UTF-8); afterwards `kept` lists its words, `word(_:)` gives each one's skeleton.
    /// Letters are written through buffer pointers into the scratch arrays: appending to an array
    /// per letter checked its uniqueness and capacity every time.
    mutating func fold(_ name: UnsafeBufferPointer<UInt8>) {
        splitWords(name)
        let room = NameFolding.maxSkeletonLength(asciiEnds.last ?? 0)
        if skeletons.count < room { skeletons = [UInt8](repeating: 0, count: max(room, 2 * skeletons.count)) }
        var ends: [Int] = [], keptWords: [Int] = []
        swap(&ends, &skeletonEnds)
        swap(&keptWords, &kept)
        ends.removeAll(keepingCapacity: true)
        keptWords.removeAll(keepingCapacity: true)
        let wordEnds = asciiEnds
        var anyNonEmpty = false
        ascii.withUnsafeBufferPointer { ascii in
            skeletons.withUnsafeMutableBufferPointer { out in
                var start = 0, written = 0
                for end in wordEnds {
                    let before = written
                    written = NameFolding.writeSkeleton(of: UnsafeBufferPointer(rebasing: ascii[start ..< end]), into: out, at: written)
                    start = end
                    ends.append(written)
                    guard written > before else { continue }
                    anyNonEmpty = true
                    if !LegalForms.contains(UnsafeBufferPointer(rebasing: out[before ..< written])) { keptWords.append(ends.count - 1) }
                }
            }
        }
        swap(&ends, &skeletonEnds)
        swap(&keptWords, &kept)
        if kept.isEmpty && anyNonEmpty {
            kept = skeletonEnds.indices.filter { wordRange($0).count > 0 }
        }
    }

    /// The skeletons of the words kept, as `NameFolding.words` gives them.
    var keptWords: [[UInt8]] { kept.map { Array(skeletons[wordRange($0)]) } }

    /// The skeletons of every word, legal forms and empty ones included.
    var allWords: [[UInt8]] { skeletonEnds.indices.map { Array(skeletons[wordRange($0)]) } }

    /// The byte range of skeleton `word` in `skeletons`.
    func wordRange(_ word: Int) -> Range<Int> {
        (word == 0 ? 0 : skeletonEnds[word - 1]) ..< skeletonEnds[word]
    }

    /// Splits on anything that is not a letter or digit (apostrophes vanish inside words), as
    /// `NameFolding.rawWords` does; a byte that is no valid UTF-8 separates words, as U+FFFD would.
    private mutating func splitWords(_ name: UnsafeBufferPointer<UInt8>) {
        // A scalar of one UTF-8 byte spells as at most one letter, of two as at most two, and
        // none of three or four bytes is a letter (`ScalarSpelling.spelling`).
        if ascii.count < name.count { ascii = [UInt8](repeating: 0, count: max(name.count, 2 * ascii.count)) }
        var ends: [Int] = []
        swap(&ends, &asciiEnds)
        ends.removeAll(keepingCapacity: true)
        ScalarSpelling.table.withUnsafeBufferPointer { table in
            ascii.withUnsafeMutableBufferPointer { out in
                var written = 0, letters = 0, i = 0
                while i < name.count {
                    let (scalar, width) = Self.decode(name, at: i)
                    i += width
                    let entry = scalar.map { ScalarSpelling.spelling(of: $0.value, in: table) } ?? ScalarSpelling.notALetter
                    if entry != ScalarSpelling.notALetter {
                        if entry & 0xFF != 0 {
                            out[written] = UInt8(truncatingIfNeeded: entry)
                            written += 1
                        }
                        if entry >> 8 != 0 {
                            out[written] = UInt8(truncatingIfNeeded: entry >> 8)
                            written += 1
                        }
                        letters += 1
                    } else if !(scalar.map(ScalarSpelling.isApostrophe) ?? false), letters > 0 {
                        ends.append(written)
                        letters = 0
                    }
                }
                if letters > 0 { ends.append(written) }
            }
        }
        swap(&ends, &asciiEnds)
    }

    /// The scalar at `i` and how many bytes it takes; `nil` (one byte) for bytes that are no valid UTF-8.
    @inline(__always) static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar?, Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard width > 0, i + width <= bytes.count, lead < 0xF5 else { return (nil, 1) }
        var value = UInt32(lead) & (0x7F >> width)
        for k in 1 ..< width {
            let next = bytes[i + k]
            guard next & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        let smallest: UInt32 = width == 2 ? 0x80 : width == 3 ? 0x800 : 0x10000
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, width)
    }
}

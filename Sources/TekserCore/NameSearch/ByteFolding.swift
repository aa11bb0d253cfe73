/// `NameFolding.words` on a name's UTF-8 bytes, with buffers reused from one name to the next:
/// indexing millions of names spent most of its time making a `String`, a `[[UInt8]]` and a
/// `Set` lookup per name. The answers are the same (a test compares both on every shipped name
/// and on generated ones).
struct ByteFolding {
    /// The current name's ASCII spelling, word after word, and where each word ends.
    private var ascii: [UInt8] = []
    private var asciiEnds: [Int] = []
    /// The skeletons of the current name's words, and where each ends.
    private(set) var skeletons: [UInt8] = []
    private(set) var skeletonEnds: [Int] = []
    /// Which skeletons are kept: legal forms are dropped unless nothing else is left.
    private(set) var kept: [Int] = []

    init() {
        ascii.reserveCapacity(256)
        skeletons.reserveCapacity(256)
    }

    /// Folds `name` (UTF-8); afterwards `kept` lists its words, `word(_:)` gives each one's skeleton.
    mutating func fold(_ name: UnsafeBufferPointer<UInt8>) {
        splitWords(name)
        skeletons.removeAll(keepingCapacity: true)
        skeletonEnds.removeAll(keepingCapacity: true)
        kept.removeAll(keepingCapacity: true)
        var start = 0
        var anyNonEmpty = false
        for end in asciiEnds {
            let before = skeletons.count
            ascii.withUnsafeBufferPointer { NameFolding.appendSkeleton(of: UnsafeBufferPointer(rebasing: $0[start ..< end]), to: &skeletons) }
            start = end
            skeletonEnds.append(skeletons.count)
            guard skeletons.count > before else { continue }
            anyNonEmpty = true
            if !skeletons.withUnsafeBufferPointer({ LegalForms.contains(UnsafeBufferPointer(rebasing: $0[before...])) }) {
                kept.append(skeletonEnds.count - 1)
            }
        }
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
        ascii.removeAll(keepingCapacity: true)
        asciiEnds.removeAll(keepingCapacity: true)
        var letters = 0
        var i = 0
        while i < name.count {
            let (scalar, width) = Self.decode(name, at: i)
            i += width
            if let scalar, ScalarSpelling.appendASCII(of: scalar, to: &ascii) {
                letters += 1
            } else if !(scalar.map(ScalarSpelling.isApostrophe) ?? false), letters > 0 {
                asciiEnds.append(ascii.count)
                letters = 0
            }
        }
        if letters > 0 { asciiEnds.append(ascii.count) }
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

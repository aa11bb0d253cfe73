import Foundation

extension ImpostorFinder {
    /// A distinctive name shared by more licensees than this tells none of them apart, and makes
    /// no impostor: registers made of a few stock words (or generated ones) would otherwise make
    /// every subject with such a word a clone of thousands of licensees. A family of licensees
    /// under one brand (a bank, its insurer, its broker…) stays well under it.
    static let maxNamesakes = 12

    /// The licensees' distinctive names: each distinct set of distinctive words once, with the
    /// patterns that have it, filed under its rarest word (every word of a name a subject uses
    /// is among the subject's lookup words, so the rarest one finds it, and finds few others).
    struct Catalog {
        var patterns: [Pattern] = []
        var shapes: [(words: Set<[UInt8]>, patterns: [Int])] = []
        var byRarestWord: [[UInt8]: [Int]] = [:]
        /// The patterns of each licensed BIN, for the guard against a licensee's own row.
        var byBIN: [UInt64: [Int]] = [:]

        init(_ patterns: [Pattern]) {
            self.patterns = patterns
            var shapeOf: [Set<[UInt8]>: Int] = [:]
            for (index, pattern) in patterns.enumerated() {
                if let bin = pattern.bin { byBIN[bin, default: []].append(index) }
                if let shape = shapeOf[pattern.words] {
                    shapes[shape].patterns.append(index)
                } else {
                    shapeOf[pattern.words] = shapes.count
                    shapes.append((pattern.words, [index]))
                }
            }
            var frequency: [[UInt8]: Int] = [:]
            for shape in shapes { for word in shape.words { frequency[word, default: 0] += 1 } }
            for (number, shape) in shapes.enumerated() where Set(shape.patterns.compactMap { patterns[$0].bin }).count <= maxNamesakes {
                let rarest = shape.words.min { a, b in
                    frequency[a]! != frequency[b]! ? frequency[a]! < frequency[b]! : a.lexicographicallyPrecedes(b)
                }!
                byRarestWord[rarest, default: []].append(number)
            }
            anchorHashes = Set(byRarestWord.keys.map { Self.anchorHash($0) })
        }

        /// Hashes (`anchorHash`) of the words shapes are filed under.
        var anchorHashes: Set<UInt64> = []

        /// FNV-1a, for looking a word up in `anchorHashes` without making an array of it.
        @inline(__always) static func anchorHash<Word: Sequence<UInt8>>(_ word: Word) -> UInt64 {
            word.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        }

        /// False when the subject cannot use any shape: none of its name's words, nor any word
        /// or part of a word of its links (`ImpostorFinder.parts`), is a word a shape is filed
        /// under. True may still match nothing. Each name or link is folded in `folding` in turn
        /// and read in place: most rows are let go before any word becomes an array. `folding`
        /// is left holding whichever was folded last.
        func mayMatch(name: UnsafeBufferPointer<UInt8>, linkKeys: [(ordinal: Int, key: [UInt8])], _ folding: inout ByteFolding) -> Bool {
            guard !anchorHashes.isEmpty else { return false }
            for (_, key) in linkKeys where DistinctiveWords.fold(key: key[...], into: &folding) {
                if anyAnchor(in: folding, parts: true) { return true }
            }
            folding.fold(name)
            return anyAnchor(in: folding, parts: false)
        }

        /// Whether a word just folded in `folding`, or with `parts` any of its beginnings and
        /// endings of four letters or more, is a word a shape is filed under.
        private func anyAnchor(in folding: ByteFolding, parts: Bool) -> Bool {
            folding.skeletons.withUnsafeBufferPointer { all in
                folding.skeletonEnds.indices.contains { word in
                    let word = all[folding.wordRange(word)]
                    if anchorHashes.contains(Self.anchorHash(word)) { return true }
                    guard parts, word.count > 4 else { return false }
                    return (4 ..< word.count).contains { length in
                        anchorHashes.contains(Self.anchorHash(word.prefix(length))) || anchorHashes.contains(Self.anchorHash(word.suffix(length)))
                    }
                }
            }
        }

        /// The patterns `subject` uses, in pattern order, with how it uses each.
        func matches(_ subject: Subject) -> [(pattern: Int, via: UInt32)] {
            var found: [(Int, UInt32)] = []
            for word in subject.lookupWords {
                for shape in byRarestWord[word] ?? [] {
                    guard let via = subject.uses(shapes[shape].words) else { continue }
                    found += shapes[shape].patterns.map { ($0, via) }
                }
            }
            return found.sorted { $0.0 < $1.0 }
        }
    }

    /// Reads only names, identifiers and links while it searches, on all cores; a row is read
    /// in full only when an answer shows an imitation it takes part in.
    func find() -> ImpostorIndex {
        let catalog = Catalog(patterns())
        let chunks = data.rowChunks(size: 8192) { $0.summary.kind != .licensed }
        let results = ConcurrentResults<[ImitationRef]>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            let (position, rows) = chunks[chunk]
            var folding = ByteFolding()
            results[chunk] = rows.flatMap { imitations(position, row: $0, catalog, &folding) }
        }
        return ImpostorIndex(results.values.flatMap { $0 }, sources: data.sources)
    }

    /// The licensees the subject on `row` imitates: of the patterns it uses, those it copies most
    /// closely, one per BIN; none when it uses its own BIN's name.
    private func imitations(_ position: Int, row: Int, _ catalog: Catalog, _ folding: inout ByteFolding) -> [ImitationRef] {
        let source = data.sources[position]
        let keys = linkKeys.map { $0.keys(ofRow: ImitationRef.ref(source: position, row: row)).map { (Int($0.ordinal), $0.key) } }
            ?? source.links(row: row).enumerated().compactMap { ordinal, written in LinkIndex.key(written).map { (ordinal, $0) } }
        // Most rows use no licensee's name: they are let go before any set of words is made.
        guard source.read(row, { values in values.withBytes(.name, column: 0) { catalog.mayMatch(name: $0, linkKeys: keys, &folding) } }) ?? false else {
            return []
        }
        let links = Subject.linkWords(keys, folding: &folding)
        source.read(row) { values in values.withBytes(.name, column: 0) { folding.fold($0) } }
        let identifier = Self.identifier(source, source.summary.kind == .warning ? .bin : .id, row)
        guard identifier?.kind != .iin else { return [] }
        let subject = Subject(folded: folding, links: links)
        let matched = catalog.matches(subject)
        guard !matched.isEmpty else { return [] }
        // A row with a licensee's own BIN is that licensee listed or prosecuted, not a clone of its namesakes.
        if let number = identifier?.number, let own = catalog.byBIN[number], matched.contains(where: { own.contains($0.pattern) }) { return [] }
        let words = subject.allWords
        let closeness = matched.map { Subject.closeness(of: allWords(of: catalog.patterns[$0.pattern], &folding), to: words) }
        let closest = closeness.max() ?? 0
        var seen = Set<UInt64>()
        var found: [ImitationRef] = []
        for (k, match) in matched.enumerated() where closeness[k] == closest {
            let pattern = catalog.patterns[match.pattern]
            guard let bin = pattern.bin, let at = pattern.row, seen.insert(bin).inserted else { continue }
            found.append(ImitationRef(impostor: ImitationRef.ref(source: position, row: row),
                                      licensee: ImitationRef.ref(source: at.source, row: at.row), via: match.via))
        }
        return found
    }

    /// Every word of a pattern's name, generic ones included, folded again from its row.
    private func allWords(of pattern: Pattern, _ folding: inout ByteFolding) -> Set<[UInt8]> {
        guard let at = pattern.row, let field = pattern.field else { return [] }
        data.sources[at.source].read(at.row) { values in values.withBytes(field, column: 0) { folding.fold($0) } }
        return Set(folding.keptWords)
    }

    /// A pattern for each distinct name (Kazakh, then Russian) of each licensed row with a BIN,
    /// in row order; rows are read in chunks on all cores.
    private func patterns() -> [Pattern] {
        let chunks = data.rowChunks(size: 8192) { $0.summary.kind == .licensed }
        let results = ConcurrentResults<[Pattern]>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            let (position, rows) = chunks[chunk]
            let source = data.sources[position]
            var patterns: [Pattern] = []
            var folding = ByteFolding()
            for row in rows {
                guard let bin = Self.identifier(source, .bin, row) else { continue }
                let russian = source.text(.nameRu, row: row).map { (Field.nameRu, $0) } ?? source.text(.name, row: row).map { (Field.name, $0) }
                let names = [source.text(.nameKk, row: row).map { (Field.nameKk, $0) }, russian].compactMap { $0 }
                for (k, (field, var name)) in names.enumerated() where !names[..<k].contains(where: { $0.1 == name }) {
                    name.withUTF8 { folding.fold($0) }
                    guard var pattern = Pattern(folded: folding) else { continue }
                    (pattern.bin, pattern.row, pattern.field) = (bin.number, (position, row), field)
                    patterns.append(pattern)
                }
            }
            results[chunk] = patterns
        }
        return results.values.flatMap { $0 }
    }
}

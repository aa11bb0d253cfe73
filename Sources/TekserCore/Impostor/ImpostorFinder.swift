/// Finds clone firms among a data set's rows: a warning-list or criminal-case subject whose
/// name holds every distinctive word of a licensee's name (in either of its languages), or whose
/// website or account is built from them, under another BIN or none.
///
/// Why whole words for names and glued words only for links: a name is written in words, while an
/// address glues them ("halykinvest.kz"); a glued word counts only when what it is glued to is
/// generic, so "kaspianoil" does not become Kaspi. Persons (rows with an IIN) are never
/// impostors: a private person is no clone of a bank.
struct ImpostorFinder {
    let data: DataSet
    /// The link index's keys of every listed link, when it was just built; else each link is parsed here.
    var linkKeys: LinkIndex.RowKeys?

    /// A licensee's distinctive words in one of its languages. All its words are folded again from
    /// its row (`allWords(of:)`) only for the few patterns a subject uses.
    struct Pattern {
        let words: Set<[UInt8]>
        /// The licensee's BIN, its row (source position, loaded row) and the name's field; `nil` in explanations.
        var bin: UInt64?
        var row: (source: Int, row: Int)?
        var field: Field?

        /// `nil` when the name has nothing distinctive enough (fewer than four letters of it).
        init?(name: String) {
            var folding = ByteFolding()
            var name = name
            name.withUTF8 { folding.fold($0) }
            self.init(folded: folding)
        }

        /// From a name just folded (`ByteFolding.fold`).
        init?(folded: ByteFolding) {
            words = DistinctiveWords.of(folded: folded)
            guard words.reduce(0, { $0 + $1.count }) >= 4 else { return nil }
        }
    }

    /// A subject's distinctive words: of its name, and of each of its links.
    struct Subject {
        let name: Set<[UInt8]>
        /// Its name's words, generic ones included.
        let nameWords: [[UInt8]]
        let links: [(ordinal: Int, words: [[UInt8]], allWords: [[UInt8]])]

        init(name: String, links: [String]) {
            var folding = ByteFolding()
            var name = name
            name.withUTF8 { folding.fold($0) }
            let keys = links.enumerated().compactMap { ordinal, written in LinkIndex.key(written).map { (ordinal, $0) } }
            self.init(folded: folding, links: Self.linkWords(keys, folding: &folding))
        }

        /// From its name just folded (`ByteFolding.fold`), and every word of each of its links (`linkWords`).
        init(folded: ByteFolding, links: [(ordinal: Int, allWords: [[UInt8]])]) {
            name = DistinctiveWords.of(folded: folded)
            nameWords = folded.keptWords
            self.links = links.map { ($0.ordinal, $0.allWords.filter(DistinctiveWords.isDistinctive), $0.allWords) }
        }

        /// Every word of each link, from the links' index keys (`LinkIndex.key`) with which of
        /// the row's links each is; keys of no use (a bare `@handle`) are left out.
        static func linkWords(_ keys: [(ordinal: Int, key: [UInt8])], folding: inout ByteFolding) -> [(ordinal: Int, allWords: [[UInt8]])] {
            keys.compactMap { ordinal, key in DistinctiveWords.allWords(ofKey: key[...], folding: &folding).map { (ordinal, $0) } }
        }

        /// How the subject uses a licensee's distinctive `words`, if it does: 0 in its name,
        /// `k + 1` in its `k`-th link (`ImitationRef.via`).
        func uses(_ words: Set<[UInt8]>) -> UInt32? {
            if words.isSubset(of: name) { return 0 }
            let link = links.first { link in words.allSatisfy { word in link.words.contains { ImpostorFinder.holds($0, word) } } }
            return link.map { UInt32($0.ordinal + 1) }
        }

        /// Every word of its name and links, generic ones included (see `closeness`).
        var allWords: Set<[UInt8]> { Set(nameWords).union(links.flatMap(\.allWords)) }

        /// How many of a licensee's words, generic ones included, the subject repeats (`allWords`):
        /// several licensees may share a distinctive word, and a clone copies one of them most closely.
        static func closeness(of licenseeWords: Set<[UInt8]>, to allWords: Set<[UInt8]>) -> Int {
            licenseeWords.reduce(0) { $0 + (allWords.contains($1) ? 1 : 0) }
        }

        /// Every word a pattern could be looked up by.
        var lookupWords: Set<[UInt8]> { name.union(links.flatMap(\.words).flatMap(ImpostorFinder.parts)) }
    }

    /// Whether a subject named `name` with `links` uses the licensed name `licensee` (for tests and explanations).
    static func via(licensee: String, name: String, links: [String] = []) -> Imitation.Via? {
        Pattern(name: licensee).flatMap { Subject(name: name, links: links).uses($0.words) }.map { $0 == 0 ? .name : .link(links[Int($0) - 1]) }
    }

    static func identifier(_ source: RegistrySource, _ field: Field, _ row: Int) -> Identifier? {
        // Twelve digits as written, the usual case, need no parsing of typed text.
        if let number = source.read(row, { $0.withBytes(field, column: 0) { Identifier.number(fromASCII: $0) } }) ?? nil {
            return try? Identifier(number: number)
        }
        return source.text(field, row: row).flatMap { try? IdentifierParser.parse($0).get() }
    }

    /// The word itself and each of its beginnings and endings of four letters or more: the
    /// distinctive words a glued address may start or end with.
    static func parts(of word: [UInt8]) -> Set<[UInt8]> {
        var parts: Set<[UInt8]> = [word]
        guard word.count > 4 else { return parts }
        for length in 4 ..< word.count {
            parts.insert(Array(word.prefix(length)))
            parts.insert(Array(word.suffix(length)))
        }
        return parts
    }

    /// A link word holds a distinctive word: equal, or the word glued to generic words only
    /// ("halykinvest", "demoaktolkinbank"), never to something else ("kaspianoil" is no Kaspi).
    static func holds(_ linkWord: [UInt8], _ word: [UInt8]) -> Bool {
        if linkWord == word { return true }
        guard word.count >= 4, linkWord.count > word.count else { return false }
        if linkWord.starts(with: word), DistinctiveWords.isGenericGlue(linkWord.dropFirst(word.count)) { return true }
        if linkWord.reversed().starts(with: word.reversed()), DistinctiveWords.isGenericGlue(linkWord.dropLast(word.count)) { return true }
        return false
    }
}

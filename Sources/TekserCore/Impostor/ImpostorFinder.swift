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

    /// A licensee's distinctive words in one of its languages, and all its words.
    struct Pattern {
        let entity: LicensedEntity?
        let words: Set<[UInt8]>
        let allWords: Set<[UInt8]>

        /// `nil` when the name has nothing distinctive enough (fewer than four letters of it).
        init?(name: String, entity: LicensedEntity?) {
            words = DistinctiveWords.of(name: name)
            guard words.reduce(0, { $0 + $1.count }) >= 4 else { return nil }
            allWords = Set(NameFolding.words(name))
            self.entity = entity
        }
    }

    /// A subject's distinctive words: of its name, and of each of its links.
    struct Subject {
        let nameText: String
        let name: Set<[UInt8]>
        let links: [(written: String, words: [[UInt8]], allWords: [[UInt8]])]

        init(name: String, links: [String]) {
            nameText = name
            self.name = DistinctiveWords.of(name: name)
            self.links = links.compactMap { written in
                guard case .success(let link) = LinkParser.parse(written) else { return nil }
                return (written, DistinctiveWords.of(link: link), DistinctiveWords.allWords(of: link))
            }
        }

        /// How the subject uses the pattern's name, if it does.
        func uses(_ pattern: Pattern) -> Imitation.Via? {
            if pattern.words.isSubset(of: name) { return .name }
            let link = links.first { link in pattern.words.allSatisfy { word in link.words.contains { ImpostorFinder.holds($0, word) } } }
            return link.map { .link($0.written) }
        }

        /// How many of a licensee's words, generic ones included, the subject repeats: several
        /// licensees may share a distinctive word, and a clone copies one of them most closely.
        func closeness(to pattern: Pattern) -> Int {
            let words = Set(NameFolding.words(nameText)).union(links.flatMap(\.allWords))
            return pattern.allWords.intersection(words).count
        }

        /// Every word a pattern could be looked up by.
        var lookupWords: Set<[UInt8]> { name.union(links.flatMap(\.words).flatMap(ImpostorFinder.parts)) }
    }

    /// Whether a subject named `name` with `links` uses the licensed name `licensee` (for tests and explanations).
    static func via(licensee: String, name: String, links: [String] = []) -> Imitation.Via? {
        Pattern(name: licensee, entity: nil).flatMap { Subject(name: name, links: links).uses($0) }
    }

    func find() -> ImpostorIndex {
        var patterns: [Pattern] = []
        var byWord: [[UInt8]: [Int]] = [:]
        for source in data.sources where source.summary.kind == .licensed {
            for row in 0 ..< source.rowCount {
                guard case .licensed(let entity) = source.evidence(row: row).details else { continue }
                for name in Set([entity.nameKk, entity.nameRu].compactMap { $0 }) {
                    guard let pattern = Pattern(name: name, entity: entity) else { continue }
                    for word in pattern.words { byWord[word, default: []].append(patterns.count) }
                    patterns.append(pattern)
                }
            }
        }
        var found: [Imitation] = []
        for source in data.sources where source.summary.kind != .licensed {
            for row in 0 ..< source.rowCount {
                let evidence = source.evidence(row: row)
                guard !evidence.details.isPerson else { continue }
                let name = evidence.details.name(in: .ru)
                let subject = Subject(name: name, links: source.links(row: row))
                let candidates = Set(subject.lookupWords.flatMap { byWord[$0] ?? [] }).sorted()
                let matched = candidates.compactMap { index -> (pattern: Pattern, entity: LicensedEntity, via: Imitation.Via)? in
                    let pattern = patterns[index]
                    guard let entity = pattern.entity, let via = subject.uses(pattern) else { return nil }
                    return (pattern, entity, via)
                }
                // A row with a licensee's own BIN is that licensee listed or prosecuted, not a clone of its namesakes.
                guard !matched.contains(where: { $0.entity.bin == evidence.details.identifier }) else { continue }
                let closest = matched.map { subject.closeness(to: $0.pattern) }.max() ?? 0
                var seen = Set<UInt64>()
                for match in matched where subject.closeness(to: match.pattern) == closest && seen.insert(match.entity.bin.number).inserted {
                    found.append(Imitation(
                        impostor: SubjectRef(sourceID: source.summary.id, line: evidence.line), impostorName: name,
                        impostorBIN: evidence.details.identifier, impostorKind: VerdictKind(evidence.details), licensee: match.entity,
                        via: match.via))
                }
            }
        }
        return ImpostorIndex(found)
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

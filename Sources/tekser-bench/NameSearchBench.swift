import DemoData
import Foundation
import TekserCore

/// The name search at national scale (issue "Speed"): a million generated names in Kazakh,
/// Russian and Latin spellings, searched exactly, reordered, transliterated, with typos, and
/// not at all. Targets: p99 under 10 ms, index memory under the UTF-8 size of the names.
/// `TEKSER_BENCH_NAMES` sets another number of names.
enum NameSearchBench {
    static func run() {
        let count = ProcessInfo.processInfo.environment["TEKSER_BENCH_NAMES"].flatMap { Int($0) } ?? 1_000_000
        var started = Date()
        let names = (0 ..< count).map { GeneratedName(seed: UInt64($0)).written }
        let textBytes = names.reduce(0) { $0 + $1.utf8.count }
        print("Names: \(count.formatted()) generated, \(Figures.megabytes(textBytes)) of UTF-8 (in \(Figures.seconds(Date().timeIntervalSince(started))))")

        started = Date()
        let index = NameIndex(names: names, ranks: names.map { UInt8($0.utf8.count % 6) })
        print("  index build: \(Figures.seconds(Date().timeIntervalSince(started)))")
        print("  index memory: \(Figures.megabytes(index.memoryBytes)) = \(Figures.ratio(index.memoryBytes, textBytes)) the names (target < 1×)")

        var generator = SplitMix64(seed: 2024)
        var all: [Double] = []
        for kind in QueryKind.allCases {
            var times: [Double] = []
            var found = 0
            for _ in 0 ..< 1000 {
                let target = GeneratedName(seed: generator.next() % UInt64(count))
                let query = kind.query(for: target, random: &generator)
                let start = DispatchTime.now().uptimeNanoseconds
                let hits = index.search(query, limit: 64)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                if hits.contains(where: { names[$0.entry] == target.written }) { found += 1 }
            }
            all += times
            print("  search (\(kind)): p50 \(milliseconds(percentile(times, 0.5))), p99 \(milliseconds(percentile(times, 0.99))); target among the results in \(found) of 1000")
        }
        print("  search (all \(all.count.formatted())): p50 \(milliseconds(percentile(all, 0.5))), p99 \(milliseconds(percentile(all, 0.99))) (target p99 < 10 ms)")
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    static func milliseconds(_ value: Double) -> String { String(format: "%.3f ms", value) }

    enum QueryKind: String, CaseIterable, CustomStringConvertible {
        case exact, reordered, transliterated, typo, unknown

        var description: String { rawValue.padding(toLength: 14, withPad: " ", startingAt: 0) }

        func query(for name: GeneratedName, random: inout SplitMix64) -> String {
            switch self {
            case .exact: return name.written
            case .reordered: return name.words.reversed().joined(separator: " ")
            case .transliterated: return KazakhLatin.latin(name.words.joined(separator: " "))
            case .typo:
                var letters = Array(name.words.joined(separator: " "))
                let position = Int(random.next() % UInt64(letters.count))
                if letters[position] != " " { letters[position] = "ж" }
                return String(letters)
            case .unknown:
                return (0 ..< 2).map { _ in GeneratedName.word(&random, syllables: GeneratedName.foreign) }.joined(separator: " ")
            }
        }
    }
}

/// A realistic, reproducible organisation name: a legal form, quotes, one to three words made
/// of Kazakh syllables, sometimes a trade word, written in Kazakh, Russian or Latin letters.
struct GeneratedName {
    let words: [String]
    let written: String

    static let syllables = ["ақ", "ал", "тын", "қа", "зы", "на", "сәт", "ті", "лік", "жұл", "дыз", "нұр", "өр", "леу",
                            "ша", "па", "ғат", "таң", "ба", "үміт", "ер", "ке", "бұ", "лақ", "сұң", "қар", "ай", "гүл",
                            "бе", "рік", "мол", "шы", "ра", "қы", "рау", "те", "мір", "құ", "ат", "ба", "ғыс", "ен"]
    static let foreign = ["зюк", "вэр", "фло", "щук", "ёрп", "ыгм", "цвах", "плюм"]
    static let trade = ["Инвест", "Капитал", "Финанс", "Group", "Trade", "Холдинг", "Строй", "Агро", "Сервис", "Consulting"]
    static let forms = ["ТОО «%@»", "АО «%@»", "«%@» ЖШС", "«%@» АҚ", "%@ LLP", "ИП %@", "%@", "ТОО \"%@\""]

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9)
        var words = (0 ..< 1 + Int(random.next() % 3)).map { _ in Self.word(&random, syllables: Self.syllables) }
        if random.next() % 3 == 0 { words.append(Self.trade[Int(random.next() % UInt64(Self.trade.count))]) }
        let text: String
        switch random.next() % 3 {
        case 0: text = words.joined(separator: " ")
        case 1: text = Self.russian(words.joined(separator: " "))
        default: text = KazakhLatin.latin(words.joined(separator: " "))
        }
        self.words = words
        written = String(format: Self.forms[Int(random.next() % UInt64(Self.forms.count))], text)
    }

    static func word(_ random: inout SplitMix64, syllables: [String]) -> String {
        let letters = (0 ..< 2 + Int(random.next() % 2)).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
        return letters.prefix(1).uppercased() + letters.dropFirst()
    }

    /// Kazakh letters as a Russian clerk often types them.
    static func russian(_ text: String) -> String {
        let plain: [Character: Character] = ["ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                                             "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О", "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"]
        return String(text.map { plain[$0] ?? $0 })
    }
}

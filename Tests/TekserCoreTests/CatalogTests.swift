import Testing
@testable import TekserCore

@Suite struct CatalogTests {
    let catalog = try! Catalog.bundled()

    @Test func everyKeyExistsInEveryLanguage() {
        for key in catalog.allKeys.sorted() {
            for language in Language.allCases {
                #expect(catalog.has(key, in: language), "\(key) is missing in \(language.rawValue)")
            }
        }
    }

    @Test func placeholdersMatchAcrossLanguages() {
        func names(_ entry: Catalog.Entry) -> Set<String> {
            let texts: [String]
            switch entry {
            case .text(let t): texts = [t]
            case .plural(let forms): texts = Array(forms.values)
            }
            var found = Set<String>()
            for text in texts {
                var rest = text[...]
                while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                    found.insert(String(rest[rest.index(after: open)..<close]))
                    rest = rest[rest.index(after: close)...]
                }
            }
            return found
        }
        for key in catalog.allKeys.sorted() {
            let sets = Language.allCases.compactMap { catalog.entries[$0]?[key] }.map(names)
            #expect(Set(sets).count <= 1, "\(key) has different placeholders across languages")
        }
    }

    @Test func missingKeyIsVisible() {
        #expect(catalog.text("no.such.key", in: .en) == "⟦no.such.key⟧")
    }

    @Test(arguments: [(1, "one"), (2, "few"), (5, "many"), (11, "many"), (21, "one"), (22, "few"), (112, "many")])
    func russianPlurals(n: Int, category: String) {
        #expect(PluralRule.category(of: n, in: .ru) == category)
    }

    @Test func fillsPlaceholdersAndPlurals() {
        let catalog = Catalog(entries: [
            .en: ["left": .plural(["one": "{count} check left", "other": "{count} checks left"])],
            .ru: ["left": .plural(["one": "осталась {count} проверка", "few": "осталось {count} проверки", "many": "осталось {count} проверок"])],
            .kk: ["left": .text("{count} тексеру қалды")],
        ])
        #expect(catalog.text("left", ["count": 1], in: .en) == "1 check left")
        #expect(catalog.text("left", ["count": 3], in: .en) == "3 checks left")
        #expect(catalog.text("left", ["count": 3], in: .ru) == "осталось 3 проверки")
        #expect(catalog.text("left", ["count": 5], in: .ru) == "осталось 5 проверок")
        #expect(catalog.text("left", ["count": 5], in: .kk) == "5 тексеру қалды")
    }

    @Test func languageFromLocale() {
        #expect(Language.fromEnvironment(["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .kk)
        #expect(Language.fromEnvironment([:]) == .kk)
    }
}

import Testing
@testable import TekserCore

@Suite struct NameIndexTests {
    func index(_ names: [String], ranks: [UInt8]? = nil) -> NameIndex {
        NameIndex(names: names, ranks: ranks ?? names.map { _ in 0 })
    }

    @Test(arguments: [
        ("Sattilik Invest", 0), ("Satilik Invest", 0), ("Sattilik Invset", 1), ("Sattilk Invest", 1),
        ("Sattilikk Invest", 0), ("Sattilix Invest", 1)
    ])
    func smallTyposAreTolerated(query: String, edits: Int) throws {
        let hit = try #require(index(["Нұрлы Жол", "ТОО «Сәттілік Инвест»", "Алтын Орда"]).search(query, limit: 10).first)
        #expect(hit.entry == 1)
        #expect(hit.edits == edits)
        #expect(hit.isComplete)
    }

    @Test func longWordsTolerateTwoLetters() throws {
        let hit = try #require(index(["Алтын Орда", "ТОО «Қаржылық Консалтинг»"]).search("Karjelek Konsalteng", limit: 10).first)
        #expect(hit.entry == 1)
        #expect(hit.edits == 3)
        #expect(hit.isComplete)
    }

    @Test(arguments: ["Sattilik Investment", "Battelok Inwezt", "Орда"])
    func tooManyEditsAreNotACompleteMatch(query: String) {
        let hits = index(["Сәттілік Инвест", "Нұрлы Жол"]).search(query, limit: 10)
        #expect(!hits.contains { $0.entry == 0 && $0.isComplete })
    }

    @Test func shortWordsMustMatchExactly() {
        let hits = index(["Ақ Жол", "Ай Жол"]).search("Ак Жол", limit: 10)
        #expect(hits.first?.entry == 0)
        #expect(hits.first?.isComplete == true)
        #expect(hits.dropFirst().allSatisfy { !$0.isComplete })
    }

    @Test func exactBeatsReorderedBeatsTypoBeatsPartial() {
        let names = ["Инвест Клуб Алтын", "Клуб Инвест Алтын", "Инвест Клуб Алтынн Тау", "Инвест Клуб Алтыны", "Инвест Клуб Алтын"]
        let hits = index(names).search("Инвест Клуб Алтын", limit: 10)
        #expect(hits.map(\.entry) == [0, 4, 1, 3, 2])
        #expect(hits[2].sameOrder == false && hits[2].isComplete)
        #expect(hits[3].edits == 1)
        #expect(!hits[4].isComplete)
    }

    @Test func rankBreaksTiesOnly() {
        let hits = index(["Алтын Тау", "Алтын Тау", "Алтын Тауы"], ranks: [1, 4, 7]).search("Алтын Тау", limit: 10)
        #expect(hits.map(\.entry) == [1, 0, 2])
    }

    @Test func theLimitKeepsTheBest() {
        let names = (0 ..< 50).map { "Алтын Компания \($0)" } + ["Алтын"]
        let hits = index(names).search("Алтын", limit: 10)
        #expect(hits.count == 10)
        #expect(hits[0].entry == 50)
    }

    @Test func halfTheQueryWordsMustMatch() {
        let hits = index(["Алтын Тау"]).search("Алтын Жол Нұр Сұңқар", limit: 10)
        #expect(hits.isEmpty)
    }

    @Test func memoryIsCounted() {
        let names = (0 ..< 1000).map { "Компания \($0 % 37) Инвест \($0)" }
        let built = index(names)
        #expect(built.count == 1000)
        #expect(built.memoryBytes > 0)
    }
}

import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct TrainerViewTests {
    @Test(arguments: [(Language.en, "DEMO DATA — NOT OFFICIAL REGISTRIES"), (.ru, "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — НЕ ОФИЦИАЛЬНЫЕ РЕЕСТРЫ"),
                      (.kk, "ДЕМОНСТРАЦИЯЛЫҚ ДЕРЕКТЕР — РЕСМИ ТІЗІЛІМДЕР ЕМЕС")])
    func theBannerIsOnTopForDemoDataInTheChatsLanguage(language: Language, banner: String) throws {
        var trainer = try TrainerHarness()
        trainer.chat = ChatHarness(language: language, size: trainer.size)
        trainer.model = TrainerModel(chat: trainer.chat.model, isDemo: true, samples: [])
        #expect(trainer.lines[0].trimmingCharacters(in: .whitespaces) == banner)
        #expect(trainer.screen.grid[0, 0].style == Style(.warning, [.bold, .reverse]))
    }

    @Test func noBannerForRealData() throws {
        let trainer = try TrainerHarness(isDemo: false)
        #expect(!trainer.lines.joined().contains("DEMO DATA"))
        #expect(trainer.lines[0].contains("Tekser"))
    }

    @Test func f2TogglesThePanelWithEveryOutcomeLabelled() throws {
        var trainer = try TrainerHarness()
        #expect(!trainer.lines.joined().contains("Samples"))
        trainer.key(.function(2))
        let screen = trainer.lines.joined(separator: "\n")
        #expect(screen.contains("F2 Samples") && screen.contains("↑↓ choose · Enter type"))
        // 30 rows: banner, borders, and 13 rows of panel show six samples at a time.
        #expect(screen.contains("Criminal case (AFM)") && screen.contains(TrainerHarness.samples[0].input))
        trainer.key(.function(2))
        #expect(!trainer.lines.joined().contains("Samples"))
    }

    /// The link sample (a subject without a BIN) is longer than any BIN: the panel grows to
    /// show it whole, and on a narrow screen it is cut with an ellipsis, never silently.
    @Test(arguments: [(100, true), (60, false)])
    func theLinkSampleIsShownWholeOrVisiblyCut(width: Int, whole: Bool) throws {
        let link = Sample(outcome: .warningListNoBIN, input: "https://демо-сәттілік-онлайн.қаз", name: "")
        var trainer = try TrainerHarness(size: Size(width: width, height: 30))
        trainer.model = TrainerModel(chat: trainer.chat.model, isDemo: true, samples: [TrainerHarness.samples[0], link])
        trainer.key(.function(2))
        let lines = trainer.lines
        #expect(lines.contains { $0.contains(" \(link.input)") } == whole, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("Warning list, no BIN (a link)") } == whole)
        #expect(lines.contains { $0.contains(" https://демо-") && $0.contains("…") } != whole)
        trainer.key(.down, .enter)
        #expect(trainer.model.chat.input.text == link.input)
    }

    @Test func arrowsAndEnterTypeTheSampleWithoutSendingIt() throws {
        var trainer = try TrainerHarness()
        trainer.key(.text("x"), .function(2), .down, .down, .up, .down, .enter)
        #expect(trainer.model.chat.input.text == TrainerHarness.samples[2].input)
        #expect(trainer.model.chat.bubbles.isEmpty)
        #expect(trainer.lines.contains { $0.contains("› \(TrainerHarness.samples[2].input)") })
        // Up from the first wraps to the last, and every outcome can be reached.
        trainer.key(.up, .up, .up, .enter)
        #expect(trainer.model.chat.input.text == TrainerHarness.samples[10].input)
        #expect(trainer.lines.joined().contains("IIN of a person"))
    }

    /// The room sees a person's sample as every output shows an IIN; Enter still types it whole.
    @Test func thePersonsSampleIsShownMaskedAndTypedWhole() throws {
        let person = Sample(outcome: .iin, input: Fixture.personIIN, name: "Иванов И.И.")
        var trainer = try TrainerHarness()
        trainer.model = TrainerModel(chat: trainer.chat.model, isDemo: true, samples: [person])
        trainer.key(.function(2))
        let screen = trainer.lines.joined(separator: "\n")
        #expect(screen.contains(" \(Fixture.maskedPersonIIN)"))
        #expect(!screen.contains(String(Fixture.personIIN.prefix(4))) && !screen.contains("Иванов"))
        trainer.key(.enter)
        #expect(trainer.model.chat.input.text == Fixture.personIIN)
    }

    @Test func aClickOnASampleTypesIt() throws {
        var trainer = try TrainerHarness()
        trainer.key(.function(2))
        let row = try #require(trainer.model.layout.sampleRows.first { $0.index == 1 })
        trainer.key(.click(Point(x: row.rect.x + 2, y: row.rect.y + 1)))
        #expect(trainer.model.chat.input.text == TrainerHarness.samples[1].input)
        #expect(trainer.model.selectedSample == 1)
    }

    @Test func theCaptionBoxShowsTheCaptionAndPlaybackState() throws {
        var trainer = try TrainerHarness(scenario: "# title: Lesson one\n# lang: en\ncaption Watch the check digit\nenter", speed: .max)
        _ = trainer.model.nextPlayed(now: trainer.chat.now).map { next in
            if case .perform(let action) = next { (trainer.model, _) = TrainerUpdate.update(trainer.model, .played(action), now: trainer.chat.now) }
        }
        let lines = trainer.lines
        let box = lines.suffix(3)
        #expect(box.first?.contains("Lesson one") == true && box.first?.contains("▶ playing max") == true)
        #expect(box.dropFirst().first?.contains("Watch the check digit") == true)
        #expect(box.last?.contains("Space pause") == true)
    }

    @Test func theContrastPaletteIsBlackWhiteAndYellow() {
        let palette = Palette.highContrast(depth: .extended)
        for role in ColorRole.allCases {
            let entry = palette[role]
            #expect(entry.foreground != entry.background, "\(role)")
            #expect(Set([0, 231, 226, 21, 160]).isSuperset(of: [entry.foreground, entry.background]), "\(role)")
            #expect(!entry.dim)
        }
        #expect(palette[.normal] != Palette(depth: .extended)[.normal])
        #expect(Palette.highContrast(depth: .monochrome) == Palette(depth: .monochrome))
        #expect(Palette.highContrast(depth: .basic)[.button].background == 3)
    }

    @Test func realDataIsRefusedUnlessAllowed() throws {
        #expect(throws: TrainerError.realData) { try TrainerPolicy.admit(isDemo: false, allowRealData: false) }
        try TrainerPolicy.admit(isDemo: false, allowRealData: true)
        try TrainerPolicy.admit(isDemo: true, allowRealData: false)
    }
}

import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct TrainerViewTests {
    @Test(arguments: [(Language.en, "DEMO DATA — NOT OFFICIAL REGISTRIES"), (.ru, "ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ — НЕ ОФИЦИАЛЬНЫЕ РЕЕСТРЫ"),
                      (.kk, "ДЕМОНСТРАЦИЯЛЫҚ ДЕРЕКТЕР — РЕСМИ ТІЗІЛІМДЕР ЕМЕС")])
    func theBannerIsOnTopForDemoDataInTheChatsLanguage(language: Language, banner: String) throws {
        let trainer = try TrainerHarness(language: language, samples: [])
        #expect(trainer.lines[0].trimmingCharacters(in: .whitespaces) == banner)
        #expect(trainer.driver.screen[0, 0].style == Style(.warning, [.bold, .reverse]))
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
        var trainer = try TrainerHarness(size: Size(width: width, height: 30), samples: [TrainerHarness.samples[0], link])
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
        var trainer = try TrainerHarness(samples: [person])
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
        var trainer = try TrainerHarness(scenario: "# title: Lesson one\n# lang: en\ncaption Watch the check digit\npause 5\nenter")
        trainer.start()
        let lines = trainer.lines
        let box = lines.suffix(3)
        #expect(box.first?.contains("Lesson one") == true && box.first?.contains("▶ playing 1×") == true)
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

/// The trainer's screen row by row, as the runtime drew it.
@Suite struct TrainerScreenTests {
    static let size = Size(width: 72, height: 18)

    @Test func bannerChatAndSamplesPanelSideBySide() throws {
        var trainer = try TrainerHarness(size: Size(width: 90, height: 18))
        trainer.start()
        trainer.key(.function(2), .down)
        #expect(trainer.lines == [
            "                           DEMO DATA — NOT OFFICIAL REGISTRIES                            ",
            " Tekser · online                English · 5 checks left ╭ F2 Samples ────────────────────╮",
            " │   2026-10-15)                          │             │Criminal case (AFM)             │",
            " │ • Ministry of Internal Affairs         │             │ 100040000000                   │",
            " │   criminal cases (as of 2026-10-20)    │             │Criminal case (MVD)             │",
            " │ Demo data — not official registries    │             │ 100040000001                   │",
            " │ Choose a language:                     │             │Warning list                    │",
            " ╰───────────────────────────────── 10:00 ╯             │ 100040000002                   │",
            " [  Қазақша   ] [  Русский  ] [  English  ]             │Warning list, no BIN (a link)   │",
            " ╭──────────────────────────────────────╮               │ 100040000003                   │",
            " │ Type the organisation's 12-digit BIN │               │Licence revoked                 │",
            " │ (or a person's IIN) and press Enter. │               │ 100040000004                   │",
            " ╰─────────────────────────────── 10:00 ╯               │Licence suspended               │",
            " [                   🔎 Check a BIN                   ] │ 100040000005                   │",
            " [  📋 Signs of a pyramid  ] [   📞 Where to report   ] │Licensed                        │",
            " [       🌐 Language       ] [        ❓ Help         ] │ 100040000006                   │",
            "› BIN, e.g. 940140000385                                │                                │",
            " Enter send · Tab buttons · Alt-1…9 menu · PgUp history ╰──────── ↑↓ choose · Enter type ╯",
        ])
    }

    @Test func theCaptionBoxWhileAScenarioPlays() throws {
        var trainer = try TrainerHarness(scenario: "# title: Lesson one\n# lang: en\ncaption Watch the check digit\npause 5\nenter", size: Self.size)
        trainer.start()
        #expect(trainer.lines == [
            "                  DEMO DATA — NOT OFFICIAL REGISTRIES                   ",
            " Tekser · online                                English · 5 checks left ",
            " │ Demo data — not official registries               │                  ",
            " │ Choose a language:                                │                  ",
            " ╰──────────────────────────────────────────── 10:00 ╯                  ",
            " [    Қазақша    ] [    Русский    ] [    English    ]                  ",
            " ╭────────────────────────────────────────────╮                         ",
            " │ Type the organisation's 12-digit BIN (or a │                         ",
            " │ person's IIN) and press Enter.             │                         ",
            " ╰───────────────────────────────────── 10:00 ╯                         ",
            " [                           🔎 Check a BIN                           ] ",
            " [      📋 Signs of a pyramid      ] [       📞 Where to report       ] ",
            " [           🌐 Language           ] [            ❓ Help             ] ",
            "› BIN, e.g. 940140000385                                                ",
            " Enter send · Tab buttons · Alt-1…9 menu · PgUp history · Ctrl-C quit   ",
            "╭─ Lesson one ────────────────────────────────────────── ▶ playing 1× ─╮",
            "│ Watch the check digit                                                │",
            "╰──────────────────────── Space pause · → step · +/- speed · Esc stop ─╯",
        ])
    }
}

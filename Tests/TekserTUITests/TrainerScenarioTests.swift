import Testing
import TekserBot
import TekserCore
@testable import TekserTUI

@Suite struct TrainerScenarioTests {
    /// The player's "due" is the runtime's: a step a fraction of a microsecond away (sums of
    /// seconds round) is due to both, or the runtime would fire `.playerDue` for ever while the
    /// player kept waiting for the same date.
    @Test func aStepAFractionOfAMicrosecondAwayIsDue() throws {
        var player = ScenarioPlayer(scenario: try ScenarioParser.parse("# lang: en\npause 1.5\ncaption Hello\n", file: "lesson.txt"))
        let chat = ChatModel(catalog: ChatHarness.catalog, quota: QuotaPolicy(limit: 5, timeZone: ChatHarness.almaty),
                             state: ChatState(language: .en), now: ChatHarness.start)
        guard case .wait(let due?) = player.next(chat: chat, now: ChatHarness.start) else {
            Issue.record("the pause should wait")
            return
        }
        guard case .perform(.caption("Hello")) = player.next(chat: chat, now: due.addingTimeInterval(-1.2e-7)) else {
            Issue.record("0.12 µs before the step it is due, as the runtime fires it")
            return
        }
    }

    @Test func everyCommandIsRead() throws {
        let text = """
        \u{FEFF}# title: A typo in the BIN
        # lang: ru
        # a comment line
        caption  Айгерим вводит БИН  \r
        pause 1.5

        type 940140000385
        enter
        press 📄 Evidence
        expect licensed
        expect Лицензия есть
        """
        let scenario = try ScenarioParser.parse(text, file: "lesson.txt")
        #expect(scenario.title == "A typo in the BIN")
        #expect(scenario.language == .ru)
        #expect(scenario.steps == [
            .init(line: 4, command: .caption("Айгерим вводит БИН")),
            .init(line: 5, command: .pause(seconds: 1.5)),
            .init(line: 7, command: .type("940140000385")),
            .init(line: 8, command: .enter),
            .init(line: 9, command: .press("📄 Evidence")),
            .init(line: 10, command: .expect(.verdict(.licensed))),
            .init(line: 11, command: .expect(.text("Лицензия есть"))),
        ])
    }

    @Test(arguments: [
        ("# lang: en\ntype 1\njump 3", ScenarioError.unknownCommand(file: "f.txt", line: 3, command: "jump")),
        ("# lang: en\n\ncaption", .missingArgument(file: "f.txt", line: 3, command: "caption")),
        ("# lang: en\npause soon", .badPause(file: "f.txt", line: 2, value: "soon")),
        ("# lang: en\npause -1", .badPause(file: "f.txt", line: 2, value: "-1")),
        // Longer than ten minutes is a typo, and a wait of years would not fit the runtime's clock.
        ("# lang: en\npause 1e17", .badPause(file: "f.txt", line: 2, value: "1e17")),
        ("# lang: de\nenter", .badLanguage(file: "f.txt", line: 1, value: "de")),
        ("enter", .noLanguage(file: "f.txt")),
        ("# lang: kk\n# only comments", .noSteps(file: "f.txt")),
        ("# lang: kk\nenter now", .unknownCommand(file: "f.txt", line: 2, command: "enter")),
    ])
    func errorsNameTheFileAndLine(text: String, error: ScenarioError) {
        #expect(throws: error) { try ScenarioParser.parse(text, file: "f.txt") }
    }

    @Test func errorMessagesStartWithFileAndLine() throws {
        let catalog = try Catalog.bundled()
        let error = ScenarioError.unknownCommand(file: "data/scenarios/x.txt", line: 7, command: "jump")
        for language in Language.allCases {
            #expect(catalog.text(error, in: language).hasPrefix("data/scenarios/x.txt:7: "))
        }
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: ScenarioError.unreadable(file: "/nonexistent/lesson.txt")) {
            try ScenarioParser.load(path: "/nonexistent/lesson.txt")
        }
    }

    @Test(arguments: [("max", PlaybackSpeed.max), ("1", .factor(1)), ("0.5", .factor(0.5)), ("0.25", .factor(0.25)), ("8", .factor(8))])
    func speedsAreRead(argument: String, speed: PlaybackSpeed) {
        #expect(PlaybackSpeed(argument: argument) == speed)
    }

    @Test(arguments: ["0", "-2", "fast", "inf", "1e-20", "0.2", "9"])
    func badSpeedsAreRefused(argument: String) {
        #expect(PlaybackSpeed(argument: argument) == nil)
    }
}

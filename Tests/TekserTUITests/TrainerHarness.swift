import Foundation
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// The trainer program on the real runtime with the fixture data: keys in, screen out, and a
/// clock that moves only when time is passed, so a scenario plays at its pace in no time.
struct TrainerHarness {
    var driver: Driver<TrainerProgram>
    let size: Size

    /// A made-up BIN-shaped input per outcome, so the panel has all eleven.
    static let samples = SampleOutcome.allCases.enumerated().map { index, outcome in
        Sample(outcome: outcome, input: String(format: "1000400000%02d", index), name: "")
    }

    init(isDemo: Bool = true, scenario: String? = nil, speed: PlaybackSpeed = .normal, size: Size = Size(width: 100, height: 30),
         language: Language = .en, samples: [Sample] = TrainerHarness.samples) throws {
        let bot = Bot(checker: Checker(data: ChatHarness.data), catalog: ChatHarness.catalog,
                      quota: QuotaPolicy(limit: 5, timeZone: ChatHarness.almaty))
        let state = ChatState(language: language)
        let chat = ChatModel(catalog: bot.catalog, quota: bot.quota, state: state, now: ChatHarness.start,
                             options: ChatOptions(typingDelayMilliseconds: 0, timeZone: ChatHarness.almaty))
        let player = try scenario.map { ScenarioPlayer(scenario: try ScenarioParser.parse($0, file: "lesson.txt"), speed: speed) }
        let model = TrainerModel(chat: chat, isDemo: isDemo, samples: samples, player: player)
        driver = Driver(TrainerProgram(model: model, session: BotSession(bot: bot, state: state)), size: size,
                        clock: ManualClock(ChatHarness.start))
        self.size = size
    }

    var model: TrainerModel { driver.program.model }
    var lines: [String] { driver.lines }
    var now: Date { driver.clock.now }

    /// The greeting, and the player's first step.
    mutating func start() { driver.start() }

    mutating func key(_ keys: InputEvent...) { driver.press(keys) }

    mutating func pass(seconds: Double) { driver.pass(seconds: seconds) }

    /// Plays the scenario to its end against the real bot; returns each action with the
    /// seconds since the start, and the failure if one came.
    mutating func play() -> (actions: [(seconds: Double, action: ScenarioPlayer.Action)], failure: ScenarioError?) {
        let start = now
        self.start()
        pass(seconds: 3600)
        let actions = driver.events.compactMap { entry -> (Double, ScenarioPlayer.Action)? in
            guard case .trainer(.played(let action)) = entry.event else { return nil }
            return (entry.time.timeIntervalSince(start), action)
        }
        if case .failed(let error) = driver.program.outcome { return (actions, error) }
        return (actions, nil)
    }
}

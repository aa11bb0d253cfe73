import Foundation
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// The trainer driven by hand on the fixture data: keys in, screen out, with a clock that
/// moves only when the player asks to wait.
struct TrainerHarness {
    var chat: ChatHarness
    var model: TrainerModel
    var size: Size

    /// A made-up BIN-shaped input per outcome, so the panel has all eleven.
    static let samples = SampleOutcome.allCases.enumerated().map { index, outcome in
        Sample(outcome: outcome, input: String(format: "1000400000%02d", index), name: "")
    }

    init(isDemo: Bool = true, scenario: String? = nil, speed: PlaybackSpeed = .normal, size: Size = Size(width: 100, height: 30)) throws {
        chat = ChatHarness(language: .en, size: size)
        let player = try scenario.map { ScenarioPlayer(scenario: try ScenarioParser.parse($0, file: "lesson.txt"), speed: speed) }
        model = TrainerModel(chat: chat.model, isDemo: isDemo, samples: Self.samples, player: player)
        self.size = size
        render()
    }

    var screen: TrainerScreen { TrainerView.render(model, size: size) }
    var lines: [String] { screen.grid.lines }

    mutating func key(_ keys: InputEvent...) {
        for key in keys {
            (model, _) = TrainerUpdate.update(model, .key(key), now: chat.now)
            render()
        }
    }

    /// Plays the scenario to its end against the real bot; returns each action with the
    /// seconds since the start, and the failure if one came.
    mutating func play() -> (actions: [(seconds: Double, action: ScenarioPlayer.Action)], failure: ScenarioError?) {
        let start = chat.now
        chat.start()
        var actions: [(Double, ScenarioPlayer.Action)] = []
        while true {
            model.chat = chat.model
            let next = model.nextPlayed(now: chat.now)
            switch next {
            case .perform(let action)?:
                actions.append((chat.now.timeIntervalSince(start), action))
                (model, _) = TrainerUpdate.update(model, .played(action), now: chat.now)
                if case .input(let input) = action { chat.apply(.input(input)) }
            case .wait(let until)?:
                if let until { chat.now = until } else { chat.fireTimers() }
            case .failed(let error)?:
                return (actions, error)
            case .finished?, nil:
                return (actions, nil)
            }
            render()
        }
    }

    private mutating func render() {
        let screen = self.screen
        model.chat.layout = screen.chatLayout
        model.layout = screen.layout
    }
}

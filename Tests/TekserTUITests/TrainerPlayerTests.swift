import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct TrainerPlayerTests {
    static let lesson = """
    # title: A bank
    # lang: en
    caption Aigerim checks her bank
    pause 2
    type \(Fixture.bank)
    enter
    expect licensed
    press Evidence
    expect licensed.csv, line 2
    """

    @Test func keysComeOneByOneAtAHumanPace() throws {
        var trainer = try TrainerHarness(scenario: Self.lesson)
        let (played, failure) = trainer.play()
        #expect(failure == nil)
        let actions = played.map(\.action)
        let digits = Fixture.bank.map { ScenarioPlayer.Action.input(.text($0)) }
        let expected: [ScenarioPlayer.Action] = [.caption("Aigerim checks her bank")] + digits + [.input(.enter)]
        #expect(Array(actions.prefix(14)) == expected)
        guard case .input(.click)? = actions.last else { Issue.record("the last action is not a click: \(actions)"); return }
        let times = played.map(\.seconds)
        #expect(times[0] == 0)
        // The pause, then a moment before the first key, then uneven gaps between keys.
        #expect(times[1] >= 2.5)
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(zip(times[1...11], times[2...12]).map { (($1 - $0) * 1000).rounded() }).count > 1)
        #expect(trainer.model.caption == "Aigerim checks her bank")
    }

    @Test func speedScalesEveryWaitAndMaxNeverWaits() throws {
        var normal = try TrainerHarness(scenario: Self.lesson)
        var double = try TrainerHarness(scenario: Self.lesson, speed: .factor(2))
        var max = try TrainerHarness(scenario: Self.lesson, speed: .max)
        let (normalTimes, doubleTimes, maxTimes) = (normal.play().actions.map(\.seconds), double.play().actions.map(\.seconds),
                                                    max.play().actions.map(\.seconds))
        #expect(normalTimes.count == doubleTimes.count && normalTimes.count == maxTimes.count)
        for (a, b) in zip(normalTimes, doubleTimes) { #expect(abs(a / 2 - b) < 0.001) }
        #expect(maxTimes.allSatisfy { $0 == 0 })
    }

    @Test func aButtonThatNeverAppearsFailsAtItsLine() throws {
        var trainer = try TrainerHarness(scenario: "# lang: en\ntype \(Fixture.bank)\nenter\n\npress Buy shares", speed: .max)
        #expect(trainer.play().failure == .buttonNotFound(file: "lesson.txt", line: 5, label: "Buy shares"))
    }

    @Test func aWrongExpectationFailsAtItsLineWithTheAnswer() throws {
        var trainer = try TrainerHarness(scenario: "# lang: en\ntype \(Fixture.bank)\nenter\nexpect warning_list", speed: .max)
        guard case .expectationFailed(let file, let line, let expected, let answer)? = trainer.play().failure else {
            Issue.record("no expectation failure"); return
        }
        #expect((file, line) == ("lesson.txt", 4))
        #expect(expected == ChatHarness.catalog.text(VerdictKind.warningList.message, in: .en))
        #expect(answer.contains(ChatHarness.catalog.text(VerdictKind.licensed.message, in: .en)))
    }

    @Test func spacePausesArrowStepsPlusMinusChangeSpeedEscStops() throws {
        var trainer = try TrainerHarness(scenario: Self.lesson)
        trainer.key(.text(" "))
        #expect(trainer.model.player?.isPaused == true)
        trainer.start()
        trainer.pass(seconds: 60)
        #expect(trainer.model.caption == nil, "paused before the first step")
        trainer.key(.right)
        #expect(trainer.model.caption == "Aigerim checks her bank")
        #expect(trainer.model.player?.stepIndex == 1)
        trainer.pass(seconds: 60)
        #expect(trainer.model.player?.stepIndex == 1, "still paused after one step")
        trainer.key(.text("+"), .text("+"))
        #expect(trainer.model.player?.speed == .factor(4))
        trainer.key(.text("-"))
        #expect(trainer.model.player?.speed == .factor(2))
        #expect(trainer.lines.contains { $0.contains("⏸") && $0.contains("2×") })
        trainer.key(.escape)
        #expect(trainer.model.player == nil)
        #expect(!trainer.lines.contains { $0.contains("Esc") && $0.contains("step") })
    }
}

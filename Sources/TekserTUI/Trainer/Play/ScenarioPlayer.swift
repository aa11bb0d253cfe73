import Foundation
import TekserCore

/// Turns a scenario into timed input for the chat. Pure: the caller passes the chat as it is
/// now and the time, and gets the next thing to do, so tests drive it with a fake clock.
public struct ScenarioPlayer: Sendable {
    public let scenario: Scenario
    public var speed: PlaybackSpeed
    public private(set) var isPaused = false
    /// The step being played; `scenario.steps.count` once all are done.
    public private(set) var stepIndex = 0
    private var typed = 0
    private var dueAt: Date?
    /// → was pressed: the current step plays at once, and then waits again if paused.
    private var stepping = false

    public enum Action: Hashable, Sendable {
        /// A key or click, as if the trainer had made it.
        case input(InputEvent)
        case caption(String)
    }

    public enum Next: Hashable, Sendable {
        case perform(Action)
        /// Nothing to do before `until`; nil means until the chat changes (the bot is typing)
        /// or a key is pressed.
        case wait(until: Date?)
        case finished
        case failed(ScenarioError)
    }

    public init(scenario: Scenario, speed: PlaybackSpeed = .normal) {
        self.scenario = scenario
        self.speed = speed
    }

    /// Space.
    public mutating func togglePause() {
        isPaused.toggle()
        dueAt = nil
    }

    /// →: plays the current step now, without its wait.
    public mutating func step() {
        stepping = true
        dueAt = nil
    }

    public mutating func changeSpeed(faster: Bool) {
        speed = faster ? speed.faster : speed.slower
        dueAt = nil
    }

    /// What to do at `now`, given the chat as last drawn (its buttons are what `press` clicks).
    public mutating func next(chat: ChatModel, now: Date) -> Next {
        // Each step starts once the bot has finished answering the previous one.
        if chat.isTyping { return .wait(until: nil) }
        guard stepIndex < scenario.steps.count else { return .finished }
        if isPaused, !stepping { return .wait(until: nil) }
        let step = scenario.steps[stepIndex]
        let due = dueAt ?? now.addingTimeInterval(stepping ? 0 : speed.scaled(delay(before: step.command)))
        guard due.hasCome(by: now) else {
            dueAt = due
            return .wait(until: due)
        }
        dueAt = nil
        switch step.command {
        case .caption(let text):
            advance()
            return .perform(.caption(text))
        case .pause:
            advance()
            return next(chat: chat, now: now)
        case .type(let text):
            let characters = Array(text)
            let character = characters[typed]
            typed += 1
            if typed == characters.count { advance() }
            return .perform(.input(.text(character)))
        case .enter:
            advance()
            return .perform(.input(.enter))
        case .press(let label):
            guard let hit = Self.button(label, in: chat) else {
                return .failed(.buttonNotFound(file: scenario.file, line: step.line, label: label))
            }
            advance()
            return .perform(.input(.click(Point(x: hit.rect.minX + hit.rect.width / 2, y: hit.rect.minY))))
        case .expect(let expectation):
            if let failure = check(expectation, chat: chat, line: step.line) { return .failed(failure) }
            advance()
            return next(chat: chat, now: now)
        }
    }

    private mutating func advance() {
        stepIndex += 1
        typed = 0
        stepping = false
    }

    /// Realistic timings at speed 1: a moment to think before typing, an uneven rhythm
    /// between keys, a moment to find a button.
    private func delay(before command: Scenario.Command) -> Double {
        switch command {
        case .caption, .expect: return 0
        case .pause(let seconds): return seconds
        case .enter: return 0.35
        case .press: return 0.9
        case .type(let text):
            if typed == 0 { return 0.6 }
            let scalar = Array(text)[typed].unicodeScalars.first?.value ?? 0
            return 0.09 + 0.03 * Double((Int(scalar) + typed * 7) % 5)
        }
    }

    /// The newest button on screen whose label is `label`, or else contains it.
    static func button(_ label: String, in chat: ChatModel) -> ButtonHit? {
        let labelled = chat.layout.hits.compactMap { hit in chat.label(of: hit.target).map { (hit, $0) } }
        return (labelled.last { $0.1 == label } ?? labelled.last { $0.1.contains(label) })?.0
    }

    private func check(_ expectation: Scenario.Expectation, chat: ChatModel, line: Int) -> ScenarioError? {
        let answer = chat.bubbles.last { !$0.isFromUser }?.text ?? ""
        let wanted: String
        switch expectation {
        case .text(let text): wanted = text
        case .verdict(let kind): wanted = chat.catalog.text(kind.message, in: chat.language)
        }
        guard !answer.contains(wanted) else { return nil }
        let firstLine = answer.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return .expectationFailed(file: scenario.file, line: line, expected: wanted, answer: firstLine)
    }
}

extension ChatModel {
    /// The label on a button, as drawn.
    func label(of target: ButtonTarget) -> String? {
        switch target {
        case .inline(let messageID, let index):
            guard let buttons = bubbleIndex(ofBotMessage: messageID).flatMap({ bubbles[$0].buttons?.buttons }),
                  buttons.indices.contains(index) else { return nil }
            return buttons[index].text
        case .reply(let index):
            guard let labels = replyKeyboard?.buttons, labels.indices.contains(index) else { return nil }
            return labels[index]
        }
    }
}

import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// The chat driven as the run loop drives it, with a real bot on the fixture data and a
/// clock that moves only when told: send input, see the screen, fire timers by hand.
struct ChatHarness {
    static let fixture = try! Fixture()
    static let catalog = try! Catalog.bundled()
    static let data = try! fixture.load()
    static let almaty = TimeZone(identifier: "Asia/Almaty")!
    /// 2026-11-25 10:00 in Almaty (UTC+5).
    static let start = Date(timeIntervalSince1970: 1_795_582_800)

    let bot: Bot
    var state: ChatState
    var model: ChatModel
    var now: Date = ChatHarness.start
    var size: Size
    /// Timers started and not yet fired, oldest first.
    var timers: [ChatTimer] = []
    /// Every command the updates asked for, oldest first.
    var commands: [ChatCommand] = []
    /// When false, updates sent to the bot go unanswered: `receive` scripts the answers.
    var botAnswers = true

    init(language: Language = .en, size: Size = Size(width: 80, height: 24), typingDelay: Int = 0,
         ascii: Bool = false, quota: Int = 5) {
        bot = Bot(checker: Checker(data: Self.data), catalog: Self.catalog,
                  quota: QuotaPolicy(limit: quota, timeZone: Self.almaty), ascii: ascii)
        state = ChatState(language: language)
        self.size = size
        let options = ChatOptions(typingDelayMilliseconds: typingDelay, ascii: ascii, timeZone: Self.almaty)
        model = ChatModel(catalog: Self.catalog, quota: bot.quota, state: state, now: now, options: options)
        render()
    }

    var screen: ChatScreen { ChatView.render(model, size: size) }
    var lines: [String] { screen.grid.lines }
    var text: String { lines.joined(separator: "\n") }

    /// Sends `/start`, as the app does when it opens.
    mutating func start() {
        perform(model.start(now: now))
    }

    mutating func press(_ events: InputEvent...) {
        for event in events { apply(.input(event)) }
    }

    /// Types `text` key by key.
    mutating func type(_ text: String) {
        for character in text { apply(.input(.text(character))) }
    }

    /// Types `text` and presses Enter.
    mutating func send(_ text: String) {
        type(text)
        press(.enter)
    }

    /// A scripted answer, as if the bot had sent `actions`.
    mutating func receive(_ actions: BotAction...) {
        apply(.botReplied(actions, state))
    }

    mutating func fireTimers() {
        while !timers.isEmpty { apply(.timerFired(timers.removeFirst())) }
    }

    mutating func resize(to size: Size) {
        self.size = size
        apply(.input(.resize(size)))
    }

    /// The button whose face contains `label`, where it is on screen.
    func button(_ label: String) -> ButtonHit? {
        let grid = screen.grid
        return screen.layout.hits.last { hit in
            let cells = (hit.rect.minX..<hit.rect.maxX).map { grid[$0, hit.rect.minY] }
            return String(cells.filter { !$0.isContinuation }.map(\.character)).contains(label)
        }
    }

    /// Clicks the middle of the button whose face contains `label`; false when none is on screen.
    @discardableResult
    mutating func click(_ label: String) -> Bool {
        guard let hit = button(label) else { return false }
        press(.click(Point(x: hit.rect.minX + hit.rect.width / 2, y: hit.rect.minY)))
        return true
    }

    mutating func apply(_ event: ChatEvent) {
        let (next, commands) = ChatUpdate.update(model, event, now: now)
        model = next
        perform(commands)
    }

    private mutating func perform(_ commands: [ChatCommand]) {
        self.commands += commands
        for command in commands {
            switch command {
            case .send(let update):
                guard botAnswers else { continue }
                let actions = bot.handle(update, state: &state, now: now)
                apply(.botReplied(actions, state))
            case .startTimer(let timer, _):
                timers.append(timer)
            case .redraw, .suspend, .quit:
                break
            }
        }
        render()
    }

    /// Stores the frame's layout in the model, as the run loop does after drawing.
    private mutating func render() {
        model.layout = screen.layout
    }
}

import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// The chat program on the real runtime, a real bot on the fixture data, and a clock that
/// moves only when time is passed: send input, see the screen the runtime drew.
struct ChatHarness {
    static let fixture = try! Fixture()
    static let catalog = try! Catalog.bundled()
    static let data = try! fixture.load()
    static let almaty = TimeZone(identifier: "Asia/Almaty")!
    /// 2026-11-25 10:00 in Almaty (UTC+5).
    static let start = Date(timeIntervalSince1970: 1_795_582_800)

    var driver: Driver<ChatProgram>

    /// `botAnswers` false leaves updates unanswered: `receive` scripts the answers.
    init(language: Language = .en, size: Size = Size(width: 80, height: 24), typingDelay: Int = 0,
         ascii: Bool = false, quota: Int = 5, botAnswers: Bool = true) {
        let bot = Bot(checker: Checker(data: Self.data), catalog: Self.catalog,
                      quota: QuotaPolicy(limit: quota, timeZone: Self.almaty), ascii: ascii)
        let options = ChatOptions(typingDelayMilliseconds: typingDelay, ascii: ascii, timeZone: Self.almaty)
        let program = ChatProgram(session: BotSession(bot: bot, state: ChatState(language: language), answers: botAnswers),
                                  options: options, now: Self.start)
        driver = Driver(program, size: size, clock: ManualClock(Self.start))
    }

    var model: ChatModel { driver.program.chat }
    var state: ChatState { driver.program.session.state }
    var commands: [ChatCommand] { driver.commands }
    /// What the last frame drew: the grid, the cursor and where the buttons are.
    var screen: (grid: Grid, cursor: Point?, layout: ChatLayout) { (driver.screen, driver.cursor, model.layout) }
    var lines: [String] { driver.lines }
    var text: String { driver.text }
    var now: Date { driver.clock.now }

    /// Sends `/start`, as the program does when it opens.
    mutating func start() { driver.start() }

    mutating func press(_ events: InputEvent...) { driver.press(events) }

    /// Types `text` key by key.
    mutating func type(_ text: String) { driver.press(text.map(InputEvent.text)) }

    /// Types `text` and presses Enter.
    mutating func send(_ text: String) {
        type(text)
        press(.enter)
    }

    /// A scripted answer, as if the bot had sent `actions`.
    mutating func receive(_ actions: BotAction...) {
        driver.send(.chat(.botReplied(actions, state)))
    }

    /// An event straight to the chat, as a stale timer would come.
    mutating func deliver(_ event: ChatEvent) { driver.send(.chat(event)) }

    /// Lets `seconds` pass: every timer due by then fires.
    mutating func pass(seconds: Double = 10) { driver.pass(seconds: seconds) }

    mutating func resize(to size: Size) { press(.resize(size)) }

    /// The button whose face contains `label`, where it is on screen.
    func button(_ label: String) -> ButtonHit? {
        let grid = driver.screen
        return model.layout.hits.last { hit in
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
}

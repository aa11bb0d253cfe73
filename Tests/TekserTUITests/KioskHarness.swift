import Foundation
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// The kiosk driven as its run loop drives it, with a real bot on the fixture data and a
/// clock that moves only when told: send input, tick the clock, read the screen.
struct KioskHarness {
    static let pin = "739146"

    let bot: Bot
    var model: KioskModel
    var now = ChatHarness.start
    var size = Size(width: 80, height: 24)
    var commands: [KioskCommand] = []
    /// Whether every update is followed by a frame, as on screen; the soak test skips them for speed.
    var renders = true
    /// Checks of the PIN made so far (each real one costs PBKDF2's ~0.1 s, so the tests count them).
    let pinChecks = Counter()

    init(idleSeconds: Int = 90, quota: Int = 5, withPIN: Bool = true, inService: Bool = true) {
        let policy = QuotaPolicy(limit: quota, timeZone: ChatHarness.almaty)
        bot = Bot(checker: Checker(data: ChatHarness.data), catalog: ChatHarness.catalog, quota: policy)
        let settings = KioskSettings(idleSeconds: idleSeconds, language: .en, quota: policy,
                                     chat: ChatOptions(typingDelayMilliseconds: 0, timeZone: ChatHarness.almaty))
        var verify: (@Sendable (String) -> Bool)?
        if withPIN { verify = Self.verifier(counting: pinChecks) }
        model = KioskModel(catalog: ChatHarness.catalog, settings: settings, verifyPIN: verify, now: now)
        if inService { perform(model.enterService(now: now)) }
    }

    static func verifier(counting checks: Counter) -> @Sendable (String) -> Bool {
        { pin in
            checks.increment()
            return pin == KioskHarness.pin
        }
    }

    var screen: ChatScreen { KioskView.render(model, size: size, now: now) }
    var lines: [String] { screen.grid.lines }
    var text: String { lines.joined(separator: "\n") }

    mutating func press(_ events: InputEvent...) {
        for event in events { apply(.chat(.input(event))) }
    }

    mutating func type(_ text: String) {
        for character in text { press(.text(character)) }
    }

    mutating func send(_ text: String) {
        type(text)
        press(.enter)
    }

    /// Moves the clock by `seconds`, one tick a second, as the run loop does.
    mutating func wait(_ seconds: Int) {
        for _ in 0..<seconds {
            now = now.addingTimeInterval(1)
            apply(.tick)
        }
    }

    mutating func apply(_ event: KioskEvent) {
        let (next, commands) = KioskUpdate.update(model, event, now: now)
        model = next
        perform(commands)
    }

    private mutating func perform(_ commands: [KioskCommand]) {
        self.commands += commands
        for command in commands {
            if case .chat(.send(let update)) = command {
                let actions = bot.handle(update, state: &model.session, now: now)
                apply(.chat(.botReplied(actions, model.session)))
            }
        }
        if renders { model.chat.layout = screen.layout }
    }
}

/// A count shared with a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

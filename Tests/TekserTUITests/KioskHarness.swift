import Foundation
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// The kiosk program on the real runtime, a real bot on the fixture data and a clock that
/// moves only when time is passed: send input, let seconds go by, read the screen.
struct KioskHarness {
    static let pin = "739146"

    var driver: Driver<KioskProgram>
    /// Checks of the PIN made so far (each real one costs PBKDF2's ~0.1 s, so the tests count them).
    let pinChecks = Counter()

    /// `log` false keeps no log of commands, for soaks.
    init(idleSeconds: Int = 90, quota: Int = 5, withPIN: Bool = true, inService: Bool = true, size: Size = Size(width: 80, height: 24),
         log: Bool = true) {
        let policy = QuotaPolicy(limit: quota, timeZone: ChatHarness.almaty)
        let settings = KioskSettings(idleSeconds: idleSeconds, language: .en, quota: policy,
                                     chat: ChatOptions(typingDelayMilliseconds: 0, timeZone: ChatHarness.almaty))
        var verify: (@Sendable (String) -> Bool)?
        if withPIN { verify = Self.verifier(counting: pinChecks) }
        let model = KioskModel(catalog: ChatHarness.catalog, settings: settings, verifyPIN: verify, now: ChatHarness.start)
        let bot = Bot(checker: Checker(data: ChatHarness.data), catalog: ChatHarness.catalog, quota: policy)
        driver = Driver(KioskProgram(model: model, loadData: { inService ? ChatHarness.data : nil }, makeBot: { _ in bot },
                                           loading: .inline), size: size, clock: ManualClock(ChatHarness.start), log: log)
        driver.start()
    }

    static func verifier(counting checks: Counter) -> @Sendable (String) -> Bool {
        { pin in
            checks.increment()
            return pin == KioskHarness.pin
        }
    }

    var model: KioskModel { driver.program.model }
    /// The kiosk's own commands, oldest first.
    var commands: [KioskCommand] {
        driver.commands.compactMap { if case .kiosk(let command) = $0 { command } else { nil } }
    }
    var lines: [String] { driver.lines }
    var text: String { driver.text }
    var now: Date { driver.clock.now }
    var isFinished: Bool { driver.isFinished }

    mutating func press(_ events: InputEvent...) { driver.press(events) }

    mutating func type(_ text: String) { driver.press(text.map(InputEvent.text)) }

    mutating func send(_ text: String) {
        type(text)
        press(.enter)
    }

    /// Lets `seconds` pass with nobody at the kiosk; the runtime ticks once a second.
    mutating func wait(_ seconds: Int) { driver.pass(seconds: Double(seconds)) }

    /// The clock jumps `seconds` at once and the next tick comes: for soaks, where a frame a second is too slow.
    mutating func jump(_ seconds: Int) {
        driver.clock.advance(by: Double(seconds))
        driver.send(.kiosk(.tick))
    }
}

/// A count shared with a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}

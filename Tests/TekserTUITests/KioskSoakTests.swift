import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

/// A kiosk runs for weeks: thousands of citizens' sessions, each wiped, must not make it grow.
@Suite struct KioskSoakTests {
    /// Resident memory in kB from /proc/self/status, nil where there is no /proc.
    static func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// The smallest screen the chat draws on, so the soak spends its time in sessions, not frames.
    static let size = Size(width: 40, height: 12)

    /// One citizen: the greeting, a few checks, an IIN, some typing, then walking away.
    static func session(_ kiosk: inout KioskHarness, _ number: Int) {
        for line in [Fixture.investClub, Fixture.personIIN, String(format: "%012d", number)] {
            kiosk.press(.paste(line), .enter)
        }
        kiosk.press(.paste(String(repeating: "x", count: 500)), .up, .pageUp)
        // Idle, then the countdown runs out: the clock jumps instead of ticking each second.
        for seconds in [kiosk.model.settings.idleSeconds, kiosk.model.settings.countdownSeconds] {
            kiosk.jump(seconds)
        }
    }

    @Test func thousandsOfSessionsKeepTheModelFlat() {
        var kiosk = KioskHarness(idleSeconds: 5, size: Self.size, log: false)
        let fresh = kiosk.model.chat.bubbles.count
        for number in 0..<500 { Self.session(&kiosk, number) }
        #expect(kiosk.model.sessionNumber == 501)
        #expect(kiosk.model.chat.bubbles.count == fresh, "each session starts with only the greeting")
        #expect(kiosk.model.chat.input.history.isEmpty)
    }

    /// In a child process of its own (an exit test), so that the resident size is the kiosk's
    /// alone and not that of the suites running alongside: the bound fails a leak of 8 kB or
    /// more per session.
    @Test func thousandsOfSessionsKeepMemoryFlat() async {
        await #expect(processExitsWith: .success) {
            var kiosk = KioskHarness(idleSeconds: 5, size: KioskSoakTests.size, log: false)
            for number in 0..<200 { KioskSoakTests.session(&kiosk, number) }
            let warm = KioskSoakTests.residentKilobytes() ?? 0
            let sessions = 2_000
            for number in 0..<sessions { KioskSoakTests.session(&kiosk, number) }
            let after = KioskSoakTests.residentKilobytes() ?? Int.max
            print("kiosk soak: \(sessions) sessions, VmRSS \(warm) kB after warm-up → \(after) kB (\(after - warm) kB)")
            exit(after - warm < 16_384 ? EXIT_SUCCESS : EXIT_FAILURE)
        }
    }
}

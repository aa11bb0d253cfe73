import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

/// The kiosk's screens row by row, as the runtime drew them: the welcome screen with the
/// kiosk's instruction, the countdown and PIN boxes over the chat, and out of service.
@Suite struct KioskViewTests {
    static let size = Size(width: 50, height: 14)

    @Test func theWelcomeScreenEndsInTheKioskInstruction() {
        let kiosk = KioskHarness(size: Self.size)
        #expect(kiosk.lines == [
            " Tekser · online          English · 5 checks left ",
            " │ Choose a language:                │            ",
            " ╰──────────────────────────── 10:00 ╯            ",
            " [ Қазақша  ] [ Русский  ] [ English ]            ",
            " ╭───────────────────────────────────╮            ",
            " │ Type the organisation's 12-digit  │            ",
            " │ BIN (or a person's IIN) and press │            ",
            " │ Enter.                            │            ",
            " ╰──────────────────────────── 10:00 ╯            ",
            " [                🔎 Check a BIN                ] ",
            " [ 📋 Signs of a pyram… ] [ 📞 Where to report  ] ",
            " [     🌐 Language      ] [       ❓ Help       ] ",
            "› BIN, e.g. 940140000385                          ",
            " Type a BIN (12 digits) and press Enter · Tab: bu…",
        ])
    }

    @Test func theCountdownBoxCoversTheChatAndHidesItsButtons() {
        var kiosk = KioskHarness(idleSeconds: 5, size: Self.size)
        kiosk.send(Fixture.bank)
        kiosk.wait(8)
        #expect(kiosk.lines == [
            " Tekser · online          English · 4 checks left ",
            " │ organisation: fraudsters copy     │            ",
            " │ names and websites.               │            ",
            " │ Demo data — not official          │            ",
            "╭────────────────────────────────────────────────╮",
            "│              Are you still there?              │",
            "│                                                │",
            "│    Press any key to continue. Otherwise the    │",
            "│        conversation is erased in 12 s.         │",
            "╰────────────────────────────────────────────────╯",
            " [ 📋 Signs of a pyram… ] [ 📞 Where to report  ] ",
            " [     🌐 Language      ] [       ❓ Help       ] ",
            "› BIN, e.g. 940140000385                          ",
            " Type a BIN (12 digits) and press Enter · Tab: bu…",
        ])
        #expect(kiosk.model.chat.layout.hits.isEmpty, "a click under the box presses nothing")
    }

    @Test func thePINPromptShowsDotsNeverDigits() {
        var kiosk = KioskHarness(size: Self.size)
        kiosk.press(.function(12))
        kiosk.type("739")
        #expect(kiosk.lines == [
            " Tekser · online          English · 5 checks left ",
            " │ Choose a language:                │            ",
            " ╰──────────────────────────── 10:00 ╯            ",
            "╭────────────────────────────────────────────────╮",
            "│                    Operator                    │",
            "│                                                │",
            "│                 Enter the PIN:                 │",
            "│                    • • • _                     │",
            "│                                                │",
            "│           Enter confirm · Esc cancel           │",
            "╰────────────────────────────────────────────────╯",
            " [     🌐 Language      ] [       ❓ Help       ] ",
            "› BIN, e.g. 940140000385                          ",
            " Type a BIN (12 digits) and press Enter · Tab: bu…",
        ])
    }

    @Test func outOfServiceInTheThreeLanguages() {
        let kiosk = KioskHarness(inService: false, size: Self.size)
        #expect(kiosk.lines == [
            "                                                  ",
            "                                                  ",
            "                                                  ",
            " Терминал уақытша жұмыс істемейді. Кешіріңіз, сәл ",
            "                кейінірек келіңіз.                ",
            "                                                  ",
            " Терминал временно не работает. Извините, зайдите ",
            "                   чуть позже.                    ",
            "                                                  ",
            " This terminal is out of service for now. Sorry,  ",
            "         please come back a little later.         ",
            "                                                  ",
            "                                                  ",
            "                                                  ",
        ])
    }
}

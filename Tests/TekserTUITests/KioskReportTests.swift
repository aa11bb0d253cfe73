import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// A report being written at the kiosk goes with the session when it is wiped.
@Suite struct KioskReportTests {
    /// What pressing the inline button labelled `label` sends, as a click or Tab and Enter do.
    static func press(_ label: String, in kiosk: inout KioskHarness) {
        guard let (id, button) = kiosk.model.chat.bubbles.reversed().lazy.compactMap({ bubble -> (MessageID, InlineButton)? in
            guard case .bot(let id) = bubble.sender, let button = bubble.buttons?.buttons.first(where: { $0.text.contains(label) }) else { return nil }
            return (id, button)
        }).first else {
            Issue.record("no button “\(label)” on screen")
            return
        }
        let actions = kiosk.bot.handle(.callbackQuery(messageID: id, data: button.callbackData), state: &kiosk.model.session, now: kiosk.now)
        kiosk.apply(.chat(.botReplied(actions, kiosk.model.session)))
    }

    @Test func aWipedSessionTakesTheUnfinishedReportWithIt() {
        var kiosk = KioskHarness(idleSeconds: 30)
        kiosk.send(Fixture.investClub)
        #expect(kiosk.text.contains("⚠ Report"))
        Self.press("⚠ Report", in: &kiosk)
        Self.press("Phone call", in: &kiosk)
        #expect(kiosk.text.contains("Have you paid them any money?"))
        kiosk.wait(45)
        #expect(kiosk.model.sessionNumber == 2)
        #expect(!kiosk.text.contains("Have you paid") && !kiosk.text.contains("approached"))
        // The next citizen's "No" is no answer to the last one's question.
        let actions = kiosk.bot.handle(.callbackQuery(messageID: 1, data: "rpd:none"), state: &kiosk.model.session, now: kiosk.now)
        #expect(actions.contains(.sendMessage(BotMessage(id: kiosk.model.session.nextMessageID - 1, text: "This button is no longer active."))))
    }
}

import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

extension KioskHarness {
    /// Clicks the middle of the button whose face contains `label`; false when none is on screen.
    @discardableResult
    mutating func click(_ label: String) -> Bool {
        let grid = driver.screen
        guard let hit = model.chat.layout.hits.last(where: { hit in
            let cells = (hit.rect.minX..<hit.rect.maxX).map { grid[$0, hit.rect.minY] }
            return String(cells.filter { !$0.isContinuation }.map(\.character)).contains(label)
        }) else { return false }
        press(.click(Point(x: hit.rect.minX + hit.rect.width / 2, y: hit.rect.minY)))
        return true
    }
}

/// A report being written at the kiosk goes with the session when it is wiped.
@Suite struct KioskReportTests {
    @Test func aWipedSessionTakesTheUnfinishedReportWithIt() {
        var kiosk = KioskHarness(idleSeconds: 30)
        kiosk.send(Fixture.investClub)
        kiosk.click("⚠ Report")
        #expect(kiosk.text.contains("How were you approached?"))
        kiosk.click("Phone call")
        kiosk.click("Yes, more")
        #expect(kiosk.text.contains("Anything to add?"))
        kiosk.wait(45)
        #expect(kiosk.model.sessionNumber == 2)
        #expect(!kiosk.text.contains("Anything to add?") && !kiosk.text.contains("Phone call"))
        // The next citizen's words are no answer to the last one's question.
        kiosk.send("They called me yesterday")
        #expect(!kiosk.text.contains("Thank you"))
    }
}

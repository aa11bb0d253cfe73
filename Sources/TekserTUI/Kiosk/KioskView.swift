import Foundation
import TekserCore

/// `view(model, into: grid, area:, now:)` for the kiosk: the chat with the kiosk's instruction
/// in its status line, a box over it for the countdown or the PIN prompt, or the out-of-service notice.
public enum KioskView {
    public static func render(_ model: KioskModel, into grid: inout Grid, area: Rect, now: Date) -> ChatFrame {
        let theme = ChatTheme(ascii: model.settings.chat.ascii)
        var frame = ChatFrame(cursor: nil, layout: ChatLayout())
        if model.inService {
            frame = ChatView.render(model.chat, into: &grid, area: area, status: .hint(model.text("kiosk.hint")))
        } else {
            let texts = Language.allCases.map { theme.show(model.catalog.text("kiosk.outOfService", in: $0)) }
            CentredParagraphs(texts, style: Style(.warning, .bold), margin: 1).render(into: &grid, area: area)
        }
        if let overlay = model.overlay {
            OverlayBox(lines: lines(for: overlay, model, now: now, theme: theme), theme: theme).render(into: &grid, area: area)
            frame = ChatFrame(cursor: nil, layout: ChatLayout(historyHeight: frame.layout.historyHeight, maxScroll: frame.layout.maxScroll))
        }
        return frame
    }

    /// The box's title and lines for an overlay, in the session's language.
    static func lines(for overlay: KioskOverlay, _ model: KioskModel, now: Date, theme: ChatTheme) -> [String] {
        switch overlay {
        case .stillThere(let deadline):
            let seconds = KioskModel.secondsLeft(until: deadline, now: now)
            return [model.text("kiosk.idle.title"), "", model.text("kiosk.idle.body", ["count": .number(seconds)])]
        case .noPIN:
            return [model.text("kiosk.operator.title"), "", model.text("kiosk.operator.noPIN")]
        case .pin(let digits, let rejected):
            let dot = theme.ascii ? "*" : "•"
            let field = String(repeating: dot + " ", count: digits.count) + "_"
            var notice = ""
            if let until = model.lockedUntil, model.isLocked(now: now) {
                notice = model.text("kiosk.operator.locked", ["count": .number(KioskModel.secondsLeft(until: until, now: now))])
            } else if rejected {
                notice = model.text("kiosk.operator.wrong")
            }
            return [model.text("kiosk.operator.title"), "", model.text("kiosk.operator.prompt"), field, notice,
                    model.settings.keys.hint(model.catalog, in: model.language)]
        }
    }
}

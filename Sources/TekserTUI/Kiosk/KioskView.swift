import Foundation
import TekserCore

/// `view(model, now) -> screen` for the kiosk: the chat with the kiosk's instructions in the
/// status line, a box over it for the countdown or the PIN prompt, or the out-of-service notice.
public enum KioskView {
    public static func render(_ model: KioskModel, size: Size, now: Date) -> ChatScreen {
        let theme = ChatTheme(ascii: model.settings.chat.ascii)
        guard model.inService else {
            var screen = ChatScreen(grid: Grid(size: size), cursor: nil, layout: ChatLayout())
            let texts = Language.allCases.map { model.catalog.text("kiosk.outOfService", in: $0) }
            drawCentred(texts, into: &screen.grid, theme: theme, style: Style(.warning, .bold))
            if let overlay = model.overlay { drawBox(lines(for: overlay, model, now: now, theme: theme), into: &screen.grid, theme: theme) }
            return screen
        }
        var screen = ChatView.render(model.chat, size: size)
        if size.width >= ChatView.minimumSize.width, size.height >= ChatView.minimumSize.height {
            let status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
            screen.grid.fill(status, style: Style(.statusBar))
            let hint = DisplayWidth.truncate(theme.show(" " + model.text("kiosk.hint")), toWidth: size.width, ellipsis: theme.glyphs.ellipsis)
            screen.grid.put(hint, at: Point(x: 0, y: status.y), style: Style(.statusBar, .bold), clip: status)
        }
        if let overlay = model.overlay {
            drawBox(lines(for: overlay, model, now: now, theme: theme), into: &screen.grid, theme: theme)
            screen.cursor = nil
            screen.layout.hits = []
        }
        return screen
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
                    model.text("kiosk.operator.keys")]
        }
    }

    /// A framed box in the middle of the screen; the first line is its bold title.
    static func drawBox(_ lines: [String], into grid: inout Grid, theme: ChatTheme) {
        let inner = max(1, min(grid.width - 4, 56))
        let wrapped = lines.enumerated().flatMap { offset, line in
            line.isEmpty ? [("", offset)] : DisplayWidth.wrap(theme.show(line), width: inner).map { ($0, offset) }
        }
        let height = min(grid.height, wrapped.count + 2)
        let box = Rect(x: max(0, (grid.width - inner - 4) / 2), y: max(0, (grid.height - height) / 2), width: inner + 4, height: height)
        grid.fill(box, style: Style(.botBubble))
        grid.drawBox(box, glyphs: theme.glyphs, style: Style(.accent, .bold))
        for (row, (line, source)) in wrapped.prefix(max(0, height - 2)).enumerated() {
            let x = box.x + 2 + max(0, (inner - DisplayWidth.width(of: line)) / 2)
            let style = source == 0 ? Style(.botBubble, .bold) : Style(.botBubble)
            grid.put(line, at: Point(x: x, y: box.y + 1 + row), style: style, clip: box.inset(dx: 1, dy: 1))
        }
    }

    /// Paragraphs in the middle of the screen, one empty line apart.
    static func drawCentred(_ paragraphs: [String], into grid: inout Grid, theme: ChatTheme, style: Style) {
        let wrapped = paragraphs.map { DisplayWidth.wrap(theme.show($0), width: max(1, grid.width - 2)) }
        var lines = Array(wrapped.joined(separator: [""]))
        if lines.count > grid.height { lines = wrapped.flatMap { $0 } }
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            grid.put(line, at: Point(x: max(0, (grid.width - DisplayWidth.width(of: line)) / 2), y: top + offset), style: style)
        }
    }
}

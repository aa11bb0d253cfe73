import TekserCore

/// What a drawn chat reports: where the cursor goes and where the buttons landed (in the
/// grid's coordinates, wherever the chat's area lies).
public struct ChatFrame: Sendable {
    public var cursor: Point?
    public var layout: ChatLayout
}

/// What the chat's bottom line shows when no notice is up.
public enum ChatStatusLine: Sendable {
    /// Key hints from the chat's key table, as many as fit.
    case keys
    /// A fixed instruction instead (the kiosk's), notices included.
    case hint(String)
}

/// `view(model, into: grid, area:)`: header, history, reply keyboard, input line and status
/// bar, recomputed from the area on every frame, so a resize simply reflows.
public enum ChatView {
    /// Below this the layout cannot work; a notice asks for a larger window instead.
    public static let minimumSize = Size(width: 40, height: 12)

    public static func render(_ model: ChatModel, into grid: inout Grid, area: Rect, status: ChatStatusLine = .keys) -> ChatFrame {
        let theme = ChatTheme(ascii: model.options.ascii)
        guard area.width >= minimumSize.width, area.height >= minimumSize.height else {
            TooSmallNotice(minimum: minimumSize, languages: Language.allCases).render(model.catalog, into: &grid, area: area, theme: theme)
            return ChatFrame(cursor: nil, layout: ChatLayout())
        }
        let (header, belowHeader) = area.splitTop(1)
        let (aboveStatus, statusArea) = belowHeader.splitBottom(1)
        let (aboveInput, inputArea) = aboveStatus.splitBottom(1)
        let keyboardRows = keyboardRows(model, width: area.width, theme: theme)
        let (history, keyboard) = aboveInput.splitBottom(keyboardRows.count)

        drawHeader(model, into: &grid, area: header, theme: theme)
        var layout = drawHistory(model, into: &grid, area: history, theme: theme)
        for (offset, row) in keyboardRows.enumerated() {
            row.draw(into: &grid, y: keyboard.minY + offset, clip: keyboard)
            layout.hits += row.hits(y: keyboard.minY + offset, clip: keyboard)
        }
        let cursor = InputLineView(model: model, theme: theme).draw(into: &grid, area: inputArea)
        switch status {
        case .keys: drawStatus(model, into: &grid, area: statusArea, theme: theme)
        case .hint(let text): Banner(theme.show(text), style: Style(.statusBar, .bold), ellipsis: theme.glyphs.ellipsis, centred: false)
            .render(into: &grid, area: statusArea)
        }
        return ChatFrame(cursor: model.focus == nil ? cursor : nil, layout: layout)
    }

    private static func drawHeader(_ model: ChatModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        let style = Style(.header)
        grid.fill(area, style: style)
        let presence = model.text(model.isTyping ? "tui.header.typing" : "tui.header.online")
        let left = theme.show(" \(model.text("tui.header.title"))\(theme.separator)\(presence)")
        var facts = [model.text("language.name")]
        if let note = model.dataNote { facts.insert(model.catalog.text(note, in: model.language), at: 0) }
        if let left = model.checksLeft { facts.append(model.text("tui.header.checksLeft", ["count": .number(left)])) }
        // The facts on the right give way first when the width runs out.
        while !facts.isEmpty {
            let right = theme.show(facts.joined(separator: theme.separator) + " ")
            if DisplayWidth.width(of: left) + DisplayWidth.width(of: right) + 1 <= area.width {
                grid.put(right, at: Point(x: area.maxX - DisplayWidth.width(of: right), y: area.y), style: style, clip: area)
                break
            }
            facts.removeLast()
        }
        grid.put(left, at: Point(x: area.x, y: area.y), style: style, clip: area)
    }

    private static func drawHistory(_ model: ChatModel, into grid: inout Grid, area: Rect, theme: ChatTheme) -> ChatLayout {
        if model.showsKeys {
            KeyList(title: model.text("tui.keys.title"), lines: KeyMap.chat.helpLines(model.catalog, in: model.language))
                .render(into: &grid, area: area, theme: theme)
            return ChatLayout(historyHeight: area.height, maxScroll: model.layout.maxScroll)
        }
        let page = HistoryView(model: model, width: area.width, theme: theme).page(height: area.height, scroll: model.scroll)
        // Few messages sit at the bottom, next to the input, as in Telegram.
        let top = area.maxY - page.rows.count
        var layout = ChatLayout(historyHeight: area.height, maxScroll: page.maxScroll)
        for (offset, row) in page.rows.enumerated() {
            row.draw(into: &grid, y: top + offset, clip: area)
            layout.hits += row.hits(y: top + offset, clip: area)
        }
        if page.scroll > 0 { MoreMarker(.below).render(into: &grid, area: area, ascii: theme.ascii) }
        return layout
    }

    private static func keyboardRows(_ model: ChatModel, width: Int, theme: ChatTheme) -> [Row] {
        guard let keyboard = model.replyKeyboard else { return [] }
        var index = 0
        return keyboard.rows.map { labels in
            let targets = labels.indices.map { ButtonTarget.reply(index: index + $0) }
            index += labels.count
            return .buttons(labels, targets: targets, x: 1, width: width - 2, focus: model.focus, theme: theme)
        }
    }

    /// A notice from a button press, else as many key hints as fit whole.
    private static func drawStatus(_ model: ChatModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        if let toast = model.toast {
            Banner(theme.show(toast), style: Style(.accent, .bold), ellipsis: theme.glyphs.ellipsis, centred: false)
                .render(into: &grid, area: area)
        } else {
            KeyBar(entries: KeyMap.chat.barEntries(model.catalog, in: model.language), look: .spaced(theme.separator))
                .render(into: &grid, area: area, theme: theme)
        }
    }
}

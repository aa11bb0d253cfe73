import TekserCore
import TekserBot

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
            TooSmallNotice(minimum: minimumSize, languages: Language.allCases).render(model.catalog, into: &grid, area: area, theme: theme, drawn: model.tooSmallNotice)
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
        grid.fill(area, style: Style(.header))
        let key = HeaderKey(language: model.language, isTyping: model.isTyping, dataNote: model.dataNote,
                            checksLeft: model.checksLeft, width: area.width)
        let header = model.header.value(for: key) { headerTexts(model, width: area.width, theme: theme) }
        if let right = header.right { grid.put(right, at: Point(x: area.maxX - right.width, y: area.y), clip: area) }
        grid.put(header.left, at: Point(x: area.x, y: area.y), clip: area)
    }

    /// The title and presence on the left; on the right the data version, the language and the
    /// checks left, those on the right giving way first when the width runs out.
    private static func headerTexts(_ model: ChatModel, width: Int, theme: ChatTheme) -> (left: CellRun, right: CellRun?) {
        let style = Style(.header)
        let presence = model.text(model.isTyping ? "tui.header.typing" : "tui.header.online")
        let left = theme.show(" \(model.text("tui.header.title"))\(theme.separator)\(presence)")
        var facts = [model.text("language.name")]
        if let note = model.dataNote { facts.insert(model.catalog.text(note, in: model.language), at: 0) }
        if let left = model.checksLeft { facts.append(model.text("tui.header.checksLeft", ["count": .number(left)])) }
        while !facts.isEmpty {
            let right = theme.show(facts.joined(separator: theme.separator) + " ")
            if DisplayWidth.width(of: left) + DisplayWidth.width(of: right) + 1 <= width {
                return (CellRun(left, style: style), CellRun(right, style: style))
            }
            facts.removeLast()
        }
        return (CellRun(left, style: style), nil)
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
        let key = KeyboardRowsKey(keyboard: keyboard, width: width, focus: model.focus, ascii: theme.ascii)
        return model.keyboardRows.value(for: key) {
            var index = 0
            return keyboard.rows.map { labels in
                let targets = labels.indices.map { ButtonTarget.reply(index: index + $0) }
                index += labels.count
                return .buttons(labels, targets: targets, x: 1, width: width - 2, focus: model.focus, theme: theme)
            }
        }
    }

    /// A notice from a button press, else as many key hints as fit whole.
    private static func drawStatus(_ model: ChatModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        if let toast = model.toast {
            Banner(theme.show(toast), style: Style(.accent, .bold), ellipsis: theme.glyphs.ellipsis, centred: false)
                .render(into: &grid, area: area)
        } else {
            let line = model.keyBar.value(for: KeyBarKey(language: model.language, width: area.width)) {
                let entries = KeyMap.chat.barEntries(model.catalog, in: model.language)
                return CellRun(KeyBar.spacedLine(entries, separator: theme.separator, width: area.width, theme: theme), style: Style(.statusBar))
            }
            KeyBar.render(line, into: &grid, area: area)
        }
    }
}

/// What the header is drawn from (besides the chat's catalog and ASCII mode, which stay).
struct HeaderKey: Equatable {
    var language: Language
    var isTyping: Bool
    var dataNote: Message?
    var checksLeft: Int?
    var width: Int
}

/// What the key bar is drawn from (besides the chat's catalog and ASCII mode, which stay).
struct KeyBarKey: Equatable {
    var language: Language
    var width: Int
}

/// What the reply keyboard's rows are drawn from.
struct KeyboardRowsKey: Equatable {
    var keyboard: ReplyKeyboard
    var width: Int
    var focus: ButtonTarget?
    var ascii: Bool
}

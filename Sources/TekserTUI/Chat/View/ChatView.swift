import TekserCore

/// A drawn frame: the grid, where the cursor goes, and where the buttons landed.
public struct ChatScreen: Sendable {
    public var grid: Grid
    public var cursor: Point?
    public var layout: ChatLayout
}

/// `view(model) -> grid`: header, history, reply keyboard, input line and status bar,
/// recomputed from the size on every frame, so a resize simply reflows.
public enum ChatView {
    /// Below this the layout cannot work; a notice asks for a larger window instead.
    public static let minimumSize = Size(width: 40, height: 12)

    public static func render(_ model: ChatModel, size: Size) -> ChatScreen {
        var grid = Grid(size: size)
        let theme = ChatTheme(ascii: model.options.ascii)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            drawTooSmall(into: &grid, catalog: model.catalog, theme: theme)
            return ChatScreen(grid: grid, cursor: nil, layout: ChatLayout())
        }
        let (header, belowHeader) = grid.bounds.splitTop(1)
        let (aboveStatus, status) = belowHeader.splitBottom(1)
        let (aboveInput, inputArea) = aboveStatus.splitBottom(1)
        let keyboardRows = keyboardRows(model, width: size.width, theme: theme)
        let (history, keyboard) = aboveInput.splitBottom(keyboardRows.count)

        drawHeader(model, into: &grid, area: header, theme: theme)
        var layout = drawHistory(model, into: &grid, area: history, theme: theme)
        for (offset, row) in keyboardRows.enumerated() {
            row.draw(into: &grid, y: keyboard.minY + offset, clip: keyboard)
            layout.hits += row.hits(y: keyboard.minY + offset)
        }
        let cursor = InputLineView(model: model, theme: theme).draw(into: &grid, area: inputArea)
        drawStatus(model, into: &grid, area: status, theme: theme)
        return ChatScreen(grid: grid, cursor: model.focus == nil ? cursor : nil, layout: layout)
    }

    private static func drawHeader(_ model: ChatModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        let style = Style(.header)
        grid.fill(area, style: style)
        let presence = model.text(model.isTyping ? "tui.header.typing" : "tui.header.online")
        let left = theme.show(" \(model.text("tui.header.title"))\(theme.separator)\(presence)")
        var facts = [model.text("language.name")]
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
        let rows = HistoryView(model: model, width: area.width, theme: theme).rows
        let maxScroll = max(0, rows.count - area.height)
        let scroll = min(model.scroll, maxScroll)
        let end = rows.count - scroll
        let start = max(0, end - area.height)
        // Few messages sit at the bottom, next to the input, as in Telegram.
        let top = area.maxY - (end - start)
        var layout = ChatLayout(historyHeight: area.height, maxScroll: maxScroll)
        for (offset, row) in rows[start..<end].enumerated() {
            row.draw(into: &grid, y: top + offset, clip: area)
            layout.hits += row.hits(y: top + offset)
        }
        if scroll > 0 {
            let more = theme.show(" ▼ ")
            grid.put(more, at: Point(x: area.maxX - DisplayWidth.width(of: more) - 1, y: area.maxY - 1), style: Style(.accent, .bold))
        }
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
        let style = Style(model.toast == nil ? .statusBar : .accent, model.toast == nil ? [] : .bold)
        grid.fill(area, style: style)
        var line = ""
        if let toast = model.toast {
            line = DisplayWidth.truncate(theme.show(" " + toast), toWidth: area.width, ellipsis: theme.glyphs.ellipsis)
        } else {
            for entry in KeyMap.statusEntries(model.catalog, in: model.language) {
                let longer = line + (line.isEmpty ? " " : theme.separator) + theme.show(entry)
                guard DisplayWidth.width(of: longer) <= area.width else { break }
                line = longer
            }
        }
        grid.put(line, at: Point(x: area.x, y: area.y), style: style, clip: area)
    }

    /// The notice in all three languages, since the window is too small to choose one.
    private static func drawTooSmall(into grid: inout Grid, catalog: Catalog, theme: ChatTheme) {
        let message = Message("tui.tooSmall", [
            "width": .number(minimumSize.width), "height": .number(minimumSize.height),
            "currentWidth": .number(grid.width), "currentHeight": .number(grid.height),
        ])
        let paragraphs = Language.allCases.map { DisplayWidth.wrap(theme.show(catalog.text(message, in: $0)), width: grid.width) }
        var lines = paragraphs.joined(separator: [""]).map { $0 }
        if lines.count > grid.height { lines = paragraphs.flatMap { $0 } }
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (grid.width - DisplayWidth.width(of: line)) / 2)
            grid.put(line, at: Point(x: x, y: top + offset), style: Style(.warning, .bold))
        }
    }
}

import TekserCore

/// A drawn trainer frame: the grid, the cursor, and the layouts of the chat and the trainer.
public struct TrainerScreen: Sendable {
    public var grid: Grid
    public var cursor: Point?
    /// The chat's own layout, relative to `layout.chatArea`.
    public var chatLayout: ChatLayout
    public var layout: TrainerLayout
}

/// `view(model) -> grid` for the trainer: the demo banner on top, the chat (drawn by
/// `ChatView`) with the samples panel to its right, and the caption box at the bottom.
public enum TrainerView {
    /// The narrowest the samples panel is; it grows to fit its widest sample (a link is long),
    /// but never takes more than half the screen.
    static let panelWidth = 34
    /// Caption lines shown at most; a longer caption is cut.
    static let captionLines = 3

    public static func render(_ model: TrainerModel, size: Size) -> TrainerScreen {
        var grid = Grid(size: size)
        let theme = ChatTheme(ascii: model.chat.options.ascii)
        var area = grid.bounds
        if model.isDemo {
            let (banner, rest) = area.splitTop(1)
            drawBanner(model, into: &grid, area: banner, theme: theme)
            area = rest
        }
        let caption = captionRows(model, width: size.width - 4, theme: theme)
        if let caption {
            let (rest, box) = area.splitBottom(caption.count + 2)
            CaptionBox(model: model, lines: caption, theme: theme).draw(into: &grid, area: box)
            area = rest
        }
        var layout = TrainerLayout()
        if model.panelOpen {
            let samples = SamplesPanel(model: model, theme: theme)
            let width = min(max(panelWidth, samples.widestRow + 2), size.width / 2)
            let panel = Rect(x: area.maxX - width, y: area.y, width: width, height: area.height)
            layout.sampleRows = samples.draw(into: &grid, area: panel)
            area = Rect(x: area.x, y: area.y, width: area.width - width, height: area.height)
        }
        layout.chatArea = area
        let chat = ChatView.render(model.chat, size: Size(width: area.width, height: area.height))
        grid.paste(chat.grid, at: Point(x: area.x, y: area.y))
        let cursor = chat.cursor.map { Point(x: $0.x + area.x, y: $0.y + area.y) }
        return TrainerScreen(grid: grid, cursor: cursor, chatLayout: chat.layout, layout: layout)
    }

    /// DEMO DATA — NOT OFFICIAL REGISTRIES, centred on a warning-coloured row.
    private static func drawBanner(_ model: TrainerModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        let style = Style(.warning, [.bold, .reverse])
        grid.fill(area, style: style)
        let text = DisplayWidth.truncate(theme.show(model.text("trainer.banner")), toWidth: area.width, ellipsis: theme.glyphs.ellipsis)
        let x = area.x + max(0, (area.width - DisplayWidth.width(of: text)) / 2)
        grid.put(text, at: Point(x: x, y: area.y), style: style, clip: area)
    }

    /// The caption's wrapped lines, or nil when there is no caption box to show.
    private static func captionRows(_ model: TrainerModel, width: Int, theme: ChatTheme) -> [String]? {
        guard model.caption != nil || model.player != nil else { return nil }
        let lines = DisplayWidth.wrap(theme.show(model.caption ?? ""), width: max(1, width))
        return Array(lines.prefix(captionLines))
    }
}

extension Grid {
    /// Copies `other` onto this grid with its top left corner at `origin`, wide characters whole.
    mutating func paste(_ other: Grid, at origin: Point) {
        for y in 0..<other.height {
            for x in 0..<other.width where !other[x, y].isContinuation {
                let cell = other[x, y]
                let wide = x + 1 < other.width && other[x + 1, y].isContinuation
                setCell(cell.character, columns: wide ? 2 : 1, style: cell.style, x: origin.x + x, y: origin.y + y)
            }
        }
    }
}

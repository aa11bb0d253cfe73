import TekserCore

/// What a drawn trainer frame reports: the cursor, and where the chat's buttons and the
/// panel's samples landed (in the grid's coordinates).
public struct TrainerFrame: Sendable {
    public var cursor: Point?
    public var chatLayout: ChatLayout
    public var layout: TrainerLayout
}

/// `view(model, into: grid, area:)` for the trainer: the demo banner on top, the chat (drawn
/// by `ChatView` into its own area) with the samples panel to its right, the caption box at the bottom.
public enum TrainerView {
    /// The narrowest the samples panel is; it grows to fit its widest sample (a link is long),
    /// but never takes more than half the screen.
    static let panelWidth = 34
    /// Caption lines shown at most; a longer caption is cut.
    static let captionLines = 3

    public static func render(_ model: TrainerModel, into grid: inout Grid, area: Rect) -> TrainerFrame {
        let theme = ChatTheme(ascii: model.chat.options.ascii)
        var area = area
        if model.isDemo {
            let (banner, rest) = area.splitTop(1)
            Banner(theme.show(model.text("trainer.banner")), style: Style(.warning, [.bold, .reverse]), ellipsis: theme.glyphs.ellipsis)
                .render(into: &grid, area: banner)
            area = rest
        }
        if let caption = captionRows(model, width: area.width - 4, theme: theme) {
            let (rest, box) = area.splitBottom(caption.count + 2)
            CaptionBox(model: model, lines: caption, theme: theme).draw(into: &grid, area: box)
            area = rest
        }
        var layout = TrainerLayout()
        if model.panelOpen {
            let samples = SamplesPanel(model: model, theme: theme)
            let width = min(max(panelWidth, samples.widestRow + 2), area.width / 2)
            let (rest, panel) = area.splitRight(width)
            layout.sampleRows = samples.draw(into: &grid, area: panel)
            area = rest
        }
        let chat = ChatView.render(model.chat, into: &grid, area: area)
        return TrainerFrame(cursor: chat.cursor, chatLayout: chat.layout, layout: layout)
    }

    /// The caption's wrapped lines, or nil when there is no caption box to show.
    private static func captionRows(_ model: TrainerModel, width: Int, theme: ChatTheme) -> [String]? {
        guard model.caption != nil || model.player != nil else { return nil }
        let lines = DisplayWidth.wrap(theme.show(model.caption ?? ""), width: max(1, width))
        return Array(lines.prefix(captionLines))
    }
}

import TekserCore

/// A drawn desk frame: the grid, the cursor, and the panel's size for paging.
public struct DeskScreen: Sendable {
    public var grid: Grid
    public var cursor: Point?
    public var layout: DeskLayout
}

/// `view(model) -> grid`: header, the shift pane on the left, the evidence panel on the right,
/// the key bar at the bottom; all recomputed from the size, so a resize simply reflows.
public enum DeskView {
    public static let minimumSize = Size(width: 50, height: 10)

    public static func render(_ model: DeskModel, size: Size) -> DeskScreen {
        var grid = Grid(size: size)
        let theme = ChatTheme(ascii: model.ascii)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            let notice = model.text("tui.tooSmall", [
                "width": .number(minimumSize.width), "height": .number(minimumSize.height),
                "currentWidth": .number(size.width), "currentHeight": .number(size.height),
            ])
            for (row, line) in DisplayWidth.wrap(theme.show(notice), width: size.width).prefix(size.height).enumerated() {
                grid.put(line, at: Point(x: 0, y: row), style: Style(.warning, .bold))
            }
            return DeskScreen(grid: grid, cursor: nil, layout: DeskLayout())
        }
        let (header, belowHeader) = grid.bounds.splitTop(1)
        let (body, keyBar) = belowHeader.splitBottom(1)
        drawHeader(model, into: &grid, area: header, theme: theme)
        drawKeyBar(model, into: &grid, area: keyBar, theme: theme)
        let full = model.isMaximised || model.showsHelp
        let leftWidth = full ? 0 : max(30, size.width * 2 / 5)
        let left = Rect(x: body.x, y: body.y, width: leftWidth, height: body.height)
        let right = Rect(x: body.x + leftWidth, y: body.y, width: body.width - leftWidth, height: body.height)
        var cursor: Point?
        if !full { cursor = ShiftPane(model: model, theme: theme).draw(into: &grid, area: left) }
        let layout = drawPanel(model, into: &grid, area: right, theme: theme)
        return DeskScreen(grid: grid, cursor: cursor, layout: layout)
    }

    private static func drawHeader(_ model: DeskModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        grid.fill(area, style: Style(.header))
        let title = model.text("desk.header", [
            "operator": .text(model.operatorName), "channel": .message(model.channel.message),
            "count": .number(model.entries.count),
        ])
        var header = area
        if model.waiting > 0 {
            let waiting = theme.show(model.text("server.waiting", ["count": .number(model.waiting)]) + " ")
            let width = DisplayWidth.width(of: waiting)
            grid.put(waiting, at: Point(x: area.x + max(0, area.width - width), y: area.y), style: Style(.warning, .bold), clip: area)
            header.width = max(0, area.width - width - 1)
        }
        let end = grid.put(theme.show(" " + title), at: Point(x: area.x, y: area.y), style: Style(.header, .bold), clip: header)
        let area = header
        if let status = model.status {
            grid.put(theme.show(" " + status), at: Point(x: end + 1, y: area.y), style: Style(.warning, .bold), clip: area)
        } else if model.isRecording {
            grid.put(theme.show(" " + model.text("desk.recording")), at: Point(x: end + 1, y: area.y), style: Style(.accent), clip: area)
        }
    }

    /// "F1Help F2New …" as in mc: every entry of the key table marked for the bar, as many as fit.
    private static func drawKeyBar(_ model: DeskModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        grid.fill(area, style: Style(.statusBar))
        var x = area.x
        for entry in DeskKeyMap.barEntries(model.catalog, in: model.language) {
            let label = theme.show(entry.label)
            let needed = DisplayWidth.width(of: entry.key) + DisplayWidth.width(of: label) + 1
            guard x + needed <= area.maxX else { break }
            x = grid.put(entry.key, at: Point(x: x, y: area.y), style: Style(.normal, .bold), clip: area)
            x = grid.put(label, at: Point(x: x, y: area.y), style: Style(.statusBar), clip: area) + 1
        }
    }

    private static func drawPanel(_ model: DeskModel, into grid: inout Grid, area: Rect, theme: ChatTheme) -> DeskLayout {
        grid.drawBox(area, glyphs: theme.glyphs)
        let titleKey = model.showsHelp ? "desk.help.title" : (model.isMaximised ? "desk.panel.titleMaximised" : "desk.panel.title")
        grid.put(theme.show(" \(model.text(titleKey)) "), at: Point(x: area.x + 2, y: area.y), style: Style(.header, .bold), clip: area)
        let inside = area.inset(dx: 2, dy: 1)
        var styled: [(text: String, style: Style)]
        if model.showsHelp {
            styled = DeskKeyMap.helpLines(model.catalog, in: model.language).map { ($0, .normal) }
        } else if let entry = model.selected {
            styled = EvidencePanel(model: model).lines(for: entry)
        } else {
            styled = [(model.text("desk.panel.empty"), Style(.muted))]
        }
        let rows = styled.flatMap { line in
            DisplayWidth.wrap(theme.show(line.text), width: max(1, inside.width)).map { ($0, line.style) }
        }
        let maxScroll = max(0, rows.count - inside.height)
        let scroll = min(model.panelScroll, maxScroll)
        for (offset, row) in rows.dropFirst(scroll).prefix(inside.height).enumerated() {
            grid.put(row.0, at: Point(x: inside.x, y: inside.y + offset), style: row.1, clip: inside)
        }
        if scroll < maxScroll {
            let more = theme.show(" ▼ PgDn ")
            grid.put(more, at: Point(x: area.maxX - DisplayWidth.width(of: more) - 1, y: area.maxY - 1), style: Style(.accent, .bold), clip: area)
        }
        if scroll > 0 {
            let more = theme.show(" ▲ PgUp ")
            grid.put(more, at: Point(x: area.maxX - DisplayWidth.width(of: more) - 1, y: area.y), style: Style(.accent, .bold), clip: area)
        }
        return DeskLayout(panelHeight: inside.height, maxPanelScroll: maxScroll)
    }
}

import TekserCore

/// What a drawn desk reports: where the cursor goes, and the panel's size for paging.
public struct DeskFrame: Sendable {
    public var cursor: Point?
    public var layout: DeskLayout
}

/// `view(model, into: grid, area:)`: header, the shift pane on the left, the evidence panel on
/// the right, the key bar at the bottom; all recomputed from the area, so a resize simply reflows.
public enum DeskView {
    public static let minimumSize = Size(width: 50, height: 10)

    public static func render(_ model: DeskModel, into grid: inout Grid, area: Rect) -> DeskFrame {
        let theme = ChatTheme(ascii: model.ascii)
        guard area.width >= minimumSize.width, area.height >= minimumSize.height else {
            TooSmallNotice(minimum: minimumSize, languages: [model.language]).render(model.catalog, into: &grid, area: area, theme: theme)
            return DeskFrame(cursor: nil, layout: DeskLayout())
        }
        let (header, belowHeader) = area.splitTop(1)
        let (body, keyBar) = belowHeader.splitBottom(1)
        drawHeader(model, into: &grid, area: header, theme: theme)
        KeyBar(entries: KeyMap.desk.barEntries(model.catalog, in: model.language))
            .render(into: &grid, area: keyBar, theme: theme)
        let full = model.isMaximised || model.showsHelp
        let (left, right) = body.splitLeft(full ? 0 : max(30, area.width * 2 / 5))
        var cursor: Point?
        if !full { cursor = ShiftPane(model: model, theme: theme).draw(into: &grid, area: left) }
        let layout = drawPanel(model, into: &grid, area: right, theme: theme)
        return DeskFrame(cursor: cursor, layout: layout)
    }

    private static func drawHeader(_ model: DeskModel, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        grid.fill(area, style: Style(.header))
        let title = model.text("desk.header", [
            "operator": .text(model.operatorName), "channel": .message(model.channel.message),
            "count": .number(model.entries.count),
        ])
        // What waits for the team's server keeps the right end; the title and notices get the rest.
        var left = area
        let facts = [model.serverProblem.map { model.catalog.text($0, in: model.language) },
                     model.dataNote.map { model.catalog.text($0, in: model.language) },
                     model.waiting > 0 ? model.text("server.waiting", ["count": .number(model.waiting)]) : nil].compactMap { $0 }
        if !facts.isEmpty {
            let waiting = theme.show(facts.joined(separator: theme.separator) + " ")
            let width = DisplayWidth.width(of: waiting)
            grid.put(waiting, at: Point(x: area.x + max(0, area.width - width), y: area.y), style: Style(.warning, .bold), clip: area)
            left.width = max(0, area.width - width - 1)
        }
        let end = grid.put(theme.show(" " + title), at: Point(x: area.x, y: area.y), style: Style(.header, .bold), clip: left)
        if let status = model.status {
            grid.put(theme.show(" " + status), at: Point(x: end + 1, y: area.y), style: Style(.warning, .bold), clip: left)
        } else if model.isRecording {
            grid.put(theme.show(" " + model.text("desk.recording")), at: Point(x: end + 1, y: area.y), style: Style(.accent), clip: left)
        }
    }

    private static func drawPanel(_ model: DeskModel, into grid: inout Grid, area: Rect, theme: ChatTheme) -> DeskLayout {
        grid.drawBox(area, glyphs: theme.glyphs)
        let titleKey = model.showsHelp ? "desk.help.title" : (model.isMaximised ? "desk.panel.titleMaximised" : "desk.panel.title")
        grid.put(theme.show(" \(model.text(titleKey)) "), at: Point(x: area.x + 2, y: area.y), style: Style(.header, .bold), clip: area)
        let inside = area.inset(dx: 2, dy: 1)
        var styled: [(text: String, style: Style)]
        if model.showsHelp {
            styled = KeyMap.desk.helpLines(model.catalog, in: model.language).map { ($0, .normal) }
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
        if scroll < maxScroll { MoreMarker(.below, key: KeyName.of(.pageDown)).render(into: &grid, area: area, ascii: model.ascii) }
        if scroll > 0 { MoreMarker(.above, key: KeyName.of(.pageUp)).render(into: &grid, area: area, ascii: model.ascii) }
        return DeskLayout(panelHeight: inside.height, maxPanelScroll: maxScroll)
    }
}

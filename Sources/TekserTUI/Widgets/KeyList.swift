/// A key table's help lines in a frame, a title on its top edge, cut when the area is short:
/// the chat's F1 (the desk's F1 panel shows the same lines in its own pane).
struct KeyList {
    let title: String
    let lines: [String]

    func render(into grid: inout Grid, area: Rect, theme: ChatTheme) {
        grid.fill(area)
        grid.drawBox(area, glyphs: theme.glyphs, style: Style(.accent))
        grid.put(theme.show(" \(title) "), at: Point(x: area.x + 2, y: area.y), style: Style(.accent, .bold), clip: area.inset(dx: 1, dy: 0))
        let inside = area.inset(dx: 2, dy: 1)
        let rows = lines.flatMap { DisplayWidth.wrap(theme.show($0), width: max(1, inside.width)) }
        for (offset, row) in rows.prefix(inside.height).enumerated() {
            grid.put(row, at: Point(x: inside.x, y: inside.y + offset), clip: inside)
        }
        if rows.count > inside.height { MoreMarker(.below).render(into: &grid, area: area, ascii: theme.ascii) }
    }
}

/// A framed box in the middle of an area, over whatever was drawn there: the first line is
/// its bold title, every line centred. The kiosk's countdown and PIN prompt.
struct OverlayBox {
    let lines: [String]
    let theme: ChatTheme
    /// The widest the text inside may be.
    static let maximumInnerWidth = 56

    func render(into grid: inout Grid, area: Rect) {
        let inner = max(1, min(area.width - 4, Self.maximumInnerWidth))
        let wrapped = lines.enumerated().flatMap { offset, line in
            line.isEmpty ? [("", offset)] : DisplayWidth.wrap(theme.show(line), width: inner).map { ($0, offset) }
        }
        let box = area.centred(width: inner + 4, height: min(area.height, wrapped.count + 2))
        grid.fill(box, style: Style(.botBubble))
        grid.drawBox(box, glyphs: theme.glyphs, style: Style(.accent, .bold))
        let text = box.inset(dx: 2, dy: 1)
        for (row, (line, source)) in wrapped.prefix(max(0, box.height - 2)).enumerated() {
            let style = source == 0 ? Style(.botBubble, .bold) : Style(.botBubble)
            let rowArea = Rect(x: text.x, y: text.y + row, width: inner, height: 1)
            grid.put(line, at: Point(x: rowArea.centred(width: DisplayWidth.width(of: line)).x, y: rowArea.y), style: style,
                     clip: box.inset(dx: 1, dy: 1))
        }
    }
}

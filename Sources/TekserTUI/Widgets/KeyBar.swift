/// The keys a mode advertises on its bottom row, from its key table, as many as fit whole:
/// "F1Help F2New", the key bold and the word after it, as in mc (the desk); or spaced,
/// "Enter send · Tab buttons", in the status bar's colours (the chat, which keeps the line).
struct KeyBar {
    let entries: [KeyBarEntry]

    func render(into grid: inout Grid, area: Rect, theme: ChatTheme) {
        grid.fill(area, style: Style(.statusBar))
        var x = area.x
        for entry in entries {
            let label = theme.show(entry.label)
            guard x + DisplayWidth.width(of: entry.key) + DisplayWidth.width(of: label) + 1 <= area.maxX else { break }
            x = grid.put(entry.key, at: Point(x: x, y: area.y), style: Style(.normal, .bold), clip: area)
            x = grid.put(label, at: Point(x: x, y: area.y), style: Style(.statusBar), clip: area) + 1
        }
    }

    /// "Enter send · Tab buttons": as many entries as fit whole in `width` columns.
    static func spacedLine(_ entries: [KeyBarEntry], separator: String, width: Int, theme: ChatTheme) -> String {
        var line = "", lineWidth = 0
        for entry in entries {
            // Each piece starts with a space, so widths add up: no grapheme spans two pieces.
            let piece = (line.isEmpty ? " " : separator) + theme.show("\(entry.key) \(entry.label)")
            let pieceWidth = DisplayWidth.width(of: piece)
            guard lineWidth + pieceWidth <= width else { break }
            line += piece
            lineWidth += pieceWidth
        }
        return line
    }

    /// A spaced line (from `spacedLine`, cut into cells, perhaps kept from an earlier frame) as the bar.
    static func render(_ line: CellRun, into grid: inout Grid, area: Rect) {
        grid.fill(area, style: Style(.statusBar))
        grid.put(line, at: Point(x: area.x, y: area.y), clip: area)
    }
}

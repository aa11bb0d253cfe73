/// The characters the chat draws with, in a Unicode and an ASCII variant; every text goes
/// through `show`, so ASCII mode never lets a non-ASCII character reach the grid.
struct ChatTheme {
    let ascii: Bool
    var glyphs: GlyphSet { ascii ? .ascii : .unicode }
    var sentMark: String { ascii ? "v" : "✓" }
    var readMark: String { ascii ? "vv" : "✓✓" }
    var separator: String { ascii ? " | " : " · " }
    var prompt: String { ascii ? "> " : "› " }

    func show(_ text: String) -> String {
        ascii ? ASCIIFolding.fold(text) : text
    }

    /// A button's face: the label centred in brackets, cut with an ellipsis to `width` columns.
    func buttonFace(_ label: String, width: Int) -> String {
        guard width >= 2 else { return String(repeating: "[", count: max(0, width)) }
        let room = width - 2
        let text = DisplayWidth.truncate(show(label), toWidth: max(0, room - 2), ellipsis: glyphs.ellipsis)
        let left = Rect(x: 0, y: 0, width: room, height: 1).centred(width: DisplayWidth.width(of: text)).x
        return "[" + DisplayWidth.padded(String(repeating: " ", count: left) + text, toWidth: room) + "]"
    }
}

/// Pieces of text placed on one row; rows are built first and placed on screen afterwards,
/// because the scroll position decides where they land.
struct Row {
    /// Text at a column, cut into cells when the row is built, so drawing it is a copy.
    struct Span {
        var x: Int
        var run: CellRun
    }

    var spans: [Span] = []
    /// Buttons on this row: the columns they cover and what they press.
    var buttons: [(x: Int, width: Int, target: ButtonTarget)] = []

    mutating func put(_ text: String, x: Int, style: Style) {
        spans.append(Span(x: x, run: CellRun(text, style: style)))
    }

    /// Draws the row on line `y`, its columns counted from `clip`'s left edge.
    func draw(into grid: inout Grid, y: Int, clip: Rect) {
        for span in spans { grid.put(span.run, at: Point(x: clip.x + span.x, y: y), clip: clip) }
    }

    /// The row's buttons where `draw` put them.
    func hits(y: Int, clip: Rect) -> [ButtonHit] {
        buttons.map { ButtonHit(rect: Rect(x: clip.x + $0.x, y: y, width: $0.width, height: 1), target: $0.target) }
    }
}

extension Row {
    /// One row of buttons spread over `width` columns from `x`, one column apart.
    static func buttons(_ labels: [String], targets: [ButtonTarget], x: Int, width: Int,
                        focus: ButtonTarget?, theme: ChatTheme) -> Row {
        var row = Row()
        let count = labels.count
        guard count > 0 else { return row }
        let room = max(0, width - (count - 1))
        var left = x
        for (index, label) in labels.enumerated() {
            let buttonWidth = room / count + (index < room % count ? 1 : 0)
            let target = targets[index]
            let style = Style(target == focus ? .focusedButton : .button)
            row.put(theme.buttonFace(label, width: buttonWidth), x: left, style: style)
            row.buttons.append((left, buttonWidth, target))
            left += buttonWidth + 1
        }
        return row
    }
}

/// The input line: prompt, text scrolled sideways so the cursor stays visible, or the
/// placeholder when empty. The cursor column is counted in display width (Cyrillic, emoji).
struct InputLineView {
    let model: ChatModel
    let theme: ChatTheme

    /// Draws the line and returns where the terminal cursor goes.
    func draw(into grid: inout Grid, area: Rect) -> Point {
        let style = Style(.inputField)
        grid.fill(area, style: style)
        let promptEnd = grid.put(theme.prompt, at: Point(x: area.x, y: area.y), style: Style(.inputField, .bold), clip: area)
        let room = max(1, area.maxX - promptEnd - 1)
        let editor = model.input
        guard !editor.characters.isEmpty else {
            let placeholder = model.replyKeyboard?.inputFieldPlaceholder ?? model.text("tui.input.placeholder")
            grid.put(theme.show(placeholder), at: Point(x: promptEnd, y: area.y), style: Style(.muted), clip: area)
            return Point(x: promptEnd, y: area.y)
        }
        let pieces = editor.characters.map { theme.show(String($0)) }
        let widths = pieces.map { DisplayWidth.width(of: $0) }
        let cursorColumn = widths[..<editor.cursor].reduce(0, +)
        // Skip whole characters from the left until the cursor fits.
        var first = 0, skipped = 0
        while cursorColumn - skipped > room - 1, first < editor.cursor {
            skipped += widths[first]
            first += 1
        }
        grid.put(pieces[first...].joined(), at: Point(x: promptEnd, y: area.y), style: style, clip: area)
        return Point(x: promptEnd + cursorColumn - skipped, y: area.y)
    }
}

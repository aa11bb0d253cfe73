import TekserCore

/// The left pane: the quick-check line (or the note or find line) over this shift's inquiries.
struct ShiftPane {
    let model: DeskModel
    let theme: ChatTheme

    /// Draws the pane and returns where the cursor goes on the input line.
    func draw(into grid: inout Grid, area: Rect) -> Point? {
        grid.drawBox(area, glyphs: theme.glyphs)
        var title = model.filter.isEmpty ? model.text("desk.list.title")
            : model.text("desk.list.filtered", ["text": .text(model.filter)])
        switch model.team {
        case .found?:
            title += " · " + model.text("desk.list.teamFound", ["count": .number(model.teamMatches.count)])
        case .away?: title += " · " + model.text("desk.list.teamAway")
        case nil: break
        }
        grid.put(theme.show(" \(title) "), at: Point(x: area.x + 2, y: area.y), style: Style(.header, .bold), clip: area)
        let inside = area.inset(dx: 1, dy: 1)
        guard inside.height >= 3 else { return nil }
        let cursor = drawInput(into: &grid, y: inside.y, clip: inside)
        grid.horizontalLine(at: Point(x: inside.x, y: inside.y + 1), width: inside.width, glyphs: theme.glyphs, style: Style(.muted))
        let list = Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 2)
        drawList(into: &grid, area: list)
        return cursor
    }

    private func drawInput(into grid: inout Grid, y: Int, clip: Rect) -> Point {
        let key = switch model.mode {
        case .check: "desk.input.check"
        case .note: "desk.input.note"
        case .find: "desk.input.find"
        }
        let label = theme.show(model.text(key)) + " "
        let start = grid.put(label, at: Point(x: clip.x, y: y), style: Style(.accent, .bold), clip: clip)
        let field = Rect(x: start, y: y, width: clip.maxX - start, height: 1)
        grid.fill(field, style: Style(.inputField))
        let characters = model.input.characters
        let beforeCursor = theme.show(String(characters[..<model.input.cursor]))
        // Long lines scroll so the cursor stays visible.
        let hidden = max(0, DisplayWidth.width(of: beforeCursor) - (field.width - 1))
        let text = theme.show(model.input.text)
        let visible = String(text.dropFirst(droppedCharacters(text, columns: hidden)))
        grid.put(visible, at: Point(x: field.x, y: y), style: Style(.inputField), clip: field)
        return Point(x: min(field.maxX - 1, field.x + DisplayWidth.width(of: beforeCursor) - hidden), y: y)
    }

    /// How many leading characters cover at least `columns` columns.
    private func droppedCharacters(_ text: String, columns: Int) -> Int {
        var width = 0, count = 0
        for character in text where width < columns {
            width += DisplayWidth.width(of: character)
            count += 1
        }
        return count
    }

    private func drawList(into grid: inout Grid, area: Rect) {
        let entries = model.visibleEntries
        guard !entries.isEmpty else {
            let empty = model.text(model.filter.isEmpty ? "desk.list.empty" : "desk.list.noMatch")
            grid.put(theme.show(empty), at: Point(x: area.x + 1, y: area.y), style: Style(.muted), clip: area)
            return
        }
        // The selected row stays in view: the list scrolls by whole screens.
        let selected = entries.firstIndex { $0.id == model.selectedID } ?? 0
        let first = area.height > 0 ? selected / area.height * area.height : 0
        for (offset, entry) in entries.dropFirst(first).prefix(area.height).enumerated() {
            let isSelected = entry.id == model.selectedID
            let style = isSelected ? Style(.focusedButton, .reverse) : Style(.normal)
            let row = Rect(x: area.x, y: area.y + offset, width: area.width, height: 1)
            if isSelected { grid.fill(row, style: style) }
            grid.put(line(for: entry), at: Point(x: row.x, y: row.y), style: style, clip: row)
        }
    }

    /// `⛔ 210740000993 14:05 the caller's note`, the symbol padded so the columns line up.
    private func line(for entry: DeskEntry) -> String {
        let symbol = entry.verdict.map { $0.symbol(ascii: model.ascii) } ?? VerdictKind.invalidSymbol(ascii: model.ascii)
        let symbolColumn = DisplayWidth.padded(symbol, toWidth: model.ascii ? 4 : 2)
        let unsaved = entry.isSaved ? "" : "(\(model.text("failures.journal.unsavedMark"))) "
        let changed = entry.verdictNow.map { "(\(model.text("desk.list.verdictNow", ["symbol": .text($0.symbol(ascii: model.ascii))]))) " } ?? ""
        // A colleague's inquiry, found by the team search, names its operator.
        let colleague = model.isTeamMatch(entry) ? "[\(entry.operatorName)] " : ""
        return theme.show("\(symbolColumn) \(DisplayWidth.padded(entry.shown, toWidth: 12)) \(entry.time) \(colleague)\(changed)\(unsaved)\(entry.note)")
    }
}

/// One line of text cut into cells once, to be drawn many times: the history's rows are laid
/// out when a bubble first appears and drawn on every frame after, by copying cells. Controls
/// are left out, a combining mark or joiner that starts a Character joins the cell before it
/// when that keeps its width, and a wide character is its cell and a continuation cell.
public struct CellRun: Sendable {
    public private(set) var cells: [Cell] = []

    public init(_ text: String, style: Style = .normal) {
        if DisplayWidth.isPlainNarrow(text) {
            // One column per scalar, no grapheme to break: most of what is drawn.
            cells = text.unicodeScalars.map { Cell($0, style: style) }
            return
        }
        for character in text {
            let columns = DisplayWidth.width(of: character)
            switch columns {
            case 0: attachZeroWidth(character)
            case 1: cells.append(Cell(character, columns: 1, style: style))
            default:
                cells.append(Cell(character, columns: columns, style: style))
                cells.append(Cell(" ", columns: 1, style: style, isContinuation: true))
            }
        }
    }

    /// Columns the run covers.
    public var width: Int { cells.count }

    /// Joins `mark` to the last character when they make one grapheme as wide as that character
    /// was (a presentation selector that would make it wide is left out, as a lone mark is).
    private mutating func attachZeroWidth(_ mark: Character) {
        guard let last = cells.indices.last(where: { !cells[$0].isContinuation }) else { return }
        let combined = String(cells[last].character) + String(mark)
        guard combined.count == 1, let character = combined.first else { return }
        if DisplayWidth.width(of: character) == cells[last].width {
            cells[last] = Cell(character, columns: cells[last].width, style: cells[last].style)
        }
    }
}

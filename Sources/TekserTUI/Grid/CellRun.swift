/// One line of text cut into cells once, to be drawn many times: the history's rows are laid
/// out when a bubble first appears and drawn on every frame after, by copying cells. Controls
/// are left out, a combining mark or joiner that starts a Character joins the cell before it,
/// and a wide character is its cell and a continuation cell.
public struct CellRun: Sendable {
    public private(set) var cells: [Cell] = []

    public init(_ text: String, style: Style = .normal) {
        if DisplayWidth.isPlainNarrow(text) {
            // One column per scalar, no grapheme to break: most of what is drawn.
            cells = text.unicodeScalars.map { Cell($0, style: style) }
            return
        }
        cells.reserveCapacity(text.utf8.count)
        for character in text {
            let cell = Cell(character, style: style)
            switch Self.columns(of: cell, from: character) {
            case 0: attachZeroWidth(character)
            case 1: cells.append(cell)
            default:
                cells.append(cell)
                cells.append(Cell(" ", style: style, isContinuation: true))
            }
        }
    }

    /// Columns the run covers.
    public var width: Int { cells.count }

    /// The columns `cell`, made from `character`, takes: those of what it keeps, when a grapheme
    /// too long for a cell was cut (a presentation selector past the cut no longer counts).
    private static func columns(of cell: Cell, from character: Character) -> Int {
        DisplayWidth.width(of: character.utf8.count > Cell.longestCharacter ? cell.character : character)
    }

    /// Joins `mark` to the last character when they make one grapheme as wide as that character
    /// was (a presentation selector that would make it wide is left out, as a lone mark is).
    private mutating func attachZeroWidth(_ mark: Character) {
        guard let last = cells.indices.last(where: { !cells[$0].isContinuation }) else { return }
        let combined = String(cells[last].character) + String(mark)
        guard combined.count == 1, let character = combined.first else { return }
        let joined = Cell(character, style: cells[last].style)
        if Self.columns(of: joined, from: character) == DisplayWidth.width(of: cells[last].character) { cells[last] = joined }
    }
}

/// A width×height buffer of cells that widgets draw into; the terminal shows it and tests
/// read it back as `lines`, so what is tested is what the user sees.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int, filling cell: Cell = .blank) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: cell, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Row `y`'s cells, left to right, for code that walks a whole row.
    public func cells(ofRow y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }

    /// The rows as the terminal shows them: continuation cells are left out.
    public var lines: [String] {
        (0..<height).map { row($0) }
    }

    /// One row as text, continuation cells left out.
    public func row(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation {
            text.append(self[x, y].character)
        }
        return text
    }

    /// Writes one line of text from `point`, inside `clip` (default: the whole grid).
    /// Controls are skipped; a wide character that does not fit at the clip edge becomes
    /// spaces. Returns the column after the last one written, for placing a cursor.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style = .normal, clip: Rect? = nil) -> Int {
        let clip = (clip ?? bounds).intersection(bounds)
        // A row outside the clip writes nothing: no need to cut the text into cells.
        guard point.y >= clip.minY, point.y < clip.maxY else { return point.x }
        return put(CellRun(text, style: style), at: point, clip: clip)
    }

    /// Writes `run` from `point` inside `clip`, as `put` writes its text: a wide character cut
    /// by either end of the clip becomes a space, and so does the other half of a wide
    /// character on the grid that the run covers half of.
    @discardableResult
    public mutating func put(_ run: CellRun, at point: Point, clip: Rect? = nil) -> Int {
        let clip = (clip ?? bounds).intersection(bounds)
        let start = max(point.x, clip.minX), end = min(point.x + run.cells.count, clip.maxX)
        guard point.y >= clip.minY, point.y < clip.maxY else { return point.x }
        guard start < end else { return end }
        breakWideCharacter(at: start, y: point.y, keeping: start..<end)
        breakWideCharacter(at: end - 1, y: point.y, keeping: start..<end)
        let offset = point.x
        let row = point.y * width
        for x in start..<end {
            let cell = run.cells[x - offset]
            let cutOnLeft = cell.isContinuation && x == start
            let cutOnRight = x == end - 1 && x + 1 - offset < run.cells.count && run.cells[x + 1 - offset].isContinuation
            cells[row + x] = cutOnLeft || cutOnRight ? Cell(" ", style: cell.style) : cell
        }
        return end
    }

    /// Fills `rect` (clipped to the grid) with one narrow character; a wide character cut by
    /// its edge loses its other half, as `setCell` would have it. A row at a time, not a cell.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = Cell(character, style: style)
        for y in area.minY..<area.maxY {
            breakWideCharacter(at: area.minX, y: y, keeping: area.minX..<area.maxX)
            breakWideCharacter(at: area.maxX - 1, y: y, keeping: area.minX..<area.maxX)
            let start = y * width + area.minX
            cells.replaceSubrange(start..<(start + area.width), with: repeatElement(cell, count: area.width))
        }
    }

    /// Writes one narrow cell; a wide character it half covers loses its other half too (it
    /// becomes a space).
    mutating func setCell(_ character: Character, style: Style, x: Int, y: Int) {
        guard y >= 0, y < height, x >= 0, x < width else { return }
        breakWideCharacter(at: x, y: y, keeping: x..<(x + 1))
        cells[y * width + x] = Cell(character, style: style)
    }

    private mutating func breakWideCharacter(at x: Int, y: Int, keeping range: Range<Int>) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0, !range.contains(x - 1) {
            cells[y * width + x - 1] = Cell(" ", style: self[x - 1, y].style)
        } else if !cell.isContinuation, x + 1 < width, self[x + 1, y].isContinuation, !range.contains(x + 1) {
            cells[y * width + x + 1] = Cell(" ", style: cell.style)
        }
    }
}

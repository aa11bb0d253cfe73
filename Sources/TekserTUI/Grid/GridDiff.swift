/// Consecutive changed cells of one row: what the terminal has to send.
public struct GridRun: Hashable, Sendable {
    /// Where the first cell goes; never a continuation cell.
    public var origin: Point
    public var cells: [Cell]

    public init(origin: Point, cells: [Cell]) {
        self.origin = origin
        self.cells = cells
    }

    /// The run's characters as they appear, continuation cells left out.
    public var text: String {
        String(cells.filter { !$0.isContinuation }.map(\.character))
    }
}

extension Grid {
    /// The runs of cells that differ from `old`, row by row; every row in full when the
    /// sizes differ. A run never starts or ends in the middle of a wide character.
    public func diff(from old: Grid) -> [GridRun] {
        let sameSize = old.size == size
        var runs: [GridRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                guard !sameSize || self[x, y] != old[x, y] else {
                    x += 1
                    continue
                }
                var start = x
                while start > 0 && self[start, y].isContinuation { start -= 1 }
                var end = x
                while end < width && (!sameSize || self[end, y] != old[end, y] || self[end, y].isContinuation) {
                    end += 1
                }
                runs.append(GridRun(origin: Point(x: start, y: y), cells: (start..<end).map { self[$0, y] }))
                x = end
            }
        }
        return runs
    }
}

import Testing
@testable import TekserTUI

@Suite struct GridTests {
    @Test func mixedTextReadsBackAsTheTerminalShowsIt() {
        var grid = Grid(width: 12, height: 2)
        let end = grid.put("Сәлем ✅ ok", at: Point(x: 0, y: 0))
        grid.put("🇰🇿 e\u{301}👨‍👩‍👧", at: Point(x: 1, y: 1))
        #expect(grid.lines == ["Сәлем ✅ ok ", " 🇰🇿 é👨‍👩‍👧     "])
        #expect(end == 11)
        #expect(grid[6, 0].character == "✅")
        #expect(grid[7, 0].isContinuation)
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var grid = Grid(width: 6, height: 1)
        let end = grid.put("abcde✅", at: Point(x: 0, y: 0))
        #expect(grid.lines == ["abcde "])
        #expect(end == 6)
        #expect(!grid[5, 0].isContinuation)
    }

    @Test func wideCharacterAtAClipEdge() {
        var grid = Grid(width: 6, height: 2, filling: Cell("."))
        grid.put("ab🏦c", at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 3, height: 1))
        grid.put("ab🏦c", at: Point(x: 0, y: 1), clip: Rect(x: 0, y: 1, width: 4, height: 1))
        #expect(grid.lines == ["ab ...", "ab🏦.."])
    }

    @Test func wideCharacterCutByTheLeftClipEdge() {
        var grid = Grid(width: 5, height: 1, filling: Cell("."))
        grid.put("🏦xy", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 3, height: 1))
        #expect(grid.lines == [". xy."])
    }

    @Test func clipOutsideTheRowsWritesNothing() {
        var grid = Grid(width: 4, height: 2)
        grid.put("abcd", at: Point(x: 0, y: 1), clip: Rect(x: 0, y: 0, width: 4, height: 1))
        grid.put("abcd", at: Point(x: 0, y: 5))
        grid.put("abcd", at: Point(x: -2, y: 0))
        #expect(grid.lines == ["cd  ", "    "])
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = Grid(width: 6, height: 3)
        grid.put("🏦🏦", at: Point(x: 0, y: 0))
        grid.put("x", at: Point(x: 1, y: 0))
        grid.put("🏦🏦", at: Point(x: 0, y: 1))
        grid.put("y", at: Point(x: 2, y: 1))
        grid.put("ab", at: Point(x: 0, y: 2))
        grid.put("🚫", at: Point(x: 1, y: 2))
        #expect(grid.lines == [" x🏦  ", "🏦y   ", "a🚫   "])
        #expect(!grid[3, 1].isContinuation)
    }

    @Test func controlsAreSkippedAndMarksJoinTheirCharacter() {
        var grid = Grid(width: 4, height: 1)
        grid.put("a\tb\u{7}", at: Point(x: 0, y: 0))
        #expect(grid.lines == ["ab  "])
    }

    @Test func unicodeBoxAroundKazakhAndEmoji() {
        var grid = Grid(width: 12, height: 3)
        grid.drawBox(grid.bounds, glyphs: .unicode)
        grid.put("Сәлем 🇰🇿 ⚠️ артық", at: Point(x: 1, y: 1), clip: grid.bounds.inset(dx: 1, dy: 1))
        #expect(grid.lines == ["╭──────────╮", "│Сәлем 🇰🇿  │", "╰──────────╯"])
    }

    @Test func asciiBoxAndFill() {
        var grid = Grid(width: 6, height: 4)
        grid.fill(grid.bounds, with: ".")
        grid.drawBox(Rect(x: 0, y: 0, width: 6, height: 3), glyphs: .ascii)
        grid.horizontalLine(at: Point(x: 1, y: 3), width: 3, glyphs: .ascii)
        #expect(grid.lines == ["+----+", "|....|", "+----+", ".---.."])
    }

    @Test(arguments: [(1, 1), (1, 3), (3, 1), (2, 2), (0, 0)])
    func tinyBoxesDoNotCrash(width: Int, height: Int) {
        var grid = Grid(width: width, height: height)
        grid.drawBox(grid.bounds, glyphs: .unicode)
        #expect(grid.lines.count == height)
        #expect(grid.lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }

    @Test func boxPartlyOutsideTheGridIsClipped() {
        var grid = Grid(width: 3, height: 2)
        grid.drawBox(Rect(x: -1, y: 0, width: 4, height: 3), glyphs: .unicode)
        #expect(grid.lines == ["──╮", "  │"])
    }

    @Test func rectSplitsForPanes() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 5)
        let (header, rest) = screen.splitTop(1)
        let (history, input) = rest.splitBottom(3)
        #expect(header == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(history == Rect(x: 0, y: 1, width: 80, height: 1))
        #expect(input == Rect(x: 0, y: 2, width: 80, height: 3))
        #expect(Rect(x: 0, y: 0, width: 80, height: 2).splitBottom(3).rest.isEmpty)
    }
}

@Suite struct GridDiffTests {
    @Test func onlyChangedRunsAreListed() {
        let old = Grid(width: 8, height: 2)
        var new = old
        new.put("ab", at: Point(x: 1, y: 0))
        new.put("ә", at: Point(x: 5, y: 1), style: Style(.accent))
        let runs = new.diff(from: old)
        #expect(runs.map(\.origin) == [Point(x: 1, y: 0), Point(x: 5, y: 1)])
        #expect(runs.map(\.text) == ["ab", "ә"])
        #expect(runs[1].cells[0].style.role == .accent)
    }

    @Test func aChangedWideCharacterIsSentWhole() {
        var old = Grid(width: 6, height: 1)
        old.put("x🏦y", at: Point(x: 0, y: 0))
        var new = old
        new.put("🏦", at: Point(x: 1, y: 0), style: Style(.danger))
        let runs = new.diff(from: old)
        #expect(runs.count == 1)
        #expect(runs.first?.origin == Point(x: 1, y: 0))
        #expect(runs.first?.cells.count == 2)
        #expect(runs.first?.text == "🏦")
    }

    @Test func identicalGridsHaveNoRuns() {
        var grid = Grid(width: 5, height: 2)
        grid.put("Сәлем", at: Point(x: 0, y: 1))
        #expect(grid.diff(from: grid).isEmpty)
    }

    @Test func aNewSizeSendsEveryRow() {
        var grid = Grid(width: 3, height: 2)
        grid.put("✅a", at: Point(x: 0, y: 0))
        let runs = grid.diff(from: Grid(width: 80, height: 24))
        #expect(runs.map(\.text) == ["✅a", "   "])
    }
}

import Testing
@testable import TekserTUI

/// A cell keeps its grapheme's UTF-8 inline (see `Cell`): what goes in comes back out.
@Suite struct CellTests {
    @Test(arguments: ["a", " ", "ә", "Қ", "ё", "─", "╭", "✓", "…", "🇰🇿", "⚠️", "👨‍👩‍👧", "e\u{301}", "1️⃣", "👍🏽", "\u{10FFFD}"] as [Character])
    func aCharacterComesBackAsItWent(character: Character) {
        let cell = Cell(character, style: Style(.accent, .bold))
        #expect(cell.character == character)
        #expect(Array(String(cell.character).unicodeScalars) == Array(String(character).unicodeScalars))
        #expect(cell.width == DisplayWidth.width(of: character))
        #expect(cell == Cell(character, style: Style(.accent, .bold)))
        #expect(cell != Cell("b", style: Style(.accent, .bold)))
    }

    /// A family of four is 25 bytes: the cell keeps the whole scalars that fit in 23 (the
    /// cut falls inside the last emoji, which is left out whole), still one grapheme.
    @Test func aLongerGraphemeKeepsItsFirstWholeScalars() {
        let family: Character = "👨‍👩‍👧‍👦"
        let kept = Array(String(Cell(family).character).unicodeScalars)
        #expect(kept == Array(Array(String(family).unicodeScalars).prefix(6)))
        // Nothing of the cut emoji is kept: the cell equals one made of the kept scalars alone.
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: kept)
        #expect(Cell(family) == Cell(Character(String(prefix))))
        let marks = Character("e" + String(repeating: "\u{301}", count: 30))
        #expect(String(Cell(marks).character) == "e" + String(repeating: "\u{301}", count: 11))
    }
}

/// A grapheme cut to fit a cell takes the columns of what the cell keeps: an emoji
/// presentation selector past the cut no longer makes it wide, and one kept makes it so.
@Suite struct CutGraphemeTests {
    @Test(arguments: ["☺" + String(repeating: "\u{301}", count: 12) + "\u{FE0F}",
                      "☺\u{FE0F}" + String(repeating: "\u{301}", count: 12) + "\u{FE0E}"])
    func aCutGraphemeTakesTheColumnsOfWhatIsKept(text: String) {
        var grid = Grid(width: 6, height: 1)
        grid.put("a" + text + "b", at: Point(x: 0, y: 0))
        let kept = grid[1, 0].character
        let columns = DisplayWidth.width(of: kept)
        #expect(String(kept) != text)
        #expect(grid[2, 0].isContinuation == (columns == 2))
        #expect(grid[1 + columns, 0].character == "b")
        // Layout measures it as the grid draws it, so borders and the cursor stay in line.
        #expect(DisplayWidth.width(of: Character(text)) == columns)
        #expect(DisplayWidth.width(of: "a" + text + "b") == columns + 2)
    }

    /// A selector after a control stands alone; joined to the narrow "☺" before it, it would
    /// make it wide in a column it does not have.
    @Test func aLoneSelectorDoesNotWidenTheCharacterBefore() {
        var grid = Grid(width: 4, height: 1)
        grid.put("☺\u{7}\u{FE0F}b", at: Point(x: 0, y: 0))
        #expect(grid[0, 0].character == "☺")
        #expect(grid[1, 0].character == "b")
    }
}

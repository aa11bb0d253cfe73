/// The characters for borders and small marks, in a Unicode and an ASCII variant: the
/// ASCII set is used when the locale is not UTF-8 (ncursesw drops non-ASCII there).
public struct GlyphSet: Hashable, Sendable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character
    public var ellipsis: String

    public static let unicode = GlyphSet(
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        horizontal: "─", vertical: "│", ellipsis: "…")

    public static let ascii = GlyphSet(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontal: "-", vertical: "|", ellipsis: "...")
}

extension Grid {
    /// A horizontal rule of `width` columns from `point`.
    public mutating func horizontalLine(at point: Point, width: Int, glyphs: GlyphSet, style: Style = .normal) {
        fill(Rect(x: point.x, y: point.y, width: width, height: 1), with: glyphs.horizontal, style: style)
    }

    /// A frame along the edges of `rect`, clipped to the grid; the inside is left as it
    /// was. Rectangles narrower or lower than 2 get what fits, so tiny terminals never crash.
    public mutating func drawBox(_ rect: Rect, glyphs: GlyphSet, style: Style = .normal) {
        let visible = rect.intersection(bounds)
        guard !visible.isEmpty else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        func glyph(_ x: Int, _ y: Int) -> Character {
            switch (y, x) {
            case (rect.minY, rect.minX): glyphs.topLeft
            case (rect.minY, right): glyphs.topRight
            case (bottom, rect.minX): glyphs.bottomLeft
            case (bottom, right): glyphs.bottomRight
            case (rect.minY, _), (bottom, _): glyphs.horizontal
            default: glyphs.vertical
            }
        }
        for y in visible.minY..<visible.maxY {
            let columns = y == rect.minY || y == bottom
                ? Array(visible.minX..<visible.maxX)
                : [rect.minX, right].filter { (visible.minX..<visible.maxX).contains($0) }
            for x in columns { setCell(glyph(x, y), style: style, x: x, y: y) }
        }
    }
}

extension Rect {
    /// A `width`×`height` rectangle in the middle of this one (never outside its top left):
    /// the one centring formula, for paragraphs, boxes, banners and date separators.
    public func centred(width: Int, height: Int = 1) -> Rect {
        Rect(x: x + max(0, (self.width - width) / 2), y: y + max(0, (self.height - height) / 2), width: width, height: height)
    }
}

extension Grid {
    /// `text` centred on the first row of `area`, clipped to it.
    public mutating func putCentred(_ text: String, in area: Rect, style: Style = .normal) {
        let spot = area.centred(width: DisplayWidth.width(of: text), height: area.height)
        put(text, at: Point(x: spot.x, y: area.y), style: style, clip: area)
    }
}

/// Paragraphs in the middle of an area, one empty line apart (none when that does not fit):
/// the too-small notice and the kiosk's out-of-service screen.
public struct CentredParagraphs {
    public var paragraphs: [String]
    public var style: Style
    /// Columns left free on either side.
    public var margin: Int

    public init(_ paragraphs: [String], style: Style, margin: Int = 0) {
        self.paragraphs = paragraphs
        self.style = style
        self.margin = margin
    }

    public func render(into grid: inout Grid, area: Rect) {
        Self.render(lines(in: area), style: style, into: &grid, area: area)
    }

    /// The paragraphs wrapped to `area`, one empty line apart when that fits.
    func lines(in area: Rect) -> [String] {
        let wrapped = paragraphs.map { DisplayWidth.wrap($0, width: max(1, area.width - 2 * margin)) }
        let lines = Array(wrapped.joined(separator: [""]))
        return lines.count > area.height ? wrapped.flatMap { $0 } : lines
    }

    /// `lines` (from `lines(in:)`) centred in `area`.
    static func render(_ lines: [String], style: Style, into grid: inout Grid, area: Rect) {
        let block = area.centred(width: area.width, height: lines.count)
        // Only the lines that land in the area (a narrow window wraps a notice into hundreds).
        guard area.width > 0 else { return }
        for (offset, line) in lines.enumerated().prefix(area.maxY - block.y) {
            grid.putCentred(line, in: Rect(x: area.x, y: block.y + offset, width: area.width, height: 1), style: style)
        }
    }
}

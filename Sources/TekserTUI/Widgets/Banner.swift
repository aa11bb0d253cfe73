/// A row of one style with a text centred on it, cut with an ellipsis when narrower: the
/// trainer's demo banner, the kiosk's hint line.
public struct Banner {
    public var text: String
    public var style: Style
    public var ellipsis: String
    /// Centred, or from the left edge after one space.
    public var centred: Bool

    public init(_ text: String, style: Style, ellipsis: String, centred: Bool = true) {
        self.text = text
        self.style = style
        self.ellipsis = ellipsis
        self.centred = centred
    }

    public func render(into grid: inout Grid, area: Rect) {
        grid.fill(area, style: style)
        let shown = DisplayWidth.truncate(centred ? text : " " + text, toWidth: area.width, ellipsis: ellipsis)
        if centred {
            grid.putCentred(shown, in: area, style: style)
        } else {
            grid.put(shown, at: Point(x: area.x, y: area.y), style: style, clip: area)
        }
    }
}

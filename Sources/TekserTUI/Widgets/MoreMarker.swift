/// " ▼ " at the bottom right of a scrolled area, " ▲ PgUp " at its top right: there is more
/// to see that way. One look for the chat's history and the desk's evidence panel.
public struct MoreMarker {
    public enum Direction: Sendable {
        case below
        case above
    }

    public var direction: Direction
    /// The key that scrolls there, shown after the arrow ("PgDn"); nil for the arrow alone.
    public var key: String?

    public init(_ direction: Direction, key: String? = nil) {
        self.direction = direction
        self.key = key
    }

    /// Draws on the last (below) or first (above) row of `area`, one column in from its right edge.
    public func render(into grid: inout Grid, area: Rect, ascii: Bool) {
        let arrow = switch direction {
        case .below: ascii ? "v" : "▼"
        case .above: ascii ? "^" : "▲"
        }
        let text = " \(arrow) " + (key.map { "\($0) " } ?? "")
        let y = direction == .below ? area.maxY - 1 : area.y
        grid.put(text, at: Point(x: area.maxX - DisplayWidth.width(of: text) - 1, y: y), style: Style(.accent, .bold), clip: area)
    }
}

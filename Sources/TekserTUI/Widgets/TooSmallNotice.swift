import TekserCore

/// "Make the window larger: at least 40×12 (now 39×11)", centred, in each of `languages`:
/// what a mode draws instead of a layout that cannot fit.
struct TooSmallNotice {
    let minimum: Size
    let languages: [Language]

    /// `drawn`, when given, keeps the wrapped notice while the size stays (a chat keeps one:
    /// a window too small is drawn again at every key, and wrapping three languages is slow).
    /// It is keyed by size alone: a caller passes one only while its catalog, languages and
    /// theme stay the same, as a chat's do.
    func render(_ catalog: Catalog, into grid: inout Grid, area: Rect, theme: ChatTheme,
                drawn: LastDrawn<Size, [String]>? = nil) {
        let message = Message("tui.tooSmall", [
            "width": .number(minimum.width), "height": .number(minimum.height),
            "currentWidth": .number(area.width), "currentHeight": .number(area.height),
        ])
        let style = Style(.warning, .bold)
        func lines() -> [String] {
            CentredParagraphs(languages.map { theme.show(catalog.text(message, in: $0)) }, style: style).lines(in: area)
        }
        let size = Size(width: area.width, height: area.height)
        CentredParagraphs.render(drawn?.value(for: size, make: lines) ?? lines(), style: style, into: &grid, area: area)
    }
}

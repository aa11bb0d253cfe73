import TekserCore

/// "Make the window larger: at least 40×12 (now 39×11)", centred, in each of `languages`:
/// what a mode draws instead of a layout that cannot fit.
struct TooSmallNotice {
    let minimum: Size
    let languages: [Language]

    func render(_ catalog: Catalog, into grid: inout Grid, area: Rect, theme: ChatTheme) {
        let message = Message("tui.tooSmall", [
            "width": .number(minimum.width), "height": .number(minimum.height),
            "currentWidth": .number(area.width), "currentHeight": .number(area.height),
        ])
        let texts = languages.map { theme.show(catalog.text(message, in: $0)) }
        CentredParagraphs(texts, style: Style(.warning, .bold)).render(into: &grid, area: area)
    }
}

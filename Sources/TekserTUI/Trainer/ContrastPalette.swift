extension Palette {
    /// Black on white and white on black only, bold where it matters: what survives a washed-out
    /// projector in a bright room. With no colours it is the ordinary monochrome look.
    public static func highContrast(depth: ColorDepth) -> Palette {
        guard depth != .monochrome else { return Palette(depth: depth) }
        let black: Int16 = 0, white: Int16 = depth == .extended ? 231 : 7
        let yellow: Int16 = depth == .extended ? 226 : 3, blue: Int16 = depth == .extended ? 21 : 4
        return Palette(depth: depth, entries: [
            .normal: Entry(white, black),
            .header: Entry(black, white, .bold),
            .botBubble: Entry(white, black, .bold),
            .userBubble: Entry(black, white, .bold),
            .button: Entry(black, yellow, .bold),
            .focusedButton: Entry(white, blue, [.bold, .underline]),
            .muted: Entry(white, black),
            .accent: Entry(yellow, black, .bold),
            .warning: Entry(yellow, black, .bold),
            .danger: Entry(white, depth == .extended ? 160 : 1, .bold),
            .ok: Entry(white, black, .bold),
            .statusBar: Entry(black, white),
            .inputField: Entry(white, black, .underline),
        ])
    }
}

/// What to send for one grid cell so that the terminal advances exactly the columns the
/// grid gave it. Terminals (and curses) measure each code point with libc's `wcwidth`,
/// which disagrees with `DisplayWidth` on VS16 and ZWJ emoji (⚠️ is 1 + 0 there): such a
/// grapheme is sent as its base character padded with spaces, so borders never shift.
enum CellEncoding {
    /// The code points for `character`, `columns` wide as measured by `scalarWidth`
    /// (`wcwidth`: -1 for controls). Outside UTF-8 (`asciiOnly`) non-ASCII becomes `?`.
    static func scalars(for character: Character, columns: Int, asciiOnly: Bool,
                        scalarWidth: (Unicode.Scalar) -> Int) -> [Unicode.Scalar] {
        let scalars = Array(character.unicodeScalars)
        if asciiOnly {
            return scalars.allSatisfy(\.isASCII) && columns == 1 ? scalars : padded(["?"], to: columns, used: 1)
        }
        let widths = scalars.map(scalarWidth)
        if !widths.contains(where: { $0 < 0 }) && widths.reduce(0, +) == columns {
            return scalars
        }
        if let base = scalars.first, let baseWidth = widths.first, (1...columns).contains(baseWidth) {
            return padded([base], to: columns, used: baseWidth)
        }
        return padded([], to: columns, used: 0)
    }

    private static func padded(_ scalars: [Unicode.Scalar], to columns: Int, used: Int) -> [Unicode.Scalar] {
        scalars + Array(repeating: " ", count: max(columns - used, 0))
    }
}

extension DisplayWidth {
    /// Lines of `text` at most `width` columns wide, for message bubbles: breaks at spaces,
    /// hard-breaks words longer than a line, keeps explicit newlines, never splits a Character.
    ///
    /// The one exception to the width: a Character wider than the whole line (an emoji at
    /// width 1) gets a line of its own, so no text is lost; the grid clips it when drawn.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .flatMap { wrapParagraph($0, width: width) }
    }

    /// Wraps one source line. A continuation lines up under the item's text, past its leading
    /// spaces and list marker (`· `, `• `, `- `, `1. `), unless that would leave less than half the width.
    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        let hang = hangingIndent(of: paragraph)
        let indent = hang * 2 <= width ? hang : 0
        var lines: [String] = []
        var line = LineBuilder()
        /// Where the text of the current line starts: 0 on the first line, `indent` after.
        var start = 0
        func breakLine() {
            lines.append(line.take())
            line.append(String(repeating: " ", count: indent), width: indent)
            start = indent
        }
        for token in tokens(of: paragraph) {
            let wordWidth = self.width(of: token.text)
            let gap = token.spacesBefore
            let hasText = line.width > start
            if line.width + gap + wordWidth <= width {
                line.append(String(repeating: " ", count: gap) + token.text, width: gap + wordWidth)
            } else if start + wordWidth <= width {
                if hasText { breakLine() }
                line.append(String(token.text), width: wordWidth)
            } else {
                if hasText && line.width + gap < width {
                    line.append(String(repeating: " ", count: gap), width: gap)
                } else if hasText {
                    breakLine()
                }
                for character in token.text {
                    let columns = self.width(of: character)
                    if line.width + columns > width && line.width > start { breakLine() }
                    line.append(String(character), width: columns)
                }
            }
        }
        lines.append(line.take())
        return lines
    }

    /// Columns of leading spaces plus a list marker and its space: bullets, 1–3 digits with `.` or
    /// `)`, or a short term set off by two spaces (`F5/F6  Note…`, as key lists are written).
    static func hangingIndent(of paragraph: Substring) -> Int {
        let leading = paragraph.prefix { $0 == " " }.count
        let rest = paragraph.dropFirst(leading)
        if let first = rest.first, "·•-*–".contains(first), rest.dropFirst().first == " " { return leading + 2 }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
        let after = rest.dropFirst(digits)
        if (1...3).contains(digits), let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " {
            return leading + digits + 2
        }
        let term = rest.prefix { $0 != " " }
        let gap = rest.dropFirst(term.count).prefix { $0 == " " }.count
        if !term.isEmpty, gap >= 2, width(of: term) <= 16, rest.count > term.count + gap {
            return leading + width(of: term) + gap
        }
        return leading
    }

    /// A word with the number of spaces that preceded it on the source line.
    private struct Token {
        var text: Substring
        var spacesBefore: Int
    }

    private static func tokens(of paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var spaces = 0
        var rest = paragraph[...]
        while !rest.isEmpty {
            if rest.first == " " {
                spaces += 1
                rest = rest.dropFirst()
                continue
            }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            tokens.append(Token(text: rest[..<end], spacesBefore: spaces))
            spaces = 0
            rest = rest[end...]
        }
        return tokens
    }

    private struct LineBuilder {
        private(set) var text = ""
        private(set) var width = 0
        var isEmpty: Bool { text.isEmpty }

        mutating func append(_ piece: String, width columns: Int) {
            text += piece
            width += columns
        }

        /// The line without trailing spaces; the builder starts over.
        mutating func take() -> String {
            defer { self = LineBuilder() }
            while text.last == " " { text.removeLast() }
            return text
        }
    }
}

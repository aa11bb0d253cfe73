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

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = LineBuilder()
        for token in tokens(of: paragraph) {
            let wordWidth = self.width(of: token.text)
            let gap = token.spacesBefore
            if line.width + gap + wordWidth <= width {
                line.append(String(repeating: " ", count: gap) + token.text, width: gap + wordWidth)
            } else if wordWidth <= width {
                if !line.isEmpty { lines.append(line.take()) }
                line.append(String(token.text), width: wordWidth)
            } else {
                if !line.isEmpty && line.width + gap < width {
                    line.append(String(repeating: " ", count: gap), width: gap)
                } else if !line.isEmpty {
                    lines.append(line.take())
                }
                for character in token.text {
                    let columns = self.width(of: character)
                    if line.width + columns > width && !line.isEmpty { lines.append(line.take()) }
                    line.append(String(character), width: columns)
                }
            }
        }
        lines.append(line.take())
        return lines
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

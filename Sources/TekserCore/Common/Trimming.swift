extension StringProtocol {
    /// The text without white space or line breaks at either end (Unicode's White_Space, as
    /// `.whitespacesAndNewlines`), found grapheme by grapheme in Swift instead of through
    /// NSString: every message the bot reads and every link is trimmed so.
    public func trimmingWhitespace() -> String {
        // Printable ASCII at both ends is a whole grapheme that is no whitespace: nothing to trim.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, (0x21 ... 0x7E).contains(first), (0x21 ... 0x7E).contains(last) { return text }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// The text without white space or line breaks at either end (Unicode's White_Space, as
    /// `.whitespacesAndNewlines`), found grapheme by grapheme in Swift instead of through
    /// NSString: every message the bot reads and every link is trimmed so.
    public func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}

/// How an inquiry reached Tekser: the one vocabulary for the journal's column, its exports
/// and the desk's F6.
public enum Channel: String, CaseIterable, Sendable, Codable, Localizable {
    case phone
    case walkIn = "walk_in"
    case email
    case letter
    /// A line of `tekser check --file`.
    case batch

    public var message: Message { Message("journal.channel.\(rawValue)") }

    /// The channels a person can reach the desk by, in the order F6 cycles through them.
    public static let personal: [Channel] = [.phone, .walkIn, .email, .letter]

    /// The next personal channel, wrapping round; a batch line moves to the first.
    public var next: Channel {
        let index = Self.personal.firstIndex(of: self).map { $0 + 1 } ?? 0
        return Self.personal[index % Self.personal.count]
    }
}

/// Why text that looks like a link cannot be checked, told so the citizen can fix it.
public enum LinkProblem: Error, Hashable, Sendable, Localizable {
    /// `@name` alone: the same handle names different people on different networks.
    case platformNeeded(handle: String)
    /// A scheme other than http or https, such as `ftp://` or `mailto:`.
    case unsupportedScheme(String)
    /// No host could be read, e.g. `https://` or a space inside the address.
    case malformed
    /// A social network's own page, not one of its accounts, e.g. `instagram.com/`.
    case noAccount(SocialPlatform)
    /// A handle with characters no network allows, or longer than any allows.
    case invalidHandle(String)

    /// A stable name for scripts and the journal, e.g. `platform_needed`.
    public var code: String {
        switch self {
        case .platformNeeded: "platform_needed"
        case .unsupportedScheme: "unsupported_scheme"
        case .malformed: "malformed_link"
        case .noAccount: "no_account"
        case .invalidHandle: "invalid_handle"
        }
    }

    public var message: Message {
        switch self {
        case .platformNeeded(let handle): Message("link.problem.platformNeeded", ["handle": .text("@" + handle)])
        case .unsupportedScheme(let scheme): Message("link.problem.unsupportedScheme", ["scheme": .text(scheme)])
        case .malformed: Message("link.problem.malformed")
        case .noAccount(let platform): Message("link.problem.noAccount", ["platform": .message(platform.message)])
        case .invalidHandle(let handle): Message("link.problem.invalidHandle", ["handle": .text(handle)])
        }
    }
}

/// How alarming an answer is. The one source for how a verdict looks: the command line's
/// colours and the screens' colour roles are both derived from it, never chosen twice.
public enum Severity: Sendable, CaseIterable {
    /// A criminal case, the warning list, a revoked licence: do not deal with it.
    case danger
    /// A suspended licence: no new business meanwhile.
    case caution
    /// An active licence.
    case reassuring
    /// Found nowhere, which is not "safe": no colour of its own.
    case neutral

    /// The SGR parameters for a terminal's standard output (bold, and red, yellow or green).
    public var ansiCode: String {
        switch self {
        case .danger: "1;31"
        case .caution: "1;33"
        case .reassuring: "1;32"
        case .neutral: "1"
        }
    }
}

extension VerdictKind {
    public var severity: Severity {
        switch self {
        case .criminalCase, .warningList, .licenceRevoked: .danger
        case .licenceSuspended: .caution
        case .licensed: .reassuring
        case .notFound: .neutral
        }
    }

    /// What an input that is no identifier or usable link gets instead of a verdict's symbol.
    public static func invalidSymbol(ascii: Bool) -> String {
        ascii ? "[*]" : "❗"
    }
}

extension CheckResult {
    /// The verdict's symbol, or the invalid-input one.
    public func symbol(ascii: Bool) -> String {
        switch self {
        case .verdict(let verdict): verdict.kind.symbol(ascii: ascii)
        case .subject(let verdict): verdict.kind.symbol(ascii: ascii)
        case .invalid, .invalidLink: VerdictKind.invalidSymbol(ascii: ascii)
        }
    }
}

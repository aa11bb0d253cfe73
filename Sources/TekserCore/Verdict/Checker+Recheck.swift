extension Checker {
    /// The same question asked again on this checker's data: a BIN or IIN, a link, a subject's
    /// row. `nil` for an input that could not be checked the first time either.
    public func recheck(_ result: CheckResult, language: Language = .en) -> CheckResult? {
        switch result {
        case .verdict(let old):
            return .verdict(verdict(for: old.identifier, language: language))
        case .subject(let old):
            switch old.query {
            case .link(let typed, let link): return .subject(subjectVerdict(for: link, typed: typed))
            case .subject(let ref): return subjectVerdict(at: ref).map(CheckResult.subject)
            }
        case .invalid, .invalidLink:
            return nil
        }
    }
}

extension CheckResult {
    /// The verdict, when the input could be checked.
    public var kind: VerdictKind? {
        switch self {
        case .verdict(let verdict): verdict.kind
        case .subject(let verdict): verdict.kind
        case .invalid, .invalidLink: nil
        }
    }
}

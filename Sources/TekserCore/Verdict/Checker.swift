/// Answers "what do the registries say about this input?" for one data set.
public struct Checker: Sendable {
    public let data: DataSet
    /// Staff see persons (masked); citizens see a person only by their exact IIN, without a name.
    public let audience: Audience

    public init(data: DataSet, audience: Audience = .staff) {
        self.data = data
        self.audience = audience
    }

    /// Checks what a person typed: parses it, looks it up everywhere, and when the input is
    /// invalid or found nowhere, offers known identifiers one typo away. Text that is no
    /// identifier but a link (or a handle, with `platform`) is checked against the warning list's links.
    public func check(_ input: String, platform: SocialPlatform? = nil, language: Language = .en) -> CheckResult {
        if !IdentifierParser.looksLikeIdentifier(input), platform != nil || LinkParser.looksLikeLink(input) {
            switch LinkParser.parse(input, platform: platform) {
            case .success(let link): return .subject(subjectVerdict(for: link, typed: input))
            case .failure(let problem): return .invalidLink(input: input, problem: problem)
            }
        }
        switch IdentifierParser.parse(input) {
        case .failure(let problem):
            return .invalid(input: input, problem: problem, suggestions: suggestions(for: input, language: language))
        case .success(let identifier):
            return .verdict(verdict(for: identifier, language: language))
        }
    }

    /// The verdict for a valid identifier.
    public func verdict(for identifier: Identifier, language: Language = .en) -> Verdict {
        let evidence = data.evidence(for: identifier.number).map { $0.shown(to: audience) }
        return Verdict(
            identifier: identifier, evidence: evidence, searched: data.sources.map(\.summary),
            isDemo: data.isDemo,
            suggestions: evidence.isEmpty ? suggestions(for: identifier.digits, language: language) : [])
    }

    /// Known identifiers one typo away; never a person's for citizens (a near-miss IIN must not
    /// turn into someone else's name).
    private func suggestions(for input: String, language: Language) -> [Suggestion] {
        TypoRescue.candidates(for: input, isKnown: data.contains).filter { audience == .staff || $0.kind != .iin }.map { candidate in
            let verdict = Verdict(identifier: candidate, evidence: data.evidence(for: candidate.number),
                                  searched: [], isDemo: data.isDemo)
            return Suggestion(identifier: candidate, kind: verdict.kind, name: verdict.names(in: language).first ?? "")
        }
    }
}

/// The outcome of checking one input.
public enum CheckResult: Sendable {
    case verdict(Verdict)
    case invalid(input: String, problem: IdentifierProblem, suggestions: [Suggestion])
    /// A link or handle, checked against the warning list's links.
    case subject(SubjectVerdict)
    /// Text that looks like a link but cannot be checked as one.
    case invalidLink(input: String, problem: LinkProblem)
}

extension CheckResult {
    /// Why the input could not be checked at all (not an identifier, or an unusable link).
    public var problem: Message? {
        switch self {
        case .invalid(_, let problem, _): problem.message
        case .invalidLink(_, let problem): problem.message
        case .verdict, .subject: nil
        }
    }
}

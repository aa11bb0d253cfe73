/// An answer built from matching rows, whether found by identifier or by link: the names,
/// registries and warnings that follow from the rows are worked out once, here.
public protocol EvidenceBacked: Sendable {
    var kind: VerdictKind { get }
    /// Every matching row, most severe first, then in source and file order.
    var evidence: [Evidence] { get }
    /// Every registry that was searched, matched or not.
    var searched: [SourceSummary] { get }
    var isDemo: Bool { get }
    /// The licensed organisations whose name this subject uses (a clone firm's answer).
    var imitates: [Imitation] { get }
    /// The subjects that use this licensed organisation's name.
    var imitatedBy: [Imitation] { get }
}

extension EvidenceBacked {
    /// The distinct names the matching rows give, in the language asked for where a row has two.
    public func names(in language: Language) -> [String] {
        var seen = Set<String>()
        return evidence.map { $0.details.name(in: language) }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// Registries that matched.
    public var matchedSources: [SourceSummary] {
        var seen = Set<String>()
        return evidence.map(\.source).filter { seen.insert($0.id).inserted }
    }

    /// Registries searched with no match.
    public var unmatchedSources: [SourceSummary] {
        let matched = Set(matchedSources.map(\.id))
        return searched.filter { !matched.contains($0.id) }
    }

    /// A licensed entity that is also listed or prosecuted: said explicitly, never hidden by the worse verdict.
    public var isLicensedAndFlagged: Bool {
        kind >= .warningList && evidence.contains { if case .licensed = $0.details { true } else { false } }
    }

    /// Whether the matches include a case under Article 217 (the pyramid article itself).
    public var hasPyramidCase: Bool {
        evidence.contains { if case .criminalCase(let c) = $0.details { c.isPyramidArticle } else { false } }
    }
}

extension Evidence {
    /// Since when the row says what it says, where the file knows: "licence revoked on
    /// 15.11.2026" (`status_date`), "on the warning list since 10.01.2022" (`date_added`).
    public var since: Message? {
        switch details {
        case .licensed(let entity):
            guard entity.status != .active, let date = entity.statusDate else { return nil }
            return Message("answer.since.\(entity.status.rawValue)", ["date": .message(date.message)])
        case .warning(let subject):
            return Message("answer.since.warning", ["date": .message(subject.dateAdded.message)])
        case .criminalCase:
            return nil
        }
    }
}

extension Array where Element == Evidence {
    /// Most severe first, then in the order given (source, then file order).
    func ranked() -> [Evidence] {
        enumerated().sorted { a, b in
            let (ka, kb) = (VerdictKind(a.element.details), VerdictKind(b.element.details))
            return ka != kb ? ka > kb : a.offset < b.offset
        }.map(\.element)
    }

    /// The verdict of the most severe row of a ranked list.
    var headlineKind: VerdictKind { first.map { VerdictKind($0.details) } ?? .notFound }
}

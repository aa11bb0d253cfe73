/// Puts a check's outcome into words, in one language, for every front end alike:
/// the command line, the chat and the help desk show the same texts.
public struct AnswerWriter: Sendable {
    public let catalog: Catalog
    public let language: Language
    /// ASCII symbols instead of emoji.
    public let ascii: Bool

    public init(catalog: Catalog, language: Language, ascii: Bool = false) {
        self.catalog = catalog
        self.language = language
        self.ascii = ascii
    }

    public func text(_ message: Message) -> String { catalog.text(message, in: language) }

    public func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        catalog.text(key, arguments, in: language)
    }

    /// The headline with its symbol, e.g. "⛔ Criminal case …".
    public func headline(_ kind: VerdictKind) -> String {
        "\(kind.symbol(ascii: ascii)) \(text(kind.message))"
    }

    /// A registry's name with its date: "AFM criminal cases (as of 2026-10-15)".
    public func sourceTitle(_ source: SourceSummary) -> String {
        text("source.titleAsOf", ["source": .message(Self.sourceName(source)), "date": .text(source.asOf.description)])
    }

    static func sourceName(_ source: SourceSummary) -> Message {
        Message("source.name.\(source.kind.rawValue)", ["publisher": .message(source.publisher.message)])
    }

    /// "BIN 940140000385: registered 1994-01, resident legal entity, head office"; an IIN is
    /// masked and said to be a person's, nothing of what it encodes.
    public func identifierLine(_ identifier: Identifier) -> String {
        text("answer.identifier", [
            "kind": .message(identifier.kind.message),
            "id": .text(identifier.masked), "details": .message(identifier.details.message),
        ])
    }

    /// The whole answer to a valid identifier: verdict first, then names, registries, the decoded identifier.
    public func summary(_ verdict: Verdict) -> [String] {
        var lines = [headline(verdict.kind)]
        lines += verdict.names(in: language).map { "  \($0)" }
        lines += registryLines(verdict)
        lines.append(identifierLine(verdict.identifier))
        lines.append(text("answer.meaning.\(verdict.kind.code)"))
        if verdict.isDemo { lines.append(text("common.demoData")) }
        return lines
    }

    /// Where it was found and where not, with dates, and the warnings the rows call for.
    func registryLines(_ answer: some EvidenceBacked) -> [String] {
        func titles(_ sources: [SourceSummary]) -> Message.Argument { .text(sources.map(sourceTitle).joined(separator: "; ")) }
        var lines: [String] = []
        if answer.kind == .notFound {
            lines.append(text("answer.checked", ["sources": titles(answer.searched)]))
        } else {
            lines.append(text("answer.foundIn", ["sources": titles(answer.matchedSources)]))
            if !answer.unmatchedSources.isEmpty { lines.append(text("answer.notIn", ["sources": titles(answer.unmatchedSources)])) }
        }
        if answer.isLicensedAndFlagged { lines.append(text("answer.licensedAndFlagged")) }
        if answer.hasPyramidCase { lines.append(text("answer.pyramidArticle")) }
        return lines
    }

    /// One matching row in full: source, file and line, every mapped field.
    public func evidence(_ evidence: Evidence) -> [String] {
        var lines = [text("evidence.where", [
            "source": .text(sourceTitle(evidence.source)), "file": .text(evidence.source.file), "line": .number(evidence.line),
        ])]
        for field in evidence.fields where !field.value.isEmpty {
            lines.append("  \(text(field.field.message)): \(PersonalData.masked(field.value))")
        }
        return lines
    }

    /// Why an input is not an identifier, with the known identifiers it may have meant.
    public func invalid(problem: IdentifierProblem, suggestions: [Suggestion]) -> [String] {
        var lines = ["\(VerdictKind.invalidSymbol(ascii: ascii)) \(text(problem.message))"]
        if !suggestions.isEmpty { lines.append(text("answer.didYouMean")) }
        lines += suggestions.map(suggestionLine)
        return lines
    }

    public func suggestionLine(_ suggestion: Suggestion) -> String {
        let name = suggestion.name.isEmpty ? "" : " — \(suggestion.name)"
        return "\(suggestion.kind.symbol(ascii: ascii)) \(suggestion.identifier.masked)\(name)"
    }

    /// What a citizen should do after this verdict.
    public func advice(_ kind: VerdictKind) -> String {
        text("advice.\(kind.code)")
    }
}

import TekserCore

/// The right pane's content for one inquiry: the verdict and why, every matching row in full,
/// the decoded identifier, the typo-rescue candidates and the registries that had no match.
struct EvidencePanel {
    let model: DeskModel

    /// The panel's lines with their styles, before wrapping.
    func lines(for entry: DeskEntry) -> [(text: String, style: Style)] {
        let writer = model.writer
        var lines: [(String, Style)] = [
            (model.text("desk.panel.inquiry", [
                "id": .number(Int(entry.id)), "time": .text(entry.time),
                "channel": .message(entry.channel.message), "operator": .text(entry.operatorName),
            ]), Style(.muted)),
        ]
        if !entry.note.isEmpty { lines.append((model.text("desk.panel.note", ["note": .text(entry.note)]), Style(.accent))) }
        if entry.timesAsked > 1 {
            lines.append((model.text("desk.panel.askedBefore", ["count": .number(entry.timesAsked - 1)]), Style(.warning)))
        }
        lines.append(("", .normal))
        switch entry.result {
        case .verdict(let verdict)?:
            lines += verdictLines(verdict, writer: writer)
        case .invalid(_, let problem, let suggestions)?:
            lines += writer.invalid(problem: problem, suggestions: suggestions).enumerated().map {
                ($0.element, $0.offset == 0 ? Style(.danger, .bold) : .normal)
            }
        case nil:
            if let kind = entry.verdict { lines.append((writer.headline(kind), Self.style(kind))) }
            lines.append((model.text("desk.panel.notRechecked"), Style(.muted)))
        }
        return lines
    }

    private func verdictLines(_ verdict: Verdict, writer: AnswerWriter) -> [(String, Style)] {
        var lines: [(String, Style)] = writer.summary(verdict).enumerated().map {
            ($0.element, $0.offset == 0 ? Self.style(verdict.kind) : .normal)
        }
        lines.append((writer.advice(verdict.kind), Style(.accent)))
        if !verdict.evidence.isEmpty {
            lines.append(("", .normal))
            lines.append((model.text("desk.panel.evidence", ["count": .number(verdict.evidence.count)]), Style(.header, .bold)))
        }
        for (index, evidence) in verdict.evidence.enumerated() {
            let rows = writer.evidence(evidence)
            lines.append(("\(index + 1). \(rows.first ?? "")", Style(.normal, .bold)))
            lines += rows.dropFirst().map { ($0, .normal) }
        }
        if !verdict.suggestions.isEmpty {
            lines.append(("", .normal))
            lines.append((writer.text("answer.didYouMean"), Style(.header, .bold)))
            lines += verdict.suggestions.map { (writer.suggestionLine($0), .normal) }
        }
        let unmatched = verdict.searched.filter { source in !verdict.matchedSources.contains { $0.id == source.id } }
        if !unmatched.isEmpty {
            lines.append(("", .normal))
            lines.append((model.text("desk.panel.noMatch"), Style(.header, .bold)))
            lines += unmatched.map { ("  \(writer.sourceTitle($0))", Style(.muted)) }
        }
        return lines
    }

    static func style(_ kind: VerdictKind) -> Style {
        switch kind {
        case .criminalCase, .warningList, .licenceRevoked: Style(.danger, .bold)
        case .licenceSuspended: Style(.warning, .bold)
        case .licensed: Style(.ok, .bold)
        case .notFound: Style(.normal, .bold)
        }
    }
}

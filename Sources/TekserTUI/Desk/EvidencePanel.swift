import TekserCore

/// The right pane's content for one inquiry: the verdict and why, every matching row in full,
/// the decoded identifier, the typo-rescue candidates and the registries that had no match.
struct EvidencePanel {
    let model: DeskModel

    /// The panel's lines with their styles, before wrapping.
    func lines(for entry: DeskEntry) -> [(text: String, style: Style)] {
        let writer = model.writer
        var lines: [(String, Style)] = [
            // A number below zero is the desk's or the outbox's own, until the journal numbers the inquiry.
            (model.text(entry.id > 0 ? "desk.panel.inquiry" : "desk.panel.inquiryUnnumbered", [
                "id": .number(Int(entry.id)), "time": .text(entry.time),
                "channel": .message(entry.channel.message), "operator": .text(entry.operatorName),
            ]), Style(.muted)),
        ]
        if !entry.note.isEmpty { lines.append((model.text("desk.panel.note", ["note": .text(entry.note)]), Style(.accent))) }
        if entry.timesAsked > 1 {
            lines.append((model.text("desk.panel.askedBefore", ["count": .number(entry.timesAsked - 1)]), Style(.warning)))
        }
        if let now = entry.verdictNow, let given = entry.verdict {
            lines.append((model.text("desk.panel.verdictChanged", ["given": .message(given.message), "now": .message(now.message)]),
                          Style(.warning, .bold)))
        }
        lines.append(("", .normal))
        switch entry.result {
        case .verdict(let verdict)?:
            lines += answerLines(verdict, summary: writer.summary(verdict), advice: writer.advice(verdict.kind),
                                 suggestions: verdict.suggestions, writer: writer)
        case .subject(let verdict)?:
            lines += answerLines(verdict, summary: writer.summary(verdict), advice: writer.advice(verdict),
                                 suggestions: [], writer: writer)
        case .invalid(_, let problem, let suggestions)?:
            lines += Self.problemLines(writer.invalid(problem: problem, suggestions: suggestions))
        case .invalidLink(_, let problem)?:
            lines += Self.problemLines(writer.invalid(link: problem))
        case nil:
            if let kind = entry.verdict { lines.append((writer.headline(kind), Self.style(kind))) }
            lines.append((model.text("desk.panel.notRechecked"), Style(.muted)))
        }
        return lines
    }

    private static func problemLines(_ texts: [String]) -> [(String, Style)] {
        texts.enumerated().map { ($0.element, $0.offset == 0 ? Style(.danger, .bold) : .normal) }
    }

    /// The summary, advice, every matching row, the typo candidates and the registries with no match.
    private func answerLines(_ verdict: some EvidenceBacked, summary: [String], advice: String,
                             suggestions: [Suggestion], writer: AnswerWriter) -> [(String, Style)] {
        var lines: [(String, Style)] = summary.enumerated().map {
            ($0.element, $0.offset == 0 ? Self.style(verdict.kind) : .normal)
        }
        lines.append((advice, Style(.accent)))
        if !verdict.evidence.isEmpty {
            lines.append(("", .normal))
            lines.append((model.text("desk.panel.evidence", ["count": .number(verdict.evidence.count)]), Style(.header, .bold)))
        }
        for (index, evidence) in verdict.evidence.enumerated() {
            let rows = writer.evidence(evidence)
            lines.append(("\(index + 1). \(rows.first ?? "")", Style(.normal, .bold)))
            lines += rows.dropFirst().map { ($0, .normal) }
        }
        if !suggestions.isEmpty {
            lines.append(("", .normal))
            lines.append((writer.text("answer.didYouMean"), Style(.header, .bold)))
            lines += suggestions.map { (writer.suggestionLine($0), .normal) }
        }
        let unmatched = verdict.unmatchedSources
        if !unmatched.isEmpty {
            lines.append(("", .normal))
            lines.append((model.text("desk.panel.noMatch"), Style(.header, .bold)))
            lines += unmatched.map { ("  \(writer.sourceTitle($0))", Style(.muted)) }
        }
        return lines
    }

    static func style(_ kind: VerdictKind) -> Style {
        Style(ColorRole(kind.severity), .bold)
    }
}

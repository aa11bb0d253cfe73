import Foundation
import TekserCore

/// A check's answer as readable terminal text: the summary, then every piece of evidence.
struct HumanOutput {
    let writer: AnswerWriter
    let color: Bool

    func render(_ result: CheckResult) -> String {
        switch result {
        case .invalid(let input, let problem, let suggestions):
            return (["“\(input)”"] + writer.invalid(problem: problem, suggestions: suggestions)).joined(separator: "\n") + "\n"
        case .invalidLink(let input, let problem):
            return (["“\(input)”"] + writer.invalid(link: problem)).joined(separator: "\n") + "\n"
        case .subject(let verdict):
            var lines = withEvidence(writer.summary(verdict), verdict)
            // A link found nowhere: what else the citizen can check.
            if verdict.kind == .notFound { lines += ["", writer.advice(verdict)] }
            return lines.joined(separator: "\n") + "\n"
        case .verdict(let verdict):
            var lines = withEvidence(writer.summary(verdict), verdict)
            if !verdict.suggestions.isEmpty {
                lines.append("")
                lines.append(writer.text("answer.didYouMean"))
                lines += verdict.suggestions.map(writer.suggestionLine)
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// The summary, its headline painted, then every matching row in full.
    private func withEvidence(_ summary: [String], _ answer: some EvidenceBacked) -> [String] {
        var lines = summary
        lines[0] = paint(lines[0], answer.kind)
        for evidence in answer.evidence {
            lines.append("")
            lines += writer.evidence(evidence)
        }
        return lines
    }

    private func paint(_ text: String, _ kind: VerdictKind) -> String {
        guard color else { return text }
        return "\u{1B}[\(kind.severity.ansiCode)m\(text)\u{1B}[0m"
    }
}

/// Facts about the terminal standard output goes to.
enum Terminal {
    /// Colour only for a terminal, and never when NO_COLOR is set.
    static var wantsColor: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Columns to fill: the terminal's width, else `$COLUMNS` (20 to 1000), else 80.
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.map { min(max(20, $0), 1000) } ?? 80
    }
}

/// A name search's answer in words, the same for the command line and the chat.
extension AnswerWriter {
    /// "✅ АО «Тест Банк» — Holds an active licence".
    public func nameHeadline(_ result: NameResult) -> String {
        "\(result.kind.symbol(ascii: ascii)) \(result.name) — \(text(result.kind.message))"
    }

    /// "score 90/100 · other script or spelling · BIN 940140000385 · ARDFM …"; an IIN is masked.
    public func nameDetails(_ result: NameResult) -> String {
        let identifier = result.identifier.map { id in
            text("names.identifier", ["kind": .message(id.kind.message), "id": .text(id.masked)])
        } ?? text("names.noIdentifier")
        return text("names.result", [
            "score": .number(result.score), "reason": .message(result.reason.message),
            "identifier": .text(identifier), "source": .text(sourceTitle(result.source)),
        ])
    }

    /// The numbered list under a heading, or the honest "nothing found" with what to try.
    public func nameResults(_ results: [NameResult], query: String) -> [String] {
        guard !results.isEmpty else { return [text("names.notFound", ["query": .text(query)])] }
        var lines = [text("names.heading", ["query": .text(query)])]
        for (number, result) in results.enumerated() {
            lines.append("\(number + 1). \(nameHeadline(result))")
            lines.append("   \(nameDetails(result))")
        }
        return lines
    }
}

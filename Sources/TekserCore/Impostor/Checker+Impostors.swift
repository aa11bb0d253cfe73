extension Checker {
    /// The clone-firm relations of an answer's rows: the licensees a listed or prosecuted row
    /// imitates, and the subjects imitating a licensed row. Nothing is looked up for a miss, so a
    /// one-shot check of an unknown BIN never builds the index.
    func imitations(_ evidence: [Evidence]) -> (imitates: [Imitation], imitatedBy: [Imitation]) {
        guard !evidence.isEmpty else { return ([], []) }
        let index = data.impostors
        var imitates: [Imitation] = [], imitatedBy: [Imitation] = []
        for row in evidence {
            if case .licensed(let entity) = row.details {
                imitatedBy += index.impostors(of: entity.bin.number).filter { !imitatedBy.contains($0) }
            } else {
                imitates += index.imitated(by: SubjectRef(sourceID: row.source.id, line: row.line))
                    .filter { found in !imitates.contains { $0.licensee.bin == found.licensee.bin } }
            }
        }
        return (imitates, imitatedBy)
    }
}

extension AnswerWriter {
    /// "It uses the name of licensed X, but it is not X (BIN …)"; or, for X, who imitates it.
    func impostorLines(_ answer: some EvidenceBacked) -> [String] {
        var lines = answer.imitates.map { imitation in
            var line = text("answer.impostor.imitates", [
                "licensee": .text(imitation.licenseeName(in: language)), "bin": .text(imitation.licensee.bin.digits),
            ])
            if case .link(let written) = imitation.via { line += " " + text("answer.impostor.viaLink", ["link": .text(written)]) }
            return "\(ascii ? "[!]" : "⚠") \(line)"
        }
        if !answer.imitatedBy.isEmpty {
            let names = answer.imitatedBy.map(\.impostorName).joined(separator: "; ")
            lines.append("\(ascii ? "[!]" : "⚠") " + text("answer.impostor.imitatedBy", ["count": .number(answer.imitatedBy.count), "names": .text(names)]))
        }
        return lines
    }
}

import TekserCore

/// Links, handles and subjects without BIN in the chat.
extension Reply {
    /// A link's verdict, like a BIN's: it spends a check, and offers the evidence of each
    /// subject found, what to do, and another check.
    mutating func answer(_ verdict: SubjectVerdict) {
        guard spendCheck() else { return }
        bot.tally?.count(verdict.kind, at: now)
        let subjects = verdict.subjects.prefix(5)
        var rows: [[InlineButton]] = subjects.compactMap { ref in
            // Telegram's limit on callback data; a very long source id gets no button rather than a crash.
            guard Callback.subjectEvidence(ref).data.utf8.count <= 64 else { return nil }
            let name = bot.checker.subjectVerdict(at: ref)?.names(in: state.language).first ?? ref.description
            let label = subjects.count == 1 ? text("button.evidence") : text("link.evidenceFor", ["name": .text(name)])
            return [InlineButton(label, data: Callback.subjectEvidence(ref).data)]
        }
        let advice = verdict.kind == .notFound && verdict.link != nil ? Callback.linkAdvice : Callback.advice(verdict.kind)
        rows.append([InlineButton(text("button.advice"), data: advice.data)])
        rows += impostorRows(verdict)
        let subject: ReportSubject = switch verdict.query {
        case .link(_, let link): .link(link)
        case .subject(let ref): .listed(ref, name: verdict.names(in: state.language).first ?? "")
        }
        rows.append([InlineButton(text("button.checkAnother"), data: Callback.checkAnother.data),
                     reportButton(for: subject, verdict: verdict.kind)])
        send((writer.summary(verdict) + quotaLeft()).joined(separator: "\n"), .inlineKeyboard(InlineKeyboard(rows)))
    }

    /// Why a link cannot be checked; a handle typed alone gets a button for each network instead.
    mutating func linkProblem(_ problem: LinkProblem) {
        guard case .platformNeeded(let handle) = problem else {
            send(writer.invalid(link: problem).joined(separator: "\n"))
            return
        }
        let buttons = SocialPlatform.allCases.map { InlineButton(text($0.message.key), data: Callback.platform($0, handle: handle).data) }
        let rows = stride(from: 0, to: buttons.count, by: 3).map { Array(buttons[$0 ..< min($0 + 3, buttons.count)]) }
        send(text("link.choosePlatform", ["handle": .text("@" + handle)]), .inlineKeyboard(InlineKeyboard(rows)))
    }

    /// A subject chosen by its row (a name-search button): its verdict, as for a link.
    mutating func subject(_ ref: SubjectRef) {
        guard let verdict = bot.checker.subjectVerdict(at: ref) else {
            send(text("chat.buttonExpired"))
            return
        }
        answer(verdict)
    }

    mutating func subjectEvidence(_ ref: SubjectRef) {
        guard let verdict = bot.checker.subjectVerdict(at: ref) else {
            send(text("chat.buttonExpired"))
            return
        }
        send(evidenceBlocks(verdict).joined(separator: "\n\n"))
    }
}

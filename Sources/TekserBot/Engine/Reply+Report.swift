import TekserCore

/// An answer a citizen may report on: what was checked and the verdict shown.
public struct ReportableAnswer: Sendable, Equatable {
    public let messageID: MessageID
    public let subject: ReportSubject
    public let verdict: VerdictKind

    public init(messageID: MessageID, subject: ReportSubject, verdict: VerdictKind) {
        self.messageID = messageID
        self.subject = subject
        self.verdict = verdict
    }
}

/// A report between its steps.
struct ReportDraft: Sendable, Equatable {
    let answer: ReportableAnswer
    var approach: CitizenReport.Approach?
    var payment: CitizenReport.Payment?

    /// After both questions the next message is the report's free text.
    var awaitsText: Bool { approach != nil && payment != nil }
}

/// Citizens' reports: "⚠ Report" under every answer, then how they were approached, whether
/// they paid, an optional short text; the finished report goes to the bot's recorder.
extension Reply {
    /// How many recent answers keep a working "⚠ Report" button.
    static let reportableLimit = 10

    /// The button for the answer about to be sent, remembered with what it answers.
    mutating func reportButton(for subject: ReportSubject, verdict: VerdictKind) -> InlineButton {
        let id = state.nextMessageID
        state.reportable = Array((state.reportable + [ReportableAnswer(messageID: id, subject: subject, verdict: verdict)])
            .suffix(Self.reportableLimit))
        // U+26A0 without a variation selector: one column wide in every terminal.
        return InlineButton((bot.ascii ? "[!] " : "⚠ ") + text("button.reportSubject"), data: Callback.report(id).data)
    }

    mutating func startReport(about messageID: MessageID) {
        guard let answer = state.reportable.first(where: { $0.messageID == messageID }) else {
            send(text("chat.buttonExpired"))
            return
        }
        state.report = ReportDraft(answer: answer)
        let buttons = CitizenReport.Approach.allCases.map { InlineButton(text($0.message.key), data: Callback.reportApproach($0).data) }
        send(text("report.ask.approach"), .inlineKeyboard(InlineKeyboard(Self.pairs(buttons))))
    }

    mutating func reportApproach(_ approach: CitizenReport.Approach) {
        guard state.report != nil else { return send(text("chat.buttonExpired")) }
        state.report?.approach = approach
        let buttons = CitizenReport.Payment.allCases.map { InlineButton(text($0.message.key), data: Callback.reportPayment($0).data) }
        send(text("report.ask.paid"), .inlineKeyboard(InlineKeyboard(Self.pairs(buttons))))
    }

    mutating func reportPayment(_ payment: CitizenReport.Payment) {
        guard state.report?.approach != nil else { return send(text("chat.buttonExpired")) }
        state.report?.payment = payment
        send(text("report.ask.text", ["limit": .number(CitizenReport.textLimit)]),
             .inlineKeyboard(InlineKeyboard([[InlineButton(text("button.reportSkip"), data: Callback.reportSkipText.data)]])))
    }

    /// Files the report with `freeText` (possibly empty): thanks, or where to go if it could not be kept.
    mutating func finishReport(_ freeText: String) {
        guard let draft = state.report, let approach = draft.approach, let payment = draft.payment else {
            return send(text("chat.buttonExpired"))
        }
        state.report = nil
        let report = CitizenReport(subject: draft.answer.subject, verdict: draft.answer.verdict, approach: approach,
                                   payment: payment, text: freeText, at: now)
        var saved = true
        if let recorder = bot.reports {
            do { try recorder.record(report) } catch { saved = false }
        }
        send([text(saved ? "report.thanks" : "report.notSaved"), text("report.text")].joined(separator: "\n\n"))
    }

    /// Buttons two to a row.
    private static func pairs(_ buttons: [InlineButton]) -> [[InlineButton]] {
        stride(from: 0, to: buttons.count, by: 2).map { Array(buttons[$0 ..< min($0 + 2, buttons.count)]) }
    }
}

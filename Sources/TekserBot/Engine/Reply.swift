import Foundation
import TekserCore

/// The bot's answer to one update, built up action by action.
struct Reply {
    let bot: Bot
    var state: ChatState
    let now: Date
    var actions: [BotAction] = []

    init(bot: Bot, state: ChatState, now: Date) {
        self.bot = bot
        self.state = state
        self.now = now
    }

    var writer: AnswerWriter { AnswerWriter(catalog: bot.catalog, language: state.language, ascii: bot.ascii) }

    func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        bot.catalog.text(key, arguments, in: state.language)
    }

    mutating func send(_ text: String, _ markup: ReplyMarkup? = nil) {
        actions.append(.sendMessage(BotMessage(id: state.takeMessageID(), text: text, markup: markup)))
    }

    // MARK: Messages

    mutating func message(_ text: String) {
        let isCommand = Command.parse(text) != nil || bot.menuItem(forLabel: text) != nil
        if state.report?.awaitsText == true, !isCommand { return finishReport(text) }
        // A command or the menu leaves a report unfinished.
        if isCommand { state.report = nil }
        if let (command, argument) = Command.parse(text) {
            switch command {
            case .start: start()
            case .help: help()
            case .lang: languageChoice()
            case .signs: signs(page: 1, editing: nil)
            case .report: report()
            case .check: argument.isEmpty ? askForIdentifier() : check(argument)
            case nil: help(unknown: true)
            }
        } else if let item = bot.menuItem(forLabel: text) {
            switch item {
            case .check: askForIdentifier()
            case .signs: signs(page: 1, editing: nil)
            case .report: report()
            case .language: languageChoice()
            case .help: help()
            }
        } else if IdentifierParser.looksLikeIdentifier(text) || LinkParser.looksLikeLink(text) {
            check(text)
        } else if Self.looksLikeName(text) {
            findNames(text)
        } else {
            help(unknown: true)
        }
    }

    /// At least three letters: shorter input or bare symbols get the help, not a search.
    static func looksLikeName(_ text: String) -> Bool {
        text.unicodeScalars.lazy.filter(\.properties.isAlphabetic).prefix(3).count == 3
    }

    mutating func start() {
        let sources = bot.checker.data.sources.map { "• " + writer.sourceTitle($0.summary) }
        var lines = [text("chat.greeting"), text("chat.whatIChecks")] + sources
        if bot.checker.data.isDemo { lines.append(text("common.demoData")) }
        lines.append(text("chat.chooseLanguage"))
        send(lines.joined(separator: "\n"), .inlineKeyboard(languageButtons()))
        send(text("chat.typeBIN"), .replyKeyboard(bot.menuKeyboard(in: state.language)))
    }

    func languageButtons() -> InlineKeyboard {
        InlineKeyboard([Language.allCases.map { InlineButton(bot.catalog.text("language.name", in: $0), data: Callback.language($0).data) }])
    }

    mutating func languageChoice() {
        send(text("chat.chooseLanguage"), .inlineKeyboard(languageButtons()))
    }

    mutating func help(unknown: Bool = false) {
        var lines = [text(unknown ? "chat.notUnderstood" : "chat.help")]
        lines += bot.commands(in: state.language).map { "/\($0.command) — \($0.description)" }
        send(lines.joined(separator: "\n"))
    }

    mutating func askForIdentifier() {
        send(text("chat.typeBIN"))
    }

    mutating func report() {
        send(text("report.text"))
    }

    // MARK: Checks

    mutating func check(_ input: String, platform: SocialPlatform? = nil) {
        let result = bot.checker.check(input, platform: platform, language: state.language)
        switch result {
        case .subject(let verdict):
            answer(verdict)
        case .invalidLink(_, let problem):
            linkProblem(problem)
        case .invalid(_, let problem, let suggestions):
            let buttons = suggestions.prefix(5).map { [InlineButton(writer.suggestionLine($0), data: Callback.check($0.identifier.digits).data)] }
            var lines = writer.invalid(problem: problem, suggestions: []).map { $0 }
            if !suggestions.isEmpty { lines.append(text("answer.didYouMean")) }
            send(lines.joined(separator: "\n"), buttons.isEmpty ? nil : .inlineKeyboard(InlineKeyboard(Array(buttons))))
        case .verdict(let verdict):
            guard spendCheck() else { return }
            bot.tally?.count(verdict.kind, at: now)
            var lines = writer.summary(verdict) + quotaLeft()
            var rows = [[
                InlineButton(text("button.evidence"), data: Callback.evidence(verdict.identifier.digits).data),
                InlineButton(text("button.advice"), data: Callback.advice(verdict.kind).data),
            ]]
            rows += verdict.suggestions.prefix(3).map { [InlineButton(writer.suggestionLine($0), data: Callback.check($0.identifier.digits).data)] }
            rows += impostorRows(verdict)
            rows.append([InlineButton(text("button.checkAnother"), data: Callback.checkAnother.data),
                         reportButton(for: .identifier(verdict.identifier), verdict: verdict.kind)])
            if !verdict.suggestions.isEmpty { lines.append(text("answer.didYouMean")) }
            send(lines.joined(separator: "\n"), .inlineKeyboard(InlineKeyboard(rows)))
        }
    }

    // MARK: Names

    /// Any other text is taken for a name: the ranked results, one button each that checks it.
    mutating func findNames(_ query: String) {
        actions.append(.sendChatAction(.typing))
        let results = bot.checker.findNames(query)
        guard !results.isEmpty else {
            send(text("names.notFound", ["query": .text(query)]),
                 .inlineKeyboard(InlineKeyboard([[InlineButton(text("button.checkAnother"), data: Callback.checkAnother.data)]])))
            return
        }
        let lines = writer.nameResults(results, query: query) + [text("names.pressToCheck")]
        let rows = results.compactMap { result -> [InlineButton]? in
            let data = result.identifier.map { Callback.check($0.digits).data } ?? Callback.subject(SubjectRef(sourceID: result.source.id, line: result.evidence.line)).data
            guard data.utf8.count <= 64 else { return nil }
            return [InlineButton("\(result.kind.symbol(ascii: bot.ascii)) \(result.name)", data: data)]
        }
        send(lines.joined(separator: "\n"), .inlineKeyboard(InlineKeyboard(rows)))
    }

    /// Spends one check of the day's quota and shows "typing…"; says so and returns false when none is left.
    mutating func spendCheck() -> Bool {
        guard state.quota.spend(bot.quota, now: now) else {
            let reset = bot.quota.resetTime(after: now)
            send(text("quota.exhausted", ["count": .number(bot.quota.limit), "time": .text(bot.quota.clockTime(reset))]))
            return false
        }
        actions.append(.sendChatAction(.typing))
        return true
    }

    /// "3 checks left today.", when the quota is limited.
    func quotaLeft() -> [String] {
        state.quota.remaining(bot.quota, now: now).map { [text("quota.left", ["count": .number($0)])] } ?? []
    }

    // MARK: Callbacks

    mutating func callback(messageID: MessageID, data: String) {
        guard let callback = Callback(data: data) else {
            actions.append(.answerCallbackQuery(notice: text("chat.buttonExpired")))
            return
        }
        actions.append(.answerCallbackQuery(notice: nil))
        switch callback {
        case .language(let language):
            state.language = language
            state.languageChosen = true
            send(text("chat.languageSet"), .replyKeyboard(bot.menuKeyboard(in: language)))
        case .evidence(let digits):
            evidence(digits)
        case .advice(let kind):
            send(writer.advice(kind))
        case .checkAnother:
            askForIdentifier()
        case .check(let digits):
            check(digits)
        case .signsPage(let page):
            signs(page: page, editing: messageID)
        case .subject(let ref):
            subject(ref)
        case .subjectEvidence(let ref):
            subjectEvidence(ref)
        case .platform(let platform, let handle):
            check("@" + handle, platform: platform)
        case .linkAdvice:
            send(writer.advice(.notFound) + "\n" + text("link.advice.not_found"))
        case .report(let id):
            startReport(about: id)
        case .reportApproach(let approach):
            reportApproach(approach)
        case .reportPayment(let payment):
            reportPayment(payment)
        case .reportSkipText:
            finishReport("")
        }
    }

    mutating func evidence(_ digits: String) {
        guard case .success(let identifier) = IdentifierParser.parse(digits) else { return }
        let verdict = bot.checker.verdict(for: identifier, language: state.language)
        send(([writer.identifierLine(identifier)] + evidenceBlocks(verdict)).joined(separator: "\n\n"))
    }

    /// Every matching row in full, the registries with no match, and the demo notice.
    func evidenceBlocks(_ answer: some EvidenceBacked) -> [String] {
        var blocks = answer.evidence.map { writer.evidence($0).joined(separator: "\n") }
        if !answer.unmatchedSources.isEmpty {
            blocks.append(text("evidence.noMatch", ["sources": .text(answer.unmatchedSources.map(writer.sourceTitle).joined(separator: "; "))]))
        }
        if answer.isDemo { blocks.append(text("common.demoData")) }
        return blocks
    }

    // MARK: The signs guide

    /// The guide's signs, as many as the catalog has (`signs.item.1`, `signs.item.2`, …).
    var signCount: Int {
        var n = 0
        while bot.catalog.has("signs.item.\(n + 1)", in: state.language) { n += 1 }
        return n
    }

    static let signsPerPage = 4

    mutating func signs(page requested: Int, editing messageID: MessageID?) {
        let count = signCount
        let pages = max(1, (count + Self.signsPerPage - 1) / Self.signsPerPage)
        let page = min(max(1, requested), pages)
        let first = (page - 1) * Self.signsPerPage + 1
        let items = (first ... min(count, first + Self.signsPerPage - 1)).map { "\($0). " + text("signs.item.\($0)") }
        let body = ([text("signs.title", ["page": .number(page), "pages": .number(pages)])] + items).joined(separator: "\n\n")
        var buttons: [InlineButton] = []
        if page > 1 { buttons.append(InlineButton(bot.ascii ? "<" : "◀", data: Callback.signsPage(page - 1).data)) }
        if page < pages { buttons.append(InlineButton(bot.ascii ? ">" : "▶", data: Callback.signsPage(page + 1).data)) }
        let markup: ReplyMarkup? = buttons.isEmpty ? nil : .inlineKeyboard(InlineKeyboard([buttons]))
        if let messageID {
            actions.append(.editMessage(BotMessage(id: messageID, text: body, markup: markup)))
        } else {
            send(body, markup)
        }
    }
}

import Foundation
import TekserCore

/// The conversation engine: takes an update and the account's state, returns the bot's
/// actions. No I/O, no clock of its own: `now` comes from the caller's clock.
///
/// The bot answers the public (chat, kiosk, trainer, plain mode), so its checker never surfaces
/// a person except by their exact IIN, and then without a name (`Audience.citizen`).
public struct Bot: Sendable {
    public let checker: Checker
    public let catalog: Catalog
    public let quota: QuotaPolicy
    /// Draw symbols in ASCII (for terminals without UTF-8).
    public let ascii: Bool
    /// Where citizens' reports go (the journal). The one effect the engine performs itself: a
    /// report is handed over the moment it is finished, in every front end alike, and the thanks
    /// say whether it was kept. `nil` (the trainer) keeps nothing.
    public let reports: (any ReportRecorder)?
    /// Today's answers by verdict, for the fleet's heartbeat (counts only); `nil` counts nothing.
    public let tally: CheckTally?

    public init(checker: Checker, catalog: Catalog, quota: QuotaPolicy = QuotaPolicy(), ascii: Bool = false,
                reports: (any ReportRecorder)? = nil, tally: CheckTally? = nil) {
        self.tally = tally
        self.checker = Checker(data: checker.data, audience: .citizen)
        self.catalog = catalog
        self.quota = quota
        self.ascii = ascii
        self.reports = reports
    }

    /// Handles one update.
    public func handle(_ update: Update, state: inout ChatState, now: Date) -> [BotAction] {
        var reply = Reply(bot: self, state: state, now: now)
        switch update {
        case .message(let text):
            reply.message(text.trimmingWhitespace())
        case .callbackQuery(let messageID, let data):
            reply.callback(messageID: messageID, data: data)
        }
        state = reply.state
        return reply.actions
    }

    /// The commands with their descriptions, in the account's language.
    public func commands(in language: Language) -> [BotCommand] {
        Command.allCases.map { BotCommand(command: $0.rawValue, description: catalog.text($0.message, in: language)) }
    }

    /// The menu's labels in `language`, as the reply keyboard shows them.
    public func menuLabel(_ item: MenuItem, in language: Language) -> String {
        "\(item.symbol(ascii: ascii)) \(catalog.text(item.message, in: language))"
    }

    func menuItem(forLabel text: String) -> MenuItem? {
        for language in Language.allCases {
            for item in MenuItem.allCases {
                let label = menuLabel(item, in: language)
                if text == label || text == catalog.text(item.message, in: language) { return item }
            }
        }
        return nil
    }

    func menuKeyboard(in language: Language) -> ReplyKeyboard {
        ReplyKeyboard(
            MenuItem.layout.map { row in row.map { menuLabel($0, in: language) } },
            inputFieldPlaceholder: catalog.text("chat.placeholder", in: language))
    }
}

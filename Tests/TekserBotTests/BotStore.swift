import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

/// The bot tested as TCA's `TestStore` tests a reducer: every step sends one update and
/// states every action the bot takes in answer, in order and in full (texts, buttons,
/// keyboards), and how the account changes; anything more, less or different fails the step.
struct BotStore {
    let bot: Bot
    private(set) var state: ChatState
    private(set) var now = Conversation.start

    init(language: Language = .en, quota: Int = 5) {
        bot = Bot(checker: Checker(data: Conversation.data), catalog: Conversation.catalog,
                  quota: QuotaPolicy(limit: quota, timeZone: TimeZone(identifier: "Asia/Almaty")!))
        state = ChatState(language: language)
    }

    /// Sends `update`; the bot must answer exactly `expected`, and the account must become what
    /// `change` makes of it (message ids move on by themselves: one per message sent).
    mutating func send(_ update: Update, _ expected: [BotAction], change: (inout ChatState) -> Void = { _ in },
                       sourceLocation: SourceLocation = #_sourceLocation) {
        var wanted = state
        change(&wanted)
        wanted.nextMessageID += expected.filter { if case .sendMessage = $0 { true } else { false } }.count
        let actions = bot.handle(update, state: &state, now: now)
        #expect(actions.count == expected.count, "\(actions.count) actions, not \(expected.count)", sourceLocation: sourceLocation)
        for (index, (action, wantedAction)) in zip(actions, expected).enumerated() {
            #expect(action == wantedAction, "action \(index + 1)", sourceLocation: sourceLocation)
        }
        #expect(state == wanted, sourceLocation: sourceLocation)
    }

    mutating func advance(seconds: Double) {
        now = now.addingTimeInterval(seconds)
    }
}

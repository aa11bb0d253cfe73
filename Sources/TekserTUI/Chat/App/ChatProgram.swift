import Foundation
import TekserBot
import TekserCore

/// `tekser chat` as a program for the runtime: the chat's model and update, the bot that
/// answers, and the live-data feed. A swapped-in data set answers from the next question on,
/// said in a short notice; a refused version is the operator's business (log, `tekser data
/// status`), not the person chatting's.
public struct ChatProgram: Program {
    public enum Event {
        case chat(ChatEvent)
        case data(DataChange)
    }

    public private(set) var chat: ChatModel
    public private(set) var session: BotSession
    private let feed: DataFeed

    public init(session: BotSession, options: ChatOptions = ChatOptions(), feed: DataFeed = .none, now: Date) {
        self.session = session
        self.feed = feed
        chat = ChatModel(catalog: session.bot.catalog, quota: session.bot.quota, state: session.state, now: now, options: options)
    }

    public mutating func start(now: Date) -> [ChatCommand] {
        chat.start(now: now)
    }

    public mutating func update(_ event: Event, now: Date) -> [ChatCommand] {
        switch event {
        case .chat(let event):
            return chat.handle(event, now: now)
        case .data(let change):
            if let data = change.data { session.take(data) }
            if let state = change.state { chat.dataNote = state.note }
            let notices = change.events.filter { $0.kind == .swapped }.map { session.bot.catalog.text($0.message, in: chat.language) }
            return notices.flatMap { chat.handle(.botReplied([.answerCallbackQuery(notice: $0)], session.state), now: now) }
        }
    }

    public mutating func view(into grid: inout Grid, area: Rect, now: Date) -> Point? {
        let frame = ChatView.render(chat, into: &grid, area: area)
        chat.layout = frame.layout
        return frame.cursor
    }

    public mutating func perform(_ command: ChatCommand, now: Date) -> [Effect<Event>] {
        session.perform(command, now: now).map { $0.map(Event.chat) }
    }

    public func subscriptions(now: Date) -> [Subscription<Event>] {
        feed.subscription(Event.data)
    }

    public func event(for input: InputEvent) -> Event? {
        .chat(.input(input))
    }
}

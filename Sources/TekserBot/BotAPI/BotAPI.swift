/// The engine's vocabulary, after the Telegram Bot API, so that a real Telegram adapter
/// could sit where the terminal front end sits now.
public typealias MessageID = Int

/// What reaches the bot from the user.
public enum Update: Hashable, Sendable {
    /// A text the user sent; commands start with `/`; a reply-keyboard press arrives as its label.
    case message(String)
    /// A press on an inline button under message `messageID` (`CallbackQuery`).
    case callbackQuery(messageID: MessageID, data: String)
}

/// What the bot does in answer.
public enum BotAction: Hashable, Sendable {
    /// `sendChatAction(typing)`: shown until the next message, at most five seconds.
    case sendChatAction(ChatAction)
    case sendMessage(BotMessage)
    /// `editMessageText`: replaces the text and inline keyboard of an earlier message.
    case editMessage(BotMessage)
    /// `answerCallbackQuery`: every press is answered, optionally with a short notice.
    case answerCallbackQuery(notice: String?)
}

public enum ChatAction: Hashable, Sendable {
    case typing
}

/// A message from the bot, with its markup.
public struct BotMessage: Hashable, Sendable {
    public let id: MessageID
    public let text: String
    public let markup: ReplyMarkup?

    public init(id: MessageID, text: String, markup: ReplyMarkup? = nil) {
        self.id = id
        self.text = text
        self.markup = markup
    }

    /// The inline buttons under this message, if any.
    public var inlineKeyboard: InlineKeyboard? {
        if case .inlineKeyboard(let keyboard) = markup { keyboard } else { nil }
    }
}

/// `reply_markup`: buttons under the message, a menu above the input, or that menu removed.
public enum ReplyMarkup: Hashable, Sendable {
    case inlineKeyboard(InlineKeyboard)
    case replyKeyboard(ReplyKeyboard)
    case removeKeyboard
}

/// `InlineKeyboardMarkup`: rows of buttons drawn under a message.
public struct InlineKeyboard: Hashable, Sendable {
    public let rows: [[InlineButton]]

    public init(_ rows: [[InlineButton]]) { self.rows = rows }

    public var buttons: [InlineButton] { rows.flatMap { $0 } }
}

/// `InlineKeyboardButton`: a label and the callback data (at most 64 bytes) sent back on a press.
public struct InlineButton: Hashable, Sendable {
    public let text: String
    public let callbackData: String

    public init(_ text: String, data: String) {
        precondition(data.utf8.count <= 64, "callback data is limited to 64 bytes")
        self.text = text
        self.callbackData = data
    }
}

/// `ReplyKeyboardMarkup`: a menu shown in place of (above) the input line; a press sends its label.
public struct ReplyKeyboard: Hashable, Sendable {
    public let rows: [[String]]
    public let isPersistent: Bool
    public let resizeKeyboard: Bool
    public let inputFieldPlaceholder: String?

    public init(_ rows: [[String]], isPersistent: Bool = true, resizeKeyboard: Bool = true, inputFieldPlaceholder: String? = nil) {
        self.rows = rows
        self.isPersistent = isPersistent
        self.resizeKeyboard = resizeKeyboard
        self.inputFieldPlaceholder = inputFieldPlaceholder
    }

    public var buttons: [String] { rows.flatMap { $0 } }
}

/// `BotCommand`: a command with its description, for the menu and /help.
public struct BotCommand: Hashable, Sendable {
    public let command: String
    public let description: String
}

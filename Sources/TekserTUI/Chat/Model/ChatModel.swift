import Foundation
import TekserBot
import TekserCore

/// Everything the chat screen shows, as one value: `ChatUpdate` changes it, `ChatView`
/// draws it, and nothing else holds screen state.
public struct ChatModel: Sendable {
    public let catalog: Catalog
    /// The bot's daily limit, for the checks left in the header.
    public let quota: QuotaPolicy
    public let options: ChatOptions
    public internal(set) var bubbles: [Bubble] = []
    /// The menu above the input, from the latest `.replyKeyboard` markup.
    public internal(set) var replyKeyboard: ReplyKeyboard?
    public internal(set) var input = LineEditor()
    /// The button Enter presses; nil when Enter sends the input line.
    public internal(set) var focus: ButtonTarget?
    /// Rows scrolled up from the newest message (0 follows the conversation).
    public internal(set) var scroll = 0
    /// The bot has announced `sendChatAction(.typing)`; `held` waits for the typing timer.
    public internal(set) var isTyping = false
    var held: [BotAction] = []
    /// F1: the key table is shown over the history until the next key.
    public internal(set) var showsKeys = false
    /// A short notice from `answerCallbackQuery`, shown in the status line for a moment.
    public internal(set) var toast: String?
    public internal(set) var language: Language
    /// Checks left today, nil when unlimited.
    public internal(set) var checksLeft: Int?
    /// The published data version in use (and whether the server could be asked for a newer
    /// one), for the header; nil for a local data folder.
    public var dataNote: Message?
    /// Where the last drawn frame put the buttons, and how tall the history was: the program
    /// stores it after each frame so clicks, Tab and PgUp match what is on screen. A frame
    /// with less history to scroll (a taller window, one too small) brings `scroll` within it.
    public var layout = ChatLayout() {
        didSet { scroll = min(scroll, layout.maxScroll) }
    }
    /// Bubbles laid out in earlier frames (see `HistoryCache`).
    let historyCache = HistoryCache()
    /// The reply keyboard's rows as last drawn, by keyboard, width, focus and ASCII mode.
    let keyboardRows = LastDrawn<KeyboardRowsKey, [Row]>()
    /// The header's two ends as last drawn (see `HeaderKey`).
    let header = LastDrawn<HeaderKey, (left: CellRun, right: CellRun?)>()
    /// The key bar as last drawn, by language and width.
    let keyBar = LastDrawn<KeyBarKey, CellRun>()
    /// The too-small notice's lines as last drawn, by window size.
    let tooSmallNotice = LastDrawn<Size, [String]>()
    var timerSerial = 0
    var typingTimer: ChatTimer?
    var toastTimer: ChatTimer?

    /// An empty chat for an account in `state` (its language and the checks it has left).
    public init(catalog: Catalog, quota: QuotaPolicy, state: ChatState, now: Date, options: ChatOptions = ChatOptions()) {
        self.catalog = catalog
        self.quota = quota
        self.options = options
        language = state.language
        checksLeft = state.quota.remaining(quota, now: now)
    }

    func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        catalog.text(key, arguments, in: language)
    }

    /// The bot message with `id`, if it is still in the history.
    func bubbleIndex(ofBotMessage id: MessageID) -> Int? {
        bubbles.lastIndex { $0.sender == .bot(id) }
    }
}

/// How the chat behaves; kiosk settings (no quit, idle wipe) are meant to join these later.
public struct ChatOptions: Hashable, Sendable {
    /// How long "typing…" shows before the bot's answer appears; 0 shows it at once.
    public var typingDelayMilliseconds: Int
    /// Borders and marks from `GlyphSet.ascii`, and every text folded to ASCII.
    public var ascii: Bool
    /// How long a notice from a button press stays in the status line.
    public var toastMilliseconds: Int
    /// The zone for bubble times and date separators.
    public var timeZone: TimeZone

    public init(typingDelayMilliseconds: Int = 700, ascii: Bool = false, toastMilliseconds: Int = 2500,
                timeZone: TimeZone = .current) {
        self.typingDelayMilliseconds = typingDelayMilliseconds
        self.ascii = ascii
        self.toastMilliseconds = toastMilliseconds
        self.timeZone = timeZone
    }
}

/// One message on screen: the bot's on the left, the user's on the right.
public struct Bubble: Hashable, Sendable {
    public enum Sender: Hashable, Sendable {
        case bot(MessageID)
        case user
    }

    public var sender: Sender
    public var text: String
    public var time: Date
    /// Inline buttons drawn under a bot message.
    public var buttons: InlineKeyboard?
    /// For the user's messages: ✓ once sent, ✓✓ once the bot has answered.
    public var isRead = false

    public init(sender: Sender, text: String, time: Date, buttons: InlineKeyboard? = nil) {
        self.sender = sender
        self.text = text
        self.time = time
        self.buttons = buttons
    }

    public var isFromUser: Bool { sender == .user }
}

/// A button that can be focused, pressed with Enter or clicked.
public enum ButtonTarget: Hashable, Sendable {
    /// The `index`th button (rows flattened) under bot message `messageID`.
    case inline(messageID: MessageID, index: Int)
    /// The `index`th reply-keyboard button (rows flattened), as Alt-(index+1) presses it.
    case reply(index: Int)
}

/// A drawn button and the cells it covers.
public struct ButtonHit: Hashable, Sendable {
    public var rect: Rect
    public var target: ButtonTarget

    public init(rect: Rect, target: ButtonTarget) {
        self.rect = rect
        self.target = target
    }
}

/// What the view reports about the frame it drew.
public struct ChatLayout: Hashable, Sendable {
    /// Buttons in drawing order (top to bottom, left to right): the Tab order.
    public var hits: [ButtonHit] = []
    public var historyHeight = 0
    /// The largest useful `scroll`: the history's rows beyond one screenful.
    public var maxScroll = 0

    public init(hits: [ButtonHit] = [], historyHeight: Int = 0, maxScroll: Int = 0) {
        self.hits = hits
        self.historyHeight = historyHeight
        self.maxScroll = maxScroll
    }
}

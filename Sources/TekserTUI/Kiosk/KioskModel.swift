import Foundation
import TekserBot
import TekserCore

/// The kiosk's whole state: the current citizen's chat and bot account, plus what outlives
/// sessions (the operator's PIN lock). `KioskUpdate` changes it, `KioskView` draws it.
public struct KioskModel: Sendable {
    public let catalog: Catalog
    public let settings: KioskSettings
    /// The current session's chat screen; replaced whole when the session is wiped.
    public internal(set) var chat: ChatModel
    /// Counts sessions; each new one starts a fresh bot account (`KioskCommand.sessionEnded`).
    public internal(set) var sessionNumber = 0
    public internal(set) var overlay: KioskOverlay?
    /// False while the data cannot be loaded: the screen says so in three languages.
    public internal(set) var inService = false
    /// While set and in the future, the PIN prompt takes no PIN.
    public internal(set) var lockedUntil: Date?
    var failedAttempts = 0
    var lastActivity: Date
    /// Whether the citizen has done anything this session; an untouched welcome screen is never wiped.
    var touched = false
    let verifyPIN: (@Sendable (String) -> Bool)?

    /// `verifyPIN` nil means no PIN is configured: the kiosk can only be stopped from outside.
    public init(catalog: Catalog, settings: KioskSettings, verifyPIN: (@Sendable (String) -> Bool)?, now: Date) {
        self.catalog = catalog
        self.settings = settings
        self.verifyPIN = verifyPIN
        chat = ChatModel(catalog: catalog, quota: settings.quota, state: settings.freshAccount, now: now, options: settings.chat)
        lastActivity = now
    }

    /// The language the screen speaks now.
    public var language: Language { chat.language }

    func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        catalog.text(key, arguments, in: language)
    }

    /// Seconds left until `date`, rounded up, never below zero.
    static func secondsLeft(until date: Date, now: Date) -> Int {
        max(0, Int(date.timeIntervalSince(now).rounded(.up)))
    }
}

/// What is shown over the chat and takes the keys while it is open.
public enum KioskOverlay: Hashable, Sendable {
    /// "Are you still there?": any key keeps the session, `deadline` wipes it.
    case stillThere(deadline: Date)
    /// The operator's PIN prompt; `rejected` after a wrong PIN.
    case pin(digits: String, rejected: Bool)
    /// The operator key was pressed but no PIN is configured.
    case noPIN
}

/// What reaches `KioskUpdate`: the chat's own events, and the clock's once-a-second tick.
public enum KioskEvent: Equatable, Sendable {
    case chat(ChatEvent)
    case tick
}

/// The side effects `KioskUpdate` asks the run loop for.
public enum KioskCommand: Hashable, Sendable {
    /// A chat command (never `.quit` or `.suspend`: the kiosk filters those out).
    case chat(ChatCommand)
    /// A new session has begun: a fresh bot account (`KioskSettings.freshAccount`), and
    /// timers of the old one must not fire into it.
    case sessionEnded
    /// The operator gave the right PIN: restore the terminal and stop.
    case exit
}

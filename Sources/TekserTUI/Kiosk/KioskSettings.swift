import Foundation
import TekserBot
import TekserCore

/// How a public kiosk behaves: when it asks "Are you still there?", which key calls the
/// operator, how long a locked PIN prompt stays locked, how much a citizen may type.
public struct KioskSettings: Sendable {
    /// Seconds without input before the "Are you still there?" countdown.
    public var idleSeconds: Int
    /// Seconds the countdown runs before the session is wiped.
    public var countdownSeconds: Int
    /// The key that opens the operator's PIN prompt.
    public var operatorKey: InputEvent
    /// The kiosk's own keys, with `operatorKey` in them.
    public var keys: KeyTable<KioskAction> { KeyMap.kiosk(operatorKey: operatorKey) }
    /// Wrong PINs in a row that lock the prompt, and for how long.
    public var attemptsBeforeLock: Int
    public var lockSeconds: Int
    /// The longest input line, so a huge paste cannot swamp the screen or the memory.
    public var maxInputLength: Int
    /// Seconds between attempts to load the data while the kiosk is out of service.
    public var retrySeconds: Int
    /// The language each new session starts in (the greeting lets the citizen change it).
    public var language: Language
    /// The checks each session may make (one session is one account).
    public var quota: QuotaPolicy
    public var chat: ChatOptions

    public init(idleSeconds: Int = 90, countdownSeconds: Int = 15, operatorKey: InputEvent = .function(12),
                attemptsBeforeLock: Int = 3, lockSeconds: Int = 60, maxInputLength: Int = 200, retrySeconds: Int = 30,
                language: Language = .kk, quota: QuotaPolicy = QuotaPolicy(), chat: ChatOptions = ChatOptions()) {
        self.idleSeconds = idleSeconds
        self.countdownSeconds = countdownSeconds
        self.operatorKey = operatorKey
        self.attemptsBeforeLock = attemptsBeforeLock
        self.lockSeconds = lockSeconds
        self.maxInputLength = maxInputLength
        self.retrySeconds = retrySeconds
        self.language = language
        self.quota = quota
        self.chat = chat
    }

    /// The bot account each session starts with: the kiosk's language, no checks used.
    public var freshAccount: ChatState { ChatState(language: language) }

    /// A function key named as in the settings file ("F12", "f9"); nil for anything else.
    public static func functionKey(named name: String) -> InputEvent? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first == "F" || first == "f",
              let number = Int(trimmed.dropFirst()), (1...24).contains(number) else { return nil }
        return .function(number)
    }
}

import TekserCore

/// Everything the bot remembers of one account's chat; a value, replaced on every update.
public struct ChatState: Sendable, Equatable {
    public var language: Language
    /// Whether the user has picked a language (otherwise the greeting offers it again).
    public var languageChosen = false
    public var quota = QuotaUsage()
    /// The id the next message of the bot gets (user messages are not numbered by the engine).
    public var nextMessageID: MessageID = 1
    /// The latest answers a report can be about, by the message that gave them (the oldest dropped).
    public var reportable: [ReportableAnswer] = []
    /// A report being written, step by step; `nil` when none is.
    var report: ReportDraft?

    public init(language: Language) {
        self.language = language
    }

    mutating func takeMessageID() -> MessageID {
        defer { nextMessageID += 1 }
        return nextMessageID
    }
}

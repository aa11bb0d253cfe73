import TekserBot

/// What reaches `ChatUpdate`: the user's input, the bot's answer, a timer running out.
public enum ChatEvent: Equatable, Sendable {
    case input(InputEvent)
    /// The bot's actions for an update sent with `.send`, and its state afterwards.
    case botReplied([BotAction], ChatState)
    case timerFired(ChatTimer)
}

/// The side effects `ChatUpdate` asks for; the run loop performs them and reports back as events.
public enum ChatCommand: Hashable, Sendable {
    /// Hand an update to the bot; its answer comes back as `.botReplied`.
    case send(Update)
    /// Report `.timerFired(timer)` after `milliseconds`.
    case startTimer(ChatTimer, milliseconds: Int)
    /// Repaint the whole screen, not only the cells that changed.
    case redraw
    /// Stop the process as Ctrl-Z does in a shell.
    case suspend
    case quit
}

/// A timer's identity; a newer timer of the same kind makes older ones stale.
public struct ChatTimer: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case typing
        case toast
    }

    public var kind: Kind
    public var serial: Int

    public init(kind: Kind, serial: Int) {
        self.kind = kind
        self.serial = serial
    }
}

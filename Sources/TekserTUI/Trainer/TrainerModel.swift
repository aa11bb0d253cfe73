import Foundation
import TekserBot
import TekserCore

/// The trainer's screen: the chat, plus what the room needs to see — the demo banner, the
/// samples panel, the caption — and the scenario being played, if any.
public struct TrainerModel: Sendable {
    public internal(set) var chat: ChatModel
    /// The data set is a demo one: the banner stays on screen.
    public let isDemo: Bool
    public let samples: [Sample]
    public internal(set) var panelOpen = false
    public internal(set) var selectedSample = 0
    public internal(set) var caption: String?
    public internal(set) var player: ScenarioPlayer?
    public let options: TrainerOptions
    /// Where the last frame put the panel's rows, for clicks.
    public var layout = TrainerLayout()

    public init(chat: ChatModel, isDemo: Bool, samples: [Sample], player: ScenarioPlayer? = nil,
                options: TrainerOptions = TrainerOptions()) {
        self.chat = chat
        self.isDemo = isDemo
        self.samples = samples
        self.player = player
        self.options = options
    }

    func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        chat.text(key, arguments)
    }
}

/// How the trainer looks and ends.
public struct TrainerOptions: Hashable, Sendable {
    /// Leave as soon as the scenario has played (or was stopped with Esc).
    public var exitWhenPlayed: Bool

    public init(exitWhenPlayed: Bool = false) {
        self.exitWhenPlayed = exitWhenPlayed
    }
}

/// What the trainer view reports about the frame it drew.
public struct TrainerLayout: Hashable, Sendable {
    /// The visible samples and the cells each covers.
    public var sampleRows: [SampleRow] = []

    public init() {}
}

/// A sample drawn in the panel: `index` into `TrainerModel.samples`.
public struct SampleRow: Hashable, Sendable {
    public var rect: Rect
    public var index: Int
}

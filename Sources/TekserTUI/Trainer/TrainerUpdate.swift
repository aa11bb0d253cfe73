import Foundation
import TekserBot

/// What reaches the trainer: a key from the room's keyboard, or anything for the chat itself
/// (the bot's answers, timers, and the scenario's scripted keys).
public enum TrainerEvent: Equatable, Sendable {
    case key(InputEvent)
    case chat(ChatEvent)
    case played(ScenarioPlayer.Action)
}

/// `update(model, event, now) -> (model, commands)` for the trainer; the chat's own update
/// does the chatting, this adds the panel, the captions and the playback keys.
public enum TrainerUpdate {
    public static func update(_ model: TrainerModel, _ event: TrainerEvent, now: Date) -> (TrainerModel, [ChatCommand]) {
        var model = model
        let commands = model.handle(event, now: now)
        return (model, commands)
    }
}

extension TrainerModel {
    /// The key that shows and hides the samples panel.
    public static let panelKey = InputEvent.function(2)

    mutating func handle(_ event: TrainerEvent, now: Date) -> [ChatCommand] {
        switch event {
        case .chat(let event):
            return forward(event, now: now)
        case .played(.caption(let text)):
            caption = text
            return []
        case .played(.input(let input)):
            return forward(.input(input), now: now)
        case .key(let key):
            if key == Self.panelKey {
                panelOpen.toggle()
                return []
            }
            if player != nil { return playbackKey(key) }
            if panelOpen, let commands = panelKey(key) { return commands }
            return forward(.input(key), now: now)
        }
    }

    /// Gives the time to the player and returns what it wants; ends playback when it is done.
    public mutating func nextPlayed(now: Date) -> ScenarioPlayer.Next? {
        guard var player else { return nil }
        let next = player.next(chat: chat, now: now)
        self.player = player
        if next == .finished { self.player = nil }
        return next
    }

    private mutating func forward(_ event: ChatEvent, now: Date) -> [ChatCommand] {
        let commands: [ChatCommand]
        (chat, commands) = ChatUpdate.update(chat, event, now: now)
        return commands
    }

    /// While a scenario plays the keyboard steers it: Space, →, +, −, Esc; Ctrl-C still quits.
    private mutating func playbackKey(_ key: InputEvent) -> [ChatCommand] {
        switch key {
        case .text(" "): player?.togglePause()
        case .right: player?.step()
        case .text("+"), .text("="): player?.changeSpeed(faster: true)
        case .text("-"): player?.changeSpeed(faster: false)
        case .escape:
            player = nil
            caption = nil
            if options.exitWhenPlayed { return [.quit] }
        case .control("c"): return [.quit]
        default: break
        }
        return []
    }

    /// Up, Down, Enter, a click or Esc in the open panel; nil lets the key through to the chat.
    private mutating func panelKey(_ key: InputEvent) -> [ChatCommand]? {
        guard !samples.isEmpty else { return nil }
        switch key {
        case .up: selectedSample = (selectedSample + samples.count - 1) % samples.count
        case .down: selectedSample = (selectedSample + 1) % samples.count
        case .enter: typeSample(selectedSample)
        case .escape: panelOpen = false
        case .click(let point):
            guard let row = layout.sampleRows.first(where: { $0.rect.contains(point) }) else { return nil }
            selectedSample = row.index
            typeSample(row.index)
        default: return nil
        }
        return []
    }

    /// Puts the sample's input into the input line, replacing what was there; it is not sent.
    private mutating func typeSample(_ index: Int) {
        chat.input.moveEnd()
        chat.input.deleteToStart()
        chat.input.insert(samples[index].input)
        chat.focus = nil
    }
}

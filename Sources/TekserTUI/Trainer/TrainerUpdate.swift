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
            if KeyMap.samples.action(for: key) == .toggle {
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

    /// While a scenario plays the keyboard steers it (`KeyMap.playback`); Ctrl-C still quits.
    private mutating func playbackKey(_ key: InputEvent) -> [ChatCommand] {
        switch KeyMap.playback.action(for: key) {
        case .pause?: player?.togglePause()
        case .step?: player?.step()
        case .faster?: player?.changeSpeed(faster: true)
        case .slower?: player?.changeSpeed(faster: false)
        case .stop?:
            player = nil
            caption = nil
            if options.exitWhenPlayed { return [.quit] }
        case .quit?: return [.quit]
        case nil: break
        }
        return []
    }

    /// The open panel's keys (`KeyMap.samples`) or a click on a sample; nil lets the key through to the chat.
    private mutating func panelKey(_ key: InputEvent) -> [ChatCommand]? {
        guard !samples.isEmpty else { return nil }
        if case .click(let point) = key {
            guard let row = layout.sampleRows.first(where: { $0.rect.contains(point) }) else { return nil }
            selectedSample = row.index
            typeSample(row.index)
            return []
        }
        switch KeyMap.samples.action(for: key) {
        case .previous?: selectedSample = (selectedSample + samples.count - 1) % samples.count
        case .next?: selectedSample = (selectedSample + 1) % samples.count
        case .type?: typeSample(selectedSample)
        case .close?: panelOpen = false
        case .toggle?, nil: return nil
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

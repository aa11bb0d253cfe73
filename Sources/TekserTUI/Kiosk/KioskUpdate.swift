import Foundation
import TekserBot
import TekserCore

/// `update(model, event, now) -> (model, commands)` for the kiosk: the chat's update with the
/// ways out taken away, plus the idle wipe and the operator's PIN prompt.
public enum KioskUpdate {
    public static func update(_ model: KioskModel, _ event: KioskEvent, now: Date) -> (KioskModel, [KioskCommand]) {
        var model = model
        let commands = model.handle(event, now: now)
        return (model, commands)
    }
}

extension KioskModel {
    mutating func handle(_ event: KioskEvent, now: Date) -> [KioskCommand] {
        switch event {
        case .chat(.input(let input)): handle(input, now: now)
        case .chat(let event): forward(event, now: now)
        case .tick: tick(now: now)
        }
    }

    /// Chat commands the kiosk never performs: they would leave or stop the program.
    static let forbidden: Set<ChatCommand> = [.quit, .suspend]

    /// Opens the kiosk once the data is there: the first session's greeting.
    public mutating func enterService(now: Date) -> [KioskCommand] {
        inService = true
        return startSession(now: now)
    }

    /// A fresh session: a new account and chat (no bubbles, input, history or scroll-back of
    /// the last citizen), greeted as a new user is.
    mutating func startSession(now: Date) -> [KioskCommand] {
        chat = ChatModel(catalog: catalog, quota: settings.quota, state: settings.freshAccount, now: now, options: settings.chat)
        sessionNumber += 1
        overlay = nil
        touched = false
        lastActivity = now
        return [.sessionEnded] + chat.start(now: now).map(KioskCommand.chat) + [.chat(.redraw)]
    }

    mutating func tick(now: Date) -> [KioskCommand] {
        if case .stillThere(let deadline) = overlay {
            return now >= deadline ? startSession(now: now) : []
        }
        if inService, touched, now.timeIntervalSince(lastActivity) >= Double(settings.idleSeconds) {
            overlay = .stillThere(deadline: now.addingTimeInterval(Double(settings.countdownSeconds)))
        }
        return []
    }

    mutating func handle(_ input: InputEvent, now: Date) -> [KioskCommand] {
        if case .resize = input { return forward(.input(input), now: now) }
        touched = true
        lastActivity = now
        if settings.keys.action(for: input) == .operatorPrompt {
            overlay = verifyPIN == nil ? .noPIN : .pin(digits: "", rejected: false)
            return []
        }
        switch overlay {
        case .stillThere?, .noPIN?:
            overlay = nil
            return []
        case .pin(let digits, _)?:
            return pinKey(input, digits: digits, now: now)
        case nil:
            guard inService, let input = admitted(input) else { return [] }
            return forward(.input(input), now: now)
        }
    }

    /// The input as the chat may see it: control characters and the quit and suspend keys
    /// dropped, pastes cut so the line stays within `maxInputLength`.
    func admitted(_ input: InputEvent) -> InputEvent? {
        let room = settings.maxInputLength - chat.input.characters.count
        switch input {
        case .text(let character):
            return room > 0 && !Self.isControl(character) ? input : nil
        case .paste(let text):
            let clean = text.filter { !Self.isControl($0) || $0.isNewline || $0 == "\t" }.prefix(max(0, room))
            return clean.isEmpty ? nil : .paste(String(clean))
        default:
            guard let action = KeyMap.chat.action(for: input) else { return input }
            return [.quit, .suspend, .help].contains(action) ? nil : input
        }
    }

    static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Passes an event to the chat, keeps its ways out closed, and masks an IIN the citizen sent.
    mutating func forward(_ event: ChatEvent, now: Date) -> [KioskCommand] {
        let before = chat.bubbles.count
        let commands: [ChatCommand]
        (chat, commands) = ChatUpdate.update(chat, event, now: now)
        for index in chat.bubbles.indices.dropFirst(before) where chat.bubbles[index].isFromUser {
            chat.bubbles[index].text = Self.maskingIIN(chat.bubbles[index].text)
        }
        return commands.filter { !Self.forbidden.contains($0) }.map(KioskCommand.chat)
    }

    /// The text, or the masked IIN when the text is one (`•••• •••• 0385`).
    static func maskingIIN(_ text: String) -> String {
        guard case .success(let identifier) = IdentifierParser.parse(text), identifier.kind == .iin else { return text }
        return identifier.masked
    }

    // MARK: The operator's PIN

    /// True while the PIN prompt refuses PINs after too many wrong ones.
    public func isLocked(now: Date) -> Bool {
        lockedUntil.map { now < $0 } ?? false
    }

    static let longestPIN = 12

    /// Digits, and the prompt's keys (`KeyMap.kiosk`): confirm, cancel, delete a digit.
    private mutating func pinKey(_ input: InputEvent, digits: String, now: Date) -> [KioskCommand] {
        let action = settings.keys.action(for: input)
        if action == .cancel {
            overlay = nil
            return []
        }
        guard !isLocked(now: now), let verifyPIN else { return [] }
        switch (input, action) {
        case (.text(let character), nil) where character.isASCII && character.isNumber && digits.count < Self.longestPIN:
            overlay = .pin(digits: digits + String(character), rejected: false)
        case (.paste(let text), nil):
            // Digits that arrive together (typed fast, or pasted) are the PIN all the same.
            let typed = text.filter { $0.isASCII && $0.isNumber }
            overlay = .pin(digits: String((digits + typed).prefix(Self.longestPIN)), rejected: false)
        case (_, .deleteDigit?):
            overlay = .pin(digits: String(digits.dropLast()), rejected: false)
        case (_, .confirm?) where !digits.isEmpty:
            if verifyPIN(digits) { return [.exit] }
            failedAttempts += 1
            if failedAttempts >= settings.attemptsBeforeLock {
                failedAttempts = 0
                lockedUntil = now.addingTimeInterval(Double(settings.lockSeconds))
            }
            overlay = .pin(digits: "", rejected: true)
        default:
            break
        }
        return []
    }
}

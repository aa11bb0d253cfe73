import Foundation
import TekserCore

/// `update(model, event) -> (model, [command])` for the desk: pure, so every key is testable.
public enum DeskUpdate {
    public static func update(_ model: DeskModel, _ event: DeskEvent) -> (DeskModel, [DeskCommand]) {
        var model = model
        switch event {
        case .recorded(let entry):
            model.isRecording = false
            model.entries.insert(entry, at: 0)
            model.selectedID = entry.id
            model.panelScroll = 0
            return (model, [])
        case .saved(let localID, let entry):
            guard let index = model.entries.firstIndex(where: { $0.id == localID }) else { return (model, []) }
            model.entries[index] = entry
            if model.selectedID == localID { model.selectedID = entry.id }
            if case .note(localID) = model.mode { model.mode = .note(entry.id) }
            if !model.entries.contains(where: { !$0.isSaved }) { model.status = model.text("failures.journal.saved") }
            return (model, [])
        case .noteSaved(let id, let note):
            if let index = model.entries.firstIndex(where: { $0.id == id }) { model.entries[index].note = note }
            return (model, [])
        case .failed(let message):
            model.isRecording = false
            model.status = message
            return (model, [])
        case .notice(let message):
            model.status = message
            return (model, [])
        case .rechecked(let results):
            for index in model.entries.indices {
                if let result = results[model.entries[index].id] { model.entries[index].result = result }
            }
            return (model, [])
        case .waiting(let count):
            model.waiting = count
            return (model, [])
        case .serverProblem(let problem):
            model.serverProblem = problem
            return (model, [])
        case .team(let search):
            // An answer for a text no longer in the find line is stale.
            guard search.text == model.filter else { return (model, []) }
            model.team = search
            return (model, [])
        case .input(let key):
            model.status = nil
            return handle(key, &model)
        }
    }

    private static func handle(_ key: InputEvent, _ model: inout DeskModel) -> (DeskModel, [DeskCommand]) {
        if model.showsHelp, key != .function(10), key != .control("c") {
            model.showsHelp = false
            return (model, [])
        }
        switch key {
        case .text(let character):
            model.input.insert(String(character))
            refilter(&model)
        case .paste(let text):
            model.input.insert(text.filter { !$0.isNewline })
            refilter(&model)
        case .resize:
            break
        default:
            guard let action = KeyMap.desk.action(for: key) else { break }
            return perform(action, &model)
        }
        return (model, [])
    }

    private static func perform(_ action: DeskAction, _ model: inout DeskModel) -> (DeskModel, [DeskCommand]) {
        var commands: [DeskCommand] = []
        switch action {
        case .help: model.showsHelp = true
        case .newInquiry:
            model.mode = .check
            model.input = LineEditor()
            model.filter = ""
            model.team = nil
        case .find:
            model.mode = .find
            model.input = LineEditor(text: model.filter)
        case .note:
            guard let entry = model.selected else { break }
            model.mode = .note(entry.id)
            model.input = LineEditor(text: entry.note)
        case .channel:
            commands += cycleChannel(&model)
        case .maximise: model.isMaximised.toggle()
        case .quit: commands.append(.quit)
        case .submit: commands += submit(&model)
        case .cancel: cancel(&model)
        case .selectPrevious: moveSelection(by: -1, &model)
        case .selectNext: moveSelection(by: 1, &model)
        case .panelUp: model.panelScroll = max(0, min(model.panelScroll, model.layout.maxPanelScroll) - page(model))
        case .panelDown: model.panelScroll = min(model.layout.maxPanelScroll, model.panelScroll + page(model))
        case .cursorLeft: model.input.moveLeft()
        case .cursorRight: model.input.moveRight()
        case .lineStart: model.input.moveHome()
        case .lineEnd: model.input.moveEnd()
        case .deleteBackward: model.input.deleteBackward(); refilter(&model)
        case .deleteForward: model.input.deleteForward(); refilter(&model)
        case .deleteToStart: model.input.deleteToStart(); refilter(&model)
        case .redraw: commands.append(.redraw)
        }
        return (model, commands)
    }

    private static func page(_ model: DeskModel) -> Int { max(1, model.layout.panelHeight - 1) }

    private static func submit(_ model: inout DeskModel) -> [DeskCommand] {
        switch model.mode {
        case .check:
            guard !model.input.isBlank, !model.isRecording else { return [] }
            model.isRecording = true
            return [.check(typed: model.input.take(), channel: model.channel)]
        case .note(let id):
            let note = model.input.text.trimmingCharacters(in: .whitespaces)
            if let index = model.entries.firstIndex(where: { $0.id == id }) { model.entries[index].note = note }
            model.mode = .check
            model.input = LineEditor()
            return [.saveNote(id: id, note: note)]
        case .find:
            model.mode = .check
            model.input = LineEditor()
            let text = model.filter.trimmingCharacters(in: .whitespaces)
            return model.searchesTeam && !text.isEmpty ? [.searchTeam(text: model.filter)] : []
        }
    }

    private static func cancel(_ model: inout DeskModel) {
        if model.mode == .find {
            model.filter = ""
            model.team = nil
        }
        if model.mode != .check || model.isMaximised {
            model.mode = .check
            model.input = LineEditor()
        }
        model.isMaximised = false
    }

    /// F6: the selected inquiry's channel moves on, and the next inquiries take it too.
    private static func cycleChannel(_ model: inout DeskModel) -> [DeskCommand] {
        guard let index = model.entries.firstIndex(where: { $0.id == model.selectedID }) else {
            model.channel = model.channel.next
            return []
        }
        let channel = model.entries[index].channel.next
        model.entries[index].channel = channel
        model.channel = channel
        return [.saveChannel(id: model.entries[index].id, channel: channel)]
    }

    private static func moveSelection(by step: Int, _ model: inout DeskModel) {
        let visible = model.visibleEntries
        guard !visible.isEmpty else { return }
        let current = visible.firstIndex { $0.id == model.selectedID } ?? -step
        let next = min(max(current + step, 0), visible.count - 1)
        if visible[next].id != model.selectedID { model.panelScroll = 0 }
        model.selectedID = visible[next].id
    }

    private static func refilter(_ model: inout DeskModel) {
        guard model.mode == .find else { return }
        model.filter = model.input.text
        model.team = nil
        if let first = model.visibleEntries.first, !model.visibleEntries.contains(where: { $0.id == model.selectedID }) {
            model.selectedID = first.id
            model.panelScroll = 0
        }
    }
}

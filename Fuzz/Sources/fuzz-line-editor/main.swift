import Foundation
import FuzzSupport
import TekserBot
import TekserCore
import TekserTUI

// Any key sequence through the input decoder, the chat's update and its view, at a screen size
// taken from the input; the bot answers sends and timers fire at once. After every event the
// cursor stays in the line, the frame fills the screen exactly, and the buttons lie on it.
let bot = ShippedBot.make()

/// Characters worth typing: controls, escape, Kazakh and Russian letters, a wide emoji, a flag.
let characters: [UInt32] = [0x1B, 0x1B, 0x09, 0x0A, 0x0D, 0x7F, 0x08, 0x00, 0x03, 0x15, 0x17, 0x1F, 0x20,
                            0x0431, 0x04D9, 0x0493, 0x049B, 0x04A3, 0x04E9, 0x04B1, 0x04AF, 0x04BB, 0x0456,
                            0x1F642, 0x1F1F0, 0x1F1FF, 0xFE0F, 0x200D, 0x0301, 0xE9, 0x9B, 0x85, 0x2028]
let keys: [Int32] = [CursesKey.up, CursesKey.down, CursesKey.left, CursesKey.right, CursesKey.home, CursesKey.end,
                     CursesKey.previousPage, CursesKey.nextPage, CursesKey.backspace, CursesKey.delete,
                     CursesKey.enter, CursesKey.backTab, CursesKey.f0 + 1, CursesKey.f0 + 10]

fuzz { bytes in
    var input = FuzzReader(bytes)
    var size = Size(width: input.int(in: 0...100), height: input.int(in: 0...40))
    let flags = input.byte()
    var decoder = InputDecoder(metaBitMeansAlt: flags & 1 != 0, pasteMinimum: Int(flags >> 1 & 3) + 2)
    let options = ChatOptions(typingDelayMilliseconds: flags & 8 != 0 ? 700 : 0, ascii: flags & 16 != 0,
                              timeZone: TimeZone(identifier: "UTC")!)
    var state = ChatState(language: input.pick(Language.allCases))
    var model = ChatModel(catalog: bot.catalog, quota: bot.quota, state: state, now: ShippedBot.now, options: options)
    var pending = model.start(now: ShippedBot.now)
    while true {
        // Commands first, as the run loop performs them: the bot answers, timers fire at once.
        var events: [ChatEvent] = []
        for command in pending {
            switch command {
            case .send(let update):
                let actions = bot.handle(update, state: &state, now: ShippedBot.now)
                events.append(.botReplied(actions, state))
            case .startTimer(let timer, _): events.append(.timerFired(timer))
            case .quit: return
            case .redraw, .suspend: break
            }
        }
        if events.isEmpty {
            guard !input.isAtEnd else { return }
            let batch = (0..<input.int(in: 1...4)).map { _ in rawInput(&input) }
            if case .resize(let newSize) = batch.last { size = newSize }
            events = decoder.decode(batch).map(ChatEvent.input)
        }
        pending = []
        for event in events {
            let commands: [ChatCommand]
            (model, commands) = ChatUpdate.update(model, event, now: ShippedBot.now)
            pending += commands
        }
        // Drawn once the events are drained, as the run loop does; the frame's layout brings
        // the scroll back within the history it drew.
        model.layout = checkedFrame(model, size: size).layout
        precondition((0...max(0, model.layout.maxScroll)).contains(model.scroll), "scrolled beyond the history")
    }
}

/// One read's worth of raw input: mostly interesting characters and keys, some anything.
func rawInput(_ input: inout FuzzReader) -> RawInput {
    switch input.int(in: 0...9) {
    case 0...3: .character(input.pick(characters))
    case 4: .character(UInt32(input.int(in: 0x20...0x7E)))
    case 5: .character(UInt32(input.byte()) << 8 | UInt32(input.byte()))
    case 6: .key(input.pick(keys))
    case 7: .mouse(input.pick([.left, .wheelUp, .wheelDown]), Point(x: input.int(in: -1...130), y: input.int(in: -1...50)))
    case 8: .resize(Size(width: input.int(in: 0...100), height: input.int(in: 0...40)))
    default: .timeout
    }
}

/// Renders the model and checks what any frame must satisfy.
func checkedFrame(_ model: ChatModel, size: Size) -> ChatScreen {
    precondition((0...model.input.characters.count).contains(model.input.cursor), "cursor outside the input line")
    let screen = ChatView.render(model, size: size)
    precondition(screen.grid.size == size, "the frame is not the size of the screen")
    for line in screen.grid.lines {
        precondition(DisplayWidth.width(of: line) == size.width, "a row \(DisplayWidth.width(of: line)) wide on a screen \(size.width) wide: \(line)")
    }
    if let cursor = screen.cursor {
        precondition(screen.grid.bounds.contains(cursor), "the cursor is off the screen")
    }
    for hit in screen.layout.hits {
        precondition(screen.grid.bounds.intersection(hit.rect) == hit.rect, "a button off the screen")
    }
    return screen
}

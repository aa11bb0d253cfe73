import Foundation
import FuzzSupport
import TekserBot
import TekserCore
import TekserTUI

// Any key sequence through the input decoder and the chat program on the real runtime, on an
// in-memory terminal at a screen size taken from the input, with the bot answering and timers
// firing when the input lets time pass. After every frame the cursor stays in the line, every
// row is exactly the screen's width, and the buttons lie on the screen.
let bot = ShippedBot.make()
/// The chats `freshChat` copies, by language and options.
nonisolated(unsafe) var chats: [ChatKey: ChatProgram] = [:]

/// Characters worth typing: controls, escape, Kazakh and Russian letters, a wide emoji, a flag.
let characters: [UInt32] = [0x1B, 0x1B, 0x09, 0x0A, 0x0D, 0x7F, 0x08, 0x00, 0x03, 0x15, 0x17, 0x1F, 0x20,
                            0x0431, 0x04D9, 0x0493, 0x049B, 0x04A3, 0x04E9, 0x04B1, 0x04AF, 0x04BB, 0x0456,
                            0x1F642, 0x1F1F0, 0x1F1FF, 0xFE0F, 0x200D, 0x0301, 0xE9, 0x9B, 0x85, 0x2028]
let keys: [Int32] = [CursesKey.up, CursesKey.down, CursesKey.left, CursesKey.right, CursesKey.home, CursesKey.end,
                     CursesKey.previousPage, CursesKey.nextPage, CursesKey.backspace, CursesKey.delete,
                     CursesKey.enter, CursesKey.backTab, CursesKey.f0 + 1, CursesKey.f0 + 10]

fuzz { bytes in
    var input = FuzzReader(bytes)
    let size = screenSize(&input)
    let flags = input.byte()
    var decoder = InputDecoder(metaBitMeansAlt: flags & 1 != 0, pasteMinimum: Int(flags >> 1 & 3) + 2)
    let options = ChatOptions(typingDelayMilliseconds: flags & 8 != 0 ? 700 : 0, ascii: flags & 16 != 0,
                              timeZone: TimeZone(identifier: "UTC")!)
    // Each read's worth of raw input (up to eight: a paste, an escape sequence, fast typing over
    // a slow link) is one burst and one frame; a read that timed out lets the timers run.
    var steps: [TestTerminal.Step] = []
    while !input.isAtEnd {
        let batch = (0..<input.int(in: 1...8)).map { _ in rawInput(&input) }
        steps.append(.inputs(decoder.decode(batch)))
        if batch.contains(.timeout) { steps.append(.idle(seconds: 3)) }
    }
    let clock = ManualClock(ShippedBot.now)
    let terminal = TestTerminal(size: size, steps: steps, clock: clock)
    terminal.keepsHistory = false
    let chat = freshChat(language: input.pick(Language.allCases), options: options)
    var runtime = Runtime(CheckedChat(chat: chat), terminal: terminal, clock: clock.read)
    runtime.run()
}

/// A new chat in `language`, copied from one made once per language and options. Copies of a
/// chat share its layout caches, as copies of a model do, so the bot's long welcome is wrapped
/// once per width in the whole run rather than once per input; each input still runs the chat
/// from its start. The caches are keyed by all their values depend on, but a find may then
/// depend on inputs run before it: if an artifact passes alone, run it after its corpus.
func freshChat(language: Language, options: ChatOptions) -> ChatProgram {
    let key = ChatKey(language: language, typingDelayMilliseconds: options.typingDelayMilliseconds, ascii: options.ascii)
    if let chat = chats[key] { return chat }
    let chat = ChatProgram(session: BotSession(bot: bot, state: ChatState(language: language)), options: options, now: ShippedBot.now)
    chats[key] = chat
    return chat
}

/// What the inputs vary of a new chat.
struct ChatKey: Hashable {
    var language: Language
    var typingDelayMilliseconds: Int
    var ascii: Bool
}

/// A screen size up to 100×40. A byte up to the largest size is the size itself, as the seeds
/// write it; a larger byte gives at least the chat's minimum, so that most frames test the
/// layout rather than the too-small notice (once four frames in seven were that notice).
func screenSize(_ input: inout FuzzReader) -> Size {
    let minimum = ChatView.minimumSize
    return Size(width: dimension(input.byte(), largest: 100, smallestLarge: minimum.width),
                height: dimension(input.byte(), largest: 40, smallestLarge: minimum.height))
}

func dimension(_ byte: UInt8, largest: Int, smallestLarge: Int) -> Int {
    let value = Int(byte)
    return value <= largest ? value : smallestLarge + (value - largest - 1) % (largest - smallestLarge + 1)
}

/// One read's worth of raw input: mostly interesting characters and keys, some anything.
func rawInput(_ input: inout FuzzReader) -> RawInput {
    switch input.int(in: 0...9) {
    case 0...3: .character(input.pick(characters))
    case 4: .character(UInt32(input.int(in: 0x20...0x7E)))
    case 5: .character(UInt32(input.byte()) << 8 | UInt32(input.byte()))
    case 6: .key(input.pick(keys))
    case 7: .mouse(input.pick([.left, .wheelUp, .wheelDown]), Point(x: input.int(in: -1...130), y: input.int(in: -1...50)))
    case 8: .resize(screenSize(&input))
    default: .timeout
    }
}

/// The chat program, with what any frame it draws must satisfy checked after each `view`.
struct CheckedChat: Program {
    var chat: ChatProgram

    mutating func start(now: Date) -> [ChatCommand] { chat.start(now: now) }
    mutating func update(_ event: ChatProgram.Event, now: Date) -> [ChatCommand] { chat.update(event, now: now) }
    mutating func perform(_ command: ChatCommand, now: Date) -> [Effect<ChatProgram.Event>] { chat.perform(command, now: now) }
    func event(for input: InputEvent) -> ChatProgram.Event? { chat.event(for: input) }

    mutating func view(into grid: inout Grid, area: Rect, now: Date) -> Point? {
        let model = chat.chat
        precondition((0...model.input.characters.count).contains(model.input.cursor), "cursor outside the input line")
        let cursor = chat.view(into: &grid, area: area, now: now)
        // Every cell one column, or two with a continuation after it: the terminal is sent
        // exactly the columns the screen has. (Measured cell by cell: a row read back as one
        // string may join a cell with a spacing mark in the next into one grapheme.)
        for y in 0..<grid.height {
            let row = grid.cells(ofRow: y)
            var x = row.startIndex
            while x < row.endIndex {
                let cell = row[x]
                let columns = cell.width
                precondition(!cell.isContinuation && (columns == 1 || columns == 2), "a cell \(columns) wide in row \(y): \(grid.row(y))")
                precondition(columns == 1 || (x + 1 < row.endIndex && row[x + 1].isContinuation), "a wide cell without its other half in row \(y)")
                x += columns
            }
        }
        if let cursor { precondition(grid.bounds.contains(cursor), "the cursor is off the screen") }
        for hit in chat.chat.layout.hits {
            precondition(grid.bounds.intersection(hit.rect) == hit.rect, "a button off the screen")
        }
        precondition(chat.chat.scroll <= chat.chat.layout.maxScroll, "scrolled beyond the history")
        return cursor
    }
}

/// Turns raw terminal input into events. Pure: the terminal feeds it whatever one read
/// returned, tests feed it scripted sequences.
///
/// Alt arrives as ESC followed by the key (or, outside UTF-8 locales, with the meta bit
/// set); a lone ESC becomes Escape once a `.timeout` says nothing followed it. Characters
/// that arrive together in one read, `pasteMinimum` or more, are a paste (a newline ending
/// them is Enter); front ends take a paste wherever they take typing.
public struct InputDecoder: Sendable {
    /// True when the locale is not UTF-8: a code 0x80…0xFF is then Alt + the 7-bit key.
    public var metaBitMeansAlt: Bool
    /// The fewest characters in one read that count as a paste rather than typing.
    public var pasteMinimum: Int
    /// True after an ESC with nothing yet after it: the terminal should wait the escape
    /// delay and then send `.timeout` if nothing came.
    public private(set) var isAwaitingEscapeFollowUp = false

    public init(metaBitMeansAlt: Bool = false, pasteMinimum: Int = 3) {
        self.metaBitMeansAlt = metaBitMeansAlt
        self.pasteMinimum = pasteMinimum
    }

    /// Decodes one read's worth of raw input.
    public mutating func decode(_ batch: [RawInput]) -> [InputEvent] {
        var events: [InputEvent] = []
        var text = String.UnicodeScalarView()
        func flushText() {
            guard !text.isEmpty else { return }
            events += textEvents(text)
            text = String.UnicodeScalarView()
        }
        for raw in batch {
            if isAwaitingEscapeFollowUp {
                isAwaitingEscapeFollowUp = false
                if case .character(let code) = raw, let scalar = Unicode.Scalar(code), !isControl(scalar) {
                    events.append(.alt(Character(scalar)))
                    continue
                }
                events.append(.escape)
            }
            switch raw {
            case .character(Self.escape):
                flushText()
                isAwaitingEscapeFollowUp = true
            case .character(let code) where metaBitMeansAlt && (0x80...0xFF).contains(code):
                flushText()
                events += metaEvents(code & 0x7F)
            case .character(let code):
                guard let scalar = Unicode.Scalar(code) else { continue }
                if isControl(scalar) && !Self.textControls.contains(code) {
                    flushText()
                    events += controlEvents(code)
                } else {
                    text.append(scalar)
                }
            case .key(let key):
                flushText()
                events += keyEvents(key)
            case .mouse(let button, let point):
                flushText()
                switch button {
                case .left: events.append(.click(point))
                case .wheelUp: events.append(.wheelUp(point))
                case .wheelDown: events.append(.wheelDown(point))
                }
            case .resize(let size):
                flushText()
                events.append(.resize(size))
            case .timeout:
                flushText()
            }
        }
        flushText()
        return events
    }

    private static let escape: UInt32 = 0x1B
    /// Controls that belong to pasted text: tab, line feed, carriage return.
    private static let textControls: Set<UInt32> = [0x09, 0x0A, 0x0D]

    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }

    /// A burst is a paste, except that newlines starting or ending it are Enter: a fast typist
    /// (or a busy machine) delivers "4827⏎" or "⏎12345" in one read, and that is typing: the
    /// Enter of one line and the start of the next, not text to edit further.
    private func textEvents(_ scalars: String.UnicodeScalarView) -> [InputEvent] {
        var text = String(scalars)
        var leadingEnters = 0
        while text.count > 1, text.first?.isNewline == true {
            text.removeFirst()
            leadingEnters += 1
        }
        let endsWithEnter = text.count > 1 && text.last?.isNewline == true
        if endsWithEnter { text.removeLast() }
        let enters = [InputEvent](repeating: .enter, count: leadingEnters)
        if text.unicodeScalars.count >= pasteMinimum && text.count > 1 {
            return enters + [.paste(String(text.map { $0.isNewline ? "\n" : $0 }))] + (endsWithEnter ? [.enter] : [])
        }
        return enters + (endsWithEnter ? text + "\n" : text).flatMap { character -> [InputEvent] in
            if character.isNewline { return [.enter] }
            if character == "\t" { return [.tab] }
            return [.text(character)]
        }
    }

    private func controlEvents(_ code: UInt32) -> [InputEvent] {
        switch code {
        case 0x08, 0x7F: [.backspace]
        case 0x01...0x1A: [.control(Character(Unicode.Scalar(UInt8(code + 0x60))))]
        case 0x00, 0x1C...0x1F: [.control(Character(Unicode.Scalar(UInt8(code + 0x40))))]
        default: []
        }
    }

    private func metaEvents(_ code: UInt32) -> [InputEvent] {
        guard let scalar = Unicode.Scalar(code), !isControl(scalar) else { return [.escape] + controlEvents(code) }
        return [.alt(Character(scalar))]
    }

    private func keyEvents(_ key: Int32) -> [InputEvent] {
        switch key {
        case CursesKey.up: [.up]
        case CursesKey.down: [.down]
        case CursesKey.left: [.left]
        case CursesKey.right: [.right]
        case CursesKey.home: [.home]
        case CursesKey.end: [.end]
        case CursesKey.previousPage: [.pageUp]
        case CursesKey.nextPage: [.pageDown]
        case CursesKey.backspace: [.backspace]
        case CursesKey.delete: [.delete]
        case CursesKey.enter: [.enter]
        case CursesKey.backTab: [.backTab]
        case CursesKey.functionKeys: [.function(Int(key - CursesKey.f0))]
        default: []
        }
    }
}

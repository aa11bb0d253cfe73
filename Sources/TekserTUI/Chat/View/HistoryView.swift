import Foundation
import TekserBot
import TekserCore

/// The conversation as rows: date separators and bubbles, bot on the left and user on the
/// right, at most three quarters of the width, with inline buttons under their message.
struct HistoryView {
    let model: ChatModel
    let width: Int
    let theme: ChatTheme
    private let clock: ClockTime

    init(model: ChatModel, width: Int, theme: ChatTheme) {
        self.model = model
        self.width = width
        self.theme = theme
        clock = ClockTime(timeZone: model.options.timeZone)
    }

    /// The widest a bubble may grow is 3/4 of the width, but never less than this, so that
    /// the time and a button fit on narrow screens.
    static let minimumBubbleWidth = 16

    /// The rows that fill `height` when scrolled `scroll` rows up from the newest. Only the
    /// bubbles needed are laid out, newest first, plus one page more so that the next PgUp
    /// has somewhere to go: a long conversation costs no more per frame than a short one.
    func page(height: Int, scroll: Int) -> HistoryPage {
        let needed = scroll + 2 * max(height, 1)
        var blocks: [[Row]] = []
        var count = 0
        var index = model.bubbles.count - 1
        while index >= 0, count < needed {
            var rows = self.rows(of: model.bubbles[index])
            let day = clock.day(model.bubbles[index].time)
            if index == 0 || clock.day(model.bubbles[index - 1].time) != day { rows.insert(separator(day), at: 0) }
            blocks.append(rows)
            count += rows.count
            index -= 1
        }
        let all = Array(blocks.reversed().joined())
        // Exact once every bubble is laid out; before that, at least a page beyond `scroll`.
        let maxScroll = max(0, all.count - height)
        let scroll = min(scroll, maxScroll)
        let end = all.count - scroll
        return HistoryPage(rows: Array(all[max(0, end - height)..<end]), scroll: scroll, maxScroll: maxScroll)
    }

    private func separator(_ day: CalendarDate) -> Row {
        let label = " \(day.description) "
        var row = Row()
        row.put(label, x: Rect(x: 0, y: 0, width: width, height: 1).centred(width: DisplayWidth.width(of: label)).x, style: Style(.muted))
        return row
    }

    /// A bubble's rows, from the model's cache when this bubble was laid out at this width
    /// with the same focus before: only new or changed bubbles are wrapped again.
    private func rows(of bubble: Bubble) -> [Row] {
        let focus = model.focus.flatMap { target -> ButtonTarget? in
            if case .inline(let id, _) = target, bubble.sender == .bot(id) { target } else { nil }
        }
        let key = HistoryCache.Key(bubble: bubble, width: width, focus: focus)
        if let rows = model.historyCache.rows(for: key) { return rows }
        let rows = layOut(bubble)
        model.historyCache.store(rows, for: key)
        return rows
    }

    private func layOut(_ bubble: Bubble) -> [Row] {
        let glyphs = theme.glyphs
        let maxOuter = min(width - 2, max(Self.minimumBubbleWidth, width * 3 / 4))
        let maxInner = max(1, maxOuter - 4)
        let lines = DisplayWidth.wrap(theme.show(bubble.text), width: maxInner)
        var footer = clock.hoursMinutes(bubble.time)
        if bubble.isFromUser { footer += " " + (bubble.isRead ? theme.readMark : theme.sentMark) }
        let footerWidth = DisplayWidth.width(of: footer)
        let buttonRows = bubble.buttons?.rows ?? []
        let buttonsWidth = buttonRows.map { row in
            row.reduce(0) { $0 + DisplayWidth.width(of: theme.show($1.text)) + 4 } + row.count - 1
        }.max() ?? 0
        let textWidth = lines.map { DisplayWidth.width(of: $0) }.max() ?? 0
        let inner = min(maxInner, max(textWidth, footerWidth + 1, buttonsWidth - 4))
        let outer = inner + 4
        let x = bubble.isFromUser ? max(0, width - 1 - outer) : 1
        let style = Style(bubble.isFromUser ? .userBubble : .botBubble)

        var rows: [Row] = []
        var top = Row()
        top.put(String(glyphs.topLeft) + String(repeating: glyphs.horizontal, count: outer - 2) + String(glyphs.topRight),
                x: x, style: style)
        rows.append(top)
        for line in lines {
            var row = Row()
            let padding = String(repeating: " ", count: max(0, inner - DisplayWidth.width(of: line)))
            row.put(String(glyphs.vertical) + " " + line + padding + " " + String(glyphs.vertical), x: x, style: style)
            rows.append(row)
        }
        var bottom = Row()
        let rule = String(repeating: glyphs.horizontal, count: max(0, outer - footerWidth - 4))
        bottom.put(String(glyphs.bottomLeft) + rule + " " + footer + " " + String(glyphs.bottomRight), x: x, style: style)
        rows.append(bottom)

        if case .bot(let messageID) = bubble.sender {
            var index = 0
            for buttons in buttonRows {
                let targets = buttons.indices.map { ButtonTarget.inline(messageID: messageID, index: index + $0) }
                rows.append(.buttons(buttons.map(\.text), targets: targets, x: x, width: outer, focus: model.focus, theme: theme))
                index += buttons.count
            }
        }
        return rows
    }
}

/// The history rows one frame shows, and how far it can scroll.
struct HistoryPage {
    var rows: [Row]
    /// The scroll asked for, clamped to `maxScroll`.
    var scroll: Int
    var maxScroll: Int
}

/// Bubbles already laid out, by what decides their rows: wrapping is most of a frame's work,
/// and most bubbles look the same from one frame to the next. A cache, not state: dropping it
/// changes nothing but speed. Shared by copies of a model, so it is locked.
final class HistoryCache: @unchecked Sendable {
    struct Key: Hashable {
        var bubble: Bubble
        var width: Int
        /// The focused button, when it is one of this bubble's.
        var focus: ButtonTarget?

        /// Hashes what tells bubbles apart cheaply, not the text's every character (equality
        /// still compares all of it): the text was most of a frame's hashing.
        func hash(into hasher: inout Hasher) {
            hasher.combine(bubble.sender)
            hasher.combine(bubble.time)
            hasher.combine(bubble.text.utf8.count)
            hasher.combine(bubble.isRead)
            hasher.combine(width)
            hasher.combine(focus)
        }
    }

    private let lock = NSLock()
    private var entries: [Key: [Row]] = [:]
    /// Past this many entries (resizes, long chats) it starts again.
    private static let capacity = 512

    func rows(for key: Key) -> [Row]? {
        lock.withLock { entries[key] }
    }

    func store(_ rows: [Row], for key: Key) {
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = rows
        }
    }
}

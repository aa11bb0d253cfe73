import Foundation
import TekserBot
import TekserCore

/// The conversation as rows: date separators and bubbles, bot on the left and user on the
/// right, at most three quarters of the width, with inline buttons under their message.
struct HistoryView {
    let model: ChatModel
    let width: Int
    let theme: ChatTheme

    /// The widest a bubble may grow is 3/4 of the width, but never less than this, so that
    /// the time and a button fit on narrow screens.
    static let minimumBubbleWidth = 16

    var rows: [Row] {
        var rows: [Row] = []
        var lastDay: DateComponents?
        for bubble in model.bubbles {
            let day = calendar.dateComponents([.year, .month, .day], from: bubble.time)
            if day != lastDay {
                rows.append(separator(day))
                lastDay = day
            }
            rows += self.rows(of: bubble)
        }
        return rows
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = model.options.timeZone
        return calendar
    }

    private func separator(_ day: DateComponents) -> Row {
        let date = CalendarDate(year: day.year ?? 0, month: day.month ?? 0, day: day.day ?? 0)
        let label = " \(date.description) "
        var row = Row()
        row.put(label, x: max(0, (width - DisplayWidth.width(of: label)) / 2), style: Style(.muted))
        return row
    }

    private func clockTime(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    private func rows(of bubble: Bubble) -> [Row] {
        let glyphs = theme.glyphs
        let maxOuter = min(width - 2, max(Self.minimumBubbleWidth, width * 3 / 4))
        let maxInner = max(1, maxOuter - 4)
        let lines = DisplayWidth.wrap(theme.show(bubble.text), width: maxInner)
        var footer = clockTime(bubble.time)
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

import TekserCore
import TekserStore
import TekserTUI

/// Inquiries per day as horizontal bars split by verdict, most severe first, one row a day with
/// its total; bars are scaled so the busiest day fills the width, and every verdict a day had
/// keeps at least one cell. A legend under it names each fill.
struct StatsBarChart {
    let days: [DayVerdicts]
    let dayName: (CalendarDate) -> String
    let verdictName: (InquiryVerdict) -> String
    /// ASCII fills (`#`, `!`…) for terminals without UTF-8.
    let ascii: Bool

    /// The fill of each verdict, darkest for the most severe.
    func fill(_ verdict: InquiryVerdict) -> String {
        switch verdict {
        case .verdict(.criminalCase): ascii ? "#" : "█"
        case .verdict(.warningList): ascii ? "!" : "▓"
        case .verdict(.licenceRevoked): ascii ? "X" : "▒"
        case .verdict(.licenceSuspended): ascii ? "~" : "░"
        case .verdict(.licensed): ascii ? "+" : "▞"
        case .verdict(.notFound): ascii ? "?" : "▪"
        case .invalid: ascii ? "." : "·"
        }
    }

    func render(width: Int) -> [String] {
        let labels = days.map { dayName($0.day) }
        let labelWidth = labels.map(DisplayWidth.width(of:)).max() ?? 0
        let highest = days.map(\.total).max() ?? 0
        let countWidth = String(highest).count
        let room = max(1, width - 2 - labelWidth - 2 - 1 - countWidth)
        var lines = zip(days, labels).map { day, label in
            let bar = cells(day, of: room, highest: highest).map { String(repeating: fill($0.verdict), count: $0.cells) }.joined()
            return "  \(DisplayWidth.padded(label, toWidth: labelWidth))  \(bar) \(day.total)"
        }
        lines.append("")
        lines += legend(width: width)
        return lines
    }

    /// How many cells each verdict of the day gets: its share of `room`, by largest remainder.
    private func cells(_ day: DayVerdicts, of room: Int, highest: Int) -> [(verdict: InquiryVerdict, cells: Int)] {
        guard day.total > 0, highest > 0 else { return [] }
        let total = max(day.counts.count, Int((Double(day.total) * Double(room) / Double(highest)).rounded()))
        let exact = day.counts.map { Double($0.count) * Double(total) / Double(day.total) }
        var given = exact.map { max(1, Int($0)) }
        let order = exact.indices.sorted { exact[$0] - exact[$0].rounded(.down) > exact[$1] - exact[$1].rounded(.down) }
        var index = 0
        while given.reduce(0, +) < total, !order.isEmpty {
            given[order[index % order.count]] += 1
            index += 1
        }
        while given.reduce(0, +) > total, let widest = given.indices.max(by: { given[$0] < given[$1] }), given[widest] > 1 {
            given[widest] -= 1
        }
        return zip(day.counts, given).map { ($0.key, $1) }
    }

    /// "█ criminal case  ▓ warning list  …", wrapped to the width; only the verdicts shown.
    private func legend(width: Int) -> [String] {
        let shown = InquiryVerdict.allCases.filter { verdict in days.contains { $0.counts.contains { $0.key == verdict } } }
        var lines: [String] = []
        var line = ""
        for item in shown.map({ "\(fill($0)) \(verdictName($0))" }) {
            let longer = (line.isEmpty ? " " : line + " ") + " " + item
            if !line.isEmpty, DisplayWidth.width(of: longer) > width {
                lines.append(line)
                line = "  " + item
            } else {
                line = longer
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

import TekserCore
import TekserTUI

/// A plain-text table whose columns line up in a terminal: widths are display widths, so
/// Kazakh and Russian names, and wide emoji, keep the columns straight.
struct JournalTable {
    var header: [String]
    var rows: [[String]] = []
    /// Columns of numbers, aligned to the right.
    var numeric: Set<Int> = []
    /// Widest a cell may be before it is cut with "…"; notes can be long.
    var maximumWidth = 40

    func render(ascii: Bool) -> [String] {
        let cells = ([header] + rows).map { $0.map { DisplayWidth.truncate($0.oneLine, toWidth: maximumWidth) } }
        let widths = header.indices.map { column in cells.map { DisplayWidth.width(of: $0[column]) }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            let padded = row.enumerated().map { column, text in
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.width(of: text))
                return numeric.contains(column) ? padding + text : text + padding
            }
            return trimmingTrailingSpaces(padded.joined(separator: "  "))
        }
        let rule = widths.map { String(repeating: ascii ? "-" : "─", count: $0) }.joined(separator: "  ")
        return [line(cells[0]), rule] + cells.dropFirst().map(line)
    }

    private func trimmingTrailingSpaces(_ text: String) -> String {
        String(text.reversed().drop { $0 == " " }.reversed())
    }
}

import Foundation

extension StringProtocol {
    /// The text as a title, a button or a table cell shows it: each line break, with the white
    /// space around it, becomes one space. A registry cell may hold a quoted line break
    /// (`"ТОО ""Много` / `строк"""`); the evidence still shows the value as stored.
    public var oneLine: String {
        guard contains(where: \.isNewline) else { return String(self) }
        return split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

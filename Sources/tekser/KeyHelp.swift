import TekserCore
import TekserTUI

/// The keys a subcommand's `--help` lists, written from the mode's key table in English (the
/// language of `--help`), so the help cannot tell another story than the keys do.
enum KeyHelp {
    /// Sections of "keys  what they do" lines under their titles.
    static func discussion(_ sections: [(title: String, lines: [String])]) -> String {
        sections.map { section in ([section.title] + section.lines.map { "  " + $0 }).joined(separator: "\n") }
            .joined(separator: "\n\n")
    }

    /// The table's help lines in English; none when the catalogs cannot be read.
    static func lines<Action>(_ table: KeyTable<Action>) -> [String] {
        Catalog.shipped.map { table.helpLines($0, in: .en) } ?? []
    }
}

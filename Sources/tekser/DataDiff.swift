import ArgumentParser
import Foundation
import TekserCore
import TekserTUI

extension Tekser {
    /// `tekser data diff OLD NEW`: what a new export changes, before it is put in use.
    struct DataDiffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: CommandHelp.text("data.diff.abstract"),
            discussion: CommandHelp.text("data.diff.discussion")
        )

        @Argument(help: .text("data.diff.old"))
        var old: String

        @Argument(help: .text("data.diff.new"))
        var new: String

        @Flag(help: .text("data.diff.json"))
        var json = false

        @OptionGroup var languageOptions: LanguageOptions

        func run() throws {
            let catalog = try languageOptions.catalog()
            let writer = AnswerWriter(catalog: catalog, language: languageOptions.resolvedLanguage, ascii: !TextLocale.isUTF8)
            let diff = DataSetDiff(old: try load(old, catalog), new: try load(new, catalog))
            if json {
                print(try JSON.encode(DiffReport(diff, writer: writer)))
            } else {
                print(DiffText(writer: writer).render(diff).joined(separator: "\n"))
            }
        }

        private func load(_ path: String, _ catalog: Catalog) throws -> DataSet {
            do {
                return try DataSet.load(directory: URL(fileURLWithPath: path, isDirectory: true))
            } catch {
                printError("tekser: \(catalog.text(error, in: languageOptions.resolvedLanguage))")
                throw ExitCode(1)
            }
        }
    }
}

/// The differences as lines: per source a title with its counts, then `+`, `−` and `~` rows.
struct DiffText {
    let writer: AnswerWriter

    func render(_ diff: DataSetDiff) -> [String] {
        var lines: [String] = []
        for source in diff.sources {
            lines.append(title(source))
            lines.append("  " + writer.text("diff.counts", [
                "added": .number(source.added.count), "removed": .number(source.removed.count), "changed": .number(source.changed.count),
            ]))
            lines += source.added.map { "  + " + row($0) }
            lines += source.removed.map { "  - " + row($0) }
            for changed in source.changed {
                lines.append("  ~ " + row(changed.new))
                lines += changed.fields.map { change in
                    "      \(writer.text(change.field.message)): \(shown(change.old)) → \(shown(change.new))"
                }
            }
            lines.append("")
        }
        lines.append(writer.text("diff.summary", ["changes": .message(diff.counts.message)]))
        return lines
    }

    private func title(_ source: SourceDiff) -> String {
        let summary = (source.new ?? source.old)!
        let name = writer.sourceTitle(summary) + " — \(summary.file)"
        if source.old == nil { return name + " " + writer.text("diff.source.new") }
        if source.new == nil { return name + " " + writer.text("diff.source.gone") }
        return name
    }

    /// `940140000385 1.2.3/45 АО «Тест Банк» (line 2)`, an IIN masked.
    private func row(_ row: KeyedRow) -> String {
        let name = row.evidence.details.name(in: writer.language)
        return PersonalData.masked("\(row.key) \(name)") + " " + writer.text("diff.line", ["line": .number(row.evidence.line)])
    }

    private func shown(_ value: String) -> String {
        value.isEmpty ? "—" : PersonalData.masked(value.oneLine)
    }
}

/// `tekser data diff --json`: every source with its added, removed and changed rows and counts.
struct DiffReport: Encodable {
    let sources: [Source]
    let summary: ChangeCounts
    let summaryText: String

    struct Source: Encodable {
        let id: String
        let kind: String
        let oldFile: String?
        let newFile: String?
        let counts: [String: Int]
        let added: [Row]
        let removed: [Row]
        let changed: [Changed]
    }

    struct Row: Encodable {
        let key: String
        let line: Int
        let fields: [String: String]
    }

    struct Changed: Encodable {
        let key: String
        let oldLine: Int
        let newLine: Int
        let fields: [String: [String]]
    }

    init(_ diff: DataSetDiff, writer: AnswerWriter) {
        summary = diff.counts
        summaryText = writer.text(diff.counts.message)
        sources = diff.sources.map { source in
            Source(
                id: source.id, kind: source.kind.rawValue, oldFile: source.old?.file, newFile: source.new?.file,
                counts: ["added": source.added.count, "removed": source.removed.count, "changed": source.changed.count],
                added: source.added.map(Self.row), removed: source.removed.map(Self.row),
                changed: source.changed.map { changed in
                    Changed(key: PersonalData.masked(changed.key), oldLine: changed.old.evidence.line, newLine: changed.new.evidence.line,
                            fields: Dictionary(uniqueKeysWithValues: changed.fields.map {
                                ($0.field.rawValue, [PersonalData.masked($0.old), PersonalData.masked($0.new)])
                            }))
                })
        }
    }

    private static func row(_ row: KeyedRow) -> Row {
        Row(key: PersonalData.masked(row.key), line: row.evidence.line,
            fields: Dictionary(uniqueKeysWithValues: row.evidence.fields.filter { !$0.value.isEmpty }.map { ($0.field.rawValue, PersonalData.masked($0.value)) }))
    }
}

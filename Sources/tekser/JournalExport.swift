import ArgumentParser
import Foundation
import TekserCore
import TekserStore

extension Tekser {
    /// `tekser journal export`: the journal for a spreadsheet or a script.
    struct JournalExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: CommandHelp.text("journal.export.abstract"),
            discussion: CommandHelp.text("journal.export.discussion")
        )

        @OptionGroup var options: JournalOptions
        @OptionGroup var filters: JournalFilterOptions

        @Option(help: .text("journal.export.format"))
        var format: Format = .csv

        @Option(help: .text("journal.export.encoding"))
        var encoding: ExportEncoding?

        @Option(help: .text("journal.export.delimiter"))
        var delimiter: Delimiter = .comma

        @Option(name: .shortAndLong, help: .text("journal.export.output", valueName: "file"))
        var output: String?

        enum Format: String, ExpressibleByArgument { case csv, json }

        enum Delimiter: String, ExpressibleByArgument {
            case comma, semicolon, tab

            var character: Character {
                switch self {
                case .comma: ","
                case .semicolon: ";"
                case .tab: "\t"
                }
            }
        }

        func run() throws {
            let catalog = try options.catalog()
            let language = options.resolvedLanguage
            if format == .json && encoding != nil {
                printError("tekser: " + catalog.text("journal.export.encodingIsForCSV", in: language))
                throw ExitCode.validationFailure
            }
            let journal = try options.openExisting(catalog)
            defer { try? journal.close() }
            let inquiries: [Inquiry]
            do { inquiries = try journal.inquiries(filter: filters.filter) } catch { throw JournalLocation.fail(error, catalog: catalog, language: language) }
            let bytes: [UInt8]
            switch format {
            case .json:
                bytes = try JournalExport.json(inquiries)
            case .csv:
                let export = JournalExport.csv(inquiries, encoding: encoding ?? .utf8, delimiter: delimiter.character)
                if export.replacedCharacters > 0 {
                    printError(catalog.text("journal.export.replaced", ["count": .number(export.replacedCharacters)], in: language))
                }
                bytes = export.bytes
            }
            guard let output else {
                StandardStreams.write(Array(bytes))
                return
            }
            do {
                try PrivateFiles.write(Data(bytes), to: URL(fileURLWithPath: output))
            } catch {
                printError("tekser: " + catalog.text("journal.export.cannotWrite", [
                    "path": .text(output), "reason": .message(FileFailure(error).message),
                ], in: language))
                throw ExitCode(1)
            }
        }
    }
}

extension ExportEncoding: ExpressibleByArgument {}

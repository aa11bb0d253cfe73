import ArgumentParser
import Foundation
import TekserCore
import TekserTUI
import TekserStore

extension Tekser {
    /// `tekser journal reports`: citizens' reports for the regulator, listed or exported, counted per subject.
    struct JournalReports: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reports",
            abstract: CommandHelp.text("journal.reports.abstract"),
            discussion: CommandHelp.text("journal.reports.discussion")
        )

        @OptionGroup var options: JournalOptions

        @Option(help: .text("journal.from", valueName: "date"))
        var from: CalendarDate?

        @Option(help: .text("journal.to", valueName: "date"))
        var to: CalendarDate?

        @Option(help: .text("journal.reports.export"))
        var export: Format?

        enum Format: String, ExpressibleByArgument { case csv, json }

        func run() throws {
            let catalog = try options.catalog()
            let language = options.resolvedLanguage
            // The team's reports on the server with --server (every kiosk's and chat's), else the journal file's.
            let journal = try options.openExisting(catalog)
            let reports: [StoredReport]
            do { reports = try journal.reports(from: from, to: to) } catch { throw JournalLocation.fail(error, catalog: catalog, language: language) }
            switch export {
            case .csv?: StandardStreams.write(ReportExport.csv(reports).bytes)
            case .json?: StandardStreams.write(Array(try ReportExport.json(reports)))
            case nil: printTables(reports, catalog: catalog, language: language)
            }
        }

        private func printTables(_ reports: [StoredReport], catalog: Catalog, language: Language) {
            func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String { catalog.text(key, arguments, in: language) }
            guard !reports.isEmpty else { return print(text("journal.reports.empty")) }
            let columns = ["id", "time", "channel", "subject", "verdict", "approach", "paid", "text"]
            var table = JournalTable(header: columns.map { text("journal.column.\($0)") }, numeric: [0])
            table.rows = reports.map { report in
                [String(report.id), String(report.localTime.prefix(16)), catalog.text(report.channel, in: language), report.subject,
                 text("journal.verdict.\(report.verdict)"), catalog.text(report.approach.message, in: language),
                 catalog.text(report.payment.message, in: language), report.text]
            }
            let ascii = !TextLocale.isUTF8
            table.render(ascii: ascii).forEach { print($0) }
            print("")
            print(text("journal.reports.perSubject", ["count": .number(reports.count)]))
            var counts = JournalTable(header: [text("journal.column.subject"), text("journal.column.reports")], numeric: [1])
            counts.rows = ReportExport.perSubject(reports).map { [$0.subject, String($0.count)] }
            counts.render(ascii: ascii).forEach { print($0) }
        }
    }
}

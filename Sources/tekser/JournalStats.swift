import ArgumentParser
import Foundation
import TekserCore
import TekserTUI
import TekserStore

extension Tekser {
    /// `tekser journal stats`: the figures for a team lead's weekly report.
    struct JournalStatsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: CommandHelp.text("journal.stats.abstract")
        )

        @OptionGroup var options: JournalOptions
        @OptionGroup var filters: JournalFilterOptions

        @Option(help: .text("journal.stats.top"))
        var top = 10

        @Option(help: .text("journal.stats.svg", valueName: "file"))
        var svg: String?

        func run() throws {
            let catalog = try options.catalog()
            let language = options.resolvedLanguage
            let journal = try options.openExisting(catalog)
            defer { try? journal.close() }
            let stats: JournalStats
            do { stats = try journal.stats(filter: filters.filter, top: top) } catch { throw JournalLocation.fail(error, catalog: catalog, language: language) }
            guard let first = stats.perDay.first?.key, let last = stats.perDay.last?.key, stats.total > 0 else {
                print(catalog.text("journal.stats.empty", in: language))
                return
            }
            func text(_ key: String) -> String { catalog.text("journal.\(key)", in: language) }
            let ascii = !TextLocale.isUTF8
            func section(_ title: String, _ column: String, _ rows: [(String, Int)]) {
                print("")
                print(text("stats.\(title)"))
                var table = JournalTable(header: [text("column.\(column)"), text("column.count")], numeric: [1])
                table.rows = rows.map { [$0.0, String($0.1)] }
                table.render(ascii: ascii).forEach { print("  " + $0) }
            }
            print(catalog.text("journal.stats.title", [
                "count": .number(stats.total), "from": .message(first.message), "to": .message(last.message),
            ], in: language))
            print("")
            print(text("stats.perDay"))
            let chart = StatsBarChart(days: stats.perDayByVerdict, dayName: { catalog.text($0.message, in: language) },
                                      verdictName: { catalog.text($0, in: language) }, ascii: ascii)
            chart.render(width: Terminal.width).forEach { print($0) }
            if let svg { try writeChart(stats, title: text("stats.chartTitle"), to: svg, catalog: catalog, language: language) }
            section("perVerdict", "verdict", stats.perVerdict.map { (catalog.text($0.key, in: language), $0.count) })
            section("perChannel", "channel", stats.perChannel.map { (catalog.text($0.key, in: language), $0.count) })
            section("perOperator", "operator", stats.perOperator.map { ($0.key, $0.count) })
            guard !stats.topSubjects.isEmpty else { return }
            print("")
            print(text("stats.topSubjects"))
            var table = JournalTable(header: ["subject", "name", "verdict", "count"].map { text("column.\($0)") }, numeric: [3])
            table.rows = stats.topSubjects.map { [$0.subject, $0.name ?? "", catalog.text($0.verdict, in: language), String($0.count)] }
            table.render(ascii: ascii).forEach { print("  " + $0) }
        }

        private func writeChart(_ stats: JournalStats, title: String, to path: String, catalog: Catalog, language: Language) throws {
            let picture = StatsChartSVG(days: stats.perDayByVerdict, title: title, verdictName: { catalog.text($0, in: language) },
                                        dayName: { catalog.text($0.message, in: language) })
            do {
                try PrivateFiles.write(Data(picture.render().utf8), to: URL(fileURLWithPath: path))
            } catch {
                printError("tekser: " + catalog.text("journal.export.cannotWrite", [
                    "path": .text(path), "reason": .message(FileFailure(error).message),
                ], in: language))
                throw ExitCode(1)
            }
        }
    }

    /// `tekser journal verify`: the full integrity check, for after a crash or a copy.
    struct JournalVerify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: CommandHelp.text("journal.verify.abstract"),
            discussion: CommandHelp.text("journal.verify.discussion")
        )

        @OptionGroup var options: JournalOptions

        func run() throws {
            let catalog = try options.catalog()
            let language = options.resolvedLanguage
            let journal = try options.openExisting(catalog)
            defer { try? journal.close() }
            let path: Message.Argument = .text(journal.location)
            do {
                let problems = try journal.integrityProblems()
                guard problems.isEmpty else {
                    printError(catalog.text("journal.verify.problems", ["path": path], in: language))
                    problems.forEach { printError("  " + catalog.text($0, in: language)) }
                    throw ExitCode(1)
                }
                let count = try journal.count(filter: InquiryFilter())
                print(catalog.text("journal.verify.ok", ["path": path, "count": .number(count)], in: language))
            } catch let error as JournalError {
                throw JournalLocation.fail(error, catalog: catalog, language: language)
            }
        }
    }
}

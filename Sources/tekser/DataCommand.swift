import ArgumentParser
import TekserCore

extension Tekser {
    /// `tekser data …`: for operators who replace registry files.
    struct DataCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "data",
            abstract: "Inspect the registry files of a data folder.",
            subcommands: [DataCheck.self, DataStatusCommand.self, DataDiffCommand.self]
        )
    }

    /// `tekser data check`: what each source holds and every row it refused.
    struct DataCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Load every source and report rows read, loaded, rejected (with reasons) and duplicates.",
            discussion: """
            Exit status: 0 when every row loaded, 1 when a row was rejected or a file cannot be loaded.
            A source with more rejected rows than its `max_rejected_percent` is named: running instances refuse such a version.
            """
        )

        @OptionGroup var common: CommonOptions

        func run() throws {
            let catalog = try common.catalog()
            let data = try common.loadData(catalog)
            let writer = common.writer(catalog)
            var anyRejected = false
            print(writer.text("datacheck.dataset", ["title": .text(data.manifest.dataset.title), "path": .text(data.directory.path)]))
            if data.isDemo { print(writer.text("common.demoData")) }
            for report in data.reports {
                print("")
                print(writer.sourceTitle(report.source) + " — \(report.source.file)")
                print("  " + writer.text("datacheck.counts", [
                    "read": .number(report.rowsRead), "loaded": .number(report.loaded),
                    "rejected": .number(report.rejected), "duplicates": .number(report.duplicates.count),
                ]))
                print("  " + writer.text("datacheck.format", [
                    "encoding": .text(report.encoding?.rawValue ?? "?"),
                    "delimiter": .text(report.delimiter.map { $0 == 9 ? "tab" : String(UnicodeScalar($0)) } ?? "?"),
                ]))
                for rejection in report.rejections {
                    print("  " + writer.text("datacheck.rejection", [
                        "file": .text(report.source.file), "line": .number(rejection.line),
                        "reason": .message(rejection.problem.message),
                    ]))
                }
                anyRejected = anyRejected || report.rejected > 0
            }
            for reason in ReloadValidator.rejectionRefusals(data) {
                print("")
                print(writer.text("reload.overLimit", ["reason": .message(reason.message)]))
            }
            if anyRejected { throw ExitCode(1) }
        }
    }
}

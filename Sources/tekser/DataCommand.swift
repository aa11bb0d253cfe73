import ArgumentParser
import Foundation
import TekserCore

extension Tekser {
    /// `tekser data …`: for operators who replace registry files.
    struct DataCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "data",
            abstract: CommandHelp.text("data.abstract"),
            subcommands: [DataCheck.self, DataBuild.self, DataStatusCommand.self, DataDiffCommand.self, DataPublish.self, DataVersions.self]
        )
    }

    /// `tekser data check`: what each source holds and every row it refused.
    struct DataCheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: CommandHelp.text("data.check.abstract"),
            discussion: CommandHelp.text("data.check.discussion")
        )

        @OptionGroup var common: CommonOptions

        func run() throws {
            let catalog = try common.catalog()
            let data = try common.loadData(catalog)
            if Self.printReport(data, writer: common.writer(catalog)) { throw ExitCode(1) }
        }

        /// Prints every source's counts, format and rejected rows; true when a row was rejected.
        static func printReport(_ data: DataSet, writer: AnswerWriter) -> Bool {
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
            return anyRejected
        }
    }

    /// `tekser data build`: checks the folder as `data check` does and compiles it into the file every mode opens.
    struct DataBuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: CommandHelp.text("data.build.abstract"),
            discussion: CommandHelp.text("data.build.discussion")
        )

        @OptionGroup var common: CommonOptions

        func run() throws {
            let catalog = try common.catalog()
            let writer = common.writer(catalog)
            let started = Date()
            let built: (parsed: DataSet, file: URL?)
            do {
                built = try common.compiledData(catalog).rebuild(directory: common.dataURL)
            } catch {
                printError("tekser: \(catalog.text(error, in: common.resolvedLanguage))")
                throw ExitCode(1)
            }
            let anyRejected = DataCheck.printReport(built.parsed, writer: writer)
            print("")
            if let file = built.file {
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                print(writer.text("compiled.built", [
                    "path": .text(file.path), "size": .text(String(format: "%.1f", Double(size) / 1e6)),
                    "seconds": .text(String(format: "%.2f", Date().timeIntervalSince(started))),
                ]))
            } else {
                print(writer.text("compiled.none"))
            }
            if anyRejected { throw ExitCode(1) }
        }
    }
}

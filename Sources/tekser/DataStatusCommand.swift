import ArgumentParser
import Foundation
import TekserCore
import TekserStore

extension Tekser {
    /// `tekser data status`: what running instances have loaded and refused, and what the folder would load now.
    struct DataStatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: CommandHelp.text("data.status.abstract")
        )

        @Flag(help: .text("option.json"))
        var json = false

        @OptionGroup var common: CommonOptions

        /// The whole answer, as `--json` prints it.
        struct Report: Encodable {
            var instances: [DataStatus]
            var folder: FolderState
            /// Tekser's files and folders that other users can read.
            var readableByOthers: [ExposedFile]
        }

        struct ExposedFile: Encodable {
            var path: String
            /// Octal, e.g. `644`.
            var mode: String
        }

        /// What loading the folder now gives.
        struct FolderState: Encodable {
            var path: String
            var loads: Bool
            var sources: [SourceCounts]
            /// The compiled file the folder opens through.
            var compiled: String?
            /// Why a load fails, or why a running instance would refuse this version.
            var problems: [String]
        }

        func run() throws {
            let catalog = try common.catalog()
            let writer = common.writer(catalog)
            let exposed = PrivateFiles.readableByOthers(XDG.tekserFolders()).map { ExposedFile(path: $0.path, mode: String($0.mode, radix: 8)) }
            let report = Report(instances: DataStatusFile.read(), folder: folderState(writer), readableByOthers: exposed)
            if json {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(text(report, writer).joined(separator: "\n"))
            }
        }

        private func folderState(_ writer: AnswerWriter) -> FolderState {
            let path = common.dataURL.path
            do {
                let data = try common.compiledData(writer.catalog).open(directory: common.dataURL)
                let problems = ReloadValidator.rejectionRefusals(data).map { writer.text($0.message) }
                return FolderState(path: path, loads: true, sources: data.reports.map(SourceCounts.init),
                                   compiled: data.compiledURL?.path, problems: problems)
            } catch {
                return FolderState(path: path, loads: false, sources: [], compiled: nil, problems: [writer.text(error.message)])
            }
        }

        private func text(_ report: Report, _ writer: AnswerWriter) -> [String] {
            var lines: [String] = []
            if report.instances.isEmpty { lines.append(writer.text("datastatus.noInstance")) }
            for instance in report.instances {
                lines.append(writer.text("datastatus.instance", [
                    "mode": .text(instance.mode), "pid": .number(Int(instance.pid)), "folder": .text(instance.folder),
                    "generation": .number(instance.generation), "updated": .text(instance.updated.formatted(.iso8601)),
                ]))
                if let published = instance.published {
                    lines.append("  " + writer.text(published.serverAway ? "datastatus.publishedAway" : "datastatus.published", [
                        "version": .number(published.version ?? 0), "server": .text(published.server),
                    ]))
                }
                lines.append("  " + compiledLine(instance.compiled, writer))
                lines += instance.sources.map { "  " + sourceLine($0, writer) }
                if let refusal = instance.lastRefusal {
                    if let version = refusal.version {
                        lines.append("  " + writer.text("datastatus.refusedVersion", ["version": .number(version)]))
                    }
                    lines += refusal.reasons.map {
                        "  " + writer.text("datastatus.refusal", ["date": .text(refusal.date.formatted(.iso8601)), "reason": .text($0)])
                    }
                }
            }
            lines.append("")
            let folder = report.folder
            if folder.loads {
                lines.append(writer.text("datastatus.folderLoads", ["path": .text(folder.path)]))
                lines.append("  " + compiledLine(folder.compiled, writer))
                lines += folder.sources.map { "  " + sourceLine($0, writer) }
                lines += folder.problems.map { "  " + writer.text("reload.overLimit", ["reason": .text($0)]) }
            } else {
                lines += folder.problems.map { writer.text("datastatus.folderRefused", ["path": .text(folder.path), "reason": .text($0)]) }
            }
            if !report.readableByOthers.isEmpty { lines.append("") }
            lines += report.readableByOthers.map { file in
                let isFolder = (try? URL(fileURLWithPath: file.path).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
                let wanted = isFolder ? PrivateFiles.folderMode : PrivateFiles.fileMode
                return writer.text("datastatus.readableByOthers", [
                    "path": .text(file.path), "mode": .text(file.mode), "private": .text(String(wanted, radix: 8)),
                ])
            }
            return lines
        }

        private func compiledLine(_ path: String?, _ writer: AnswerWriter) -> String {
            path.map { writer.text("compiled.inUse", ["path": .text($0)]) } ?? writer.text("compiled.none")
        }

        private func sourceLine(_ counts: SourceCounts, _ writer: AnswerWriter) -> String {
            writer.text("reload.counts", [
                "source": .text(counts.id), "file": .text(counts.file), "asOf": .text(counts.asOf.description),
                "read": .number(counts.read), "loaded": .number(counts.loaded), "rejected": .number(counts.rejected),
            ])
        }
    }
}

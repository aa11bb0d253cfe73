import ArgumentParser
import Foundation
import TekserCore

extension Tekser {
    /// `tekser check`: one-shot and batch checks for the help desk and scripts.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("check.abstract"),
            discussion: CommandHelp.text("check.discussion")
        )

        @Argument(help: .text("check.inputs"))
        var inputs: [String] = []

        @Option(help: .text("check.platform", valueName: "name"))
        var platform: SocialPlatform?

        @Option(name: .customLong("file"), help: .text("check.file"))
        var file: String?

        @Flag(help: .text("check.json"))
        var json = false

        @Option(help: .text("check.format"))
        var format: BatchFormat = .jsonl

        @OptionGroup var common: CommonOptions

        @OptionGroup var recording: JournalRecordingOptions

        enum BatchFormat: String, ExpressibleByArgument { case jsonl, csv }

        func validate() throws {
            if inputs.isEmpty && file == nil { throw common.usage("usage.checkInputs") }
            // A day at most: "wait forever" would keep a batch from ever ending.
            if !(0...86_400).contains(recording.deliverTimeout) {
                throw common.usage("usage.secondsRange", ["option": "--deliver-timeout", "max": .number(86_400)])
            }
        }

        func run() throws {
            let catalog = try common.catalog()
            let writer = common.writer(catalog)
            let data = try DataSupply.forOneShot(common: common, server: recording.server.setting(), writer: writer)
            let checker = Checker(data: data)
            let recorder = try recording.recorder(catalog: catalog, language: writer.language)
            var anyInvalid = false

            if !inputs.isEmpty {
                let reports = try inputs.map { input -> CheckReport in
                    let result = checker.check(input, platform: platform, language: writer.language)
                    try recorder?.record(result, typed: input)
                    if let problem = result.problem {
                        anyInvalid = true
                        printError("tekser: “\(input)”: \(writer.text(problem))")
                    }
                    if !json { print(HumanOutput(writer: writer, color: Terminal.wantsColor).render(result)) }
                    return CheckReport(result, input: input, writer: writer, isDemo: data.isDemo)
                }
                if json { print(try JSON.encode(reports.count == 1 ? AnyEncodable(reports[0]) : AnyEncodable(reports))) }
            }
            if let file {
                let batch = BatchCheck(checker: checker, writer: writer, isDemo: data.isDemo, format: format, platform: platform, recorder: recorder)
                anyInvalid = try batch.run(lines: Self.lines(of: file, writer: writer)) || anyInvalid
            }
            try recorder?.finish()
            if anyInvalid { throw ExitCode(2) }
        }

        static func lines(of path: String, writer: AnswerWriter) throws -> [String] {
            let data: Data
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                do {
                    // Read as a stream, so a device or a pipe (/dev/null, a FIFO) reads as a file does.
                    let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                    defer { try? file.close() }
                    data = try file.readToEnd() ?? Data()
                } catch {
                    printError("tekser: " + writer.text("check.cannotRead", ["path": .text(path), "reason": .message(FileFailure(error).message)]))
                    throw ExitCode(1)
                }
            }
            return String(decoding: data, as: UTF8.self)
                .split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
    }
}

extension SocialPlatform: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

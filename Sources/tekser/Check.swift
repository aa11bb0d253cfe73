import ArgumentParser
import Foundation
import TekserCore

extension Tekser {
    /// `tekser check`: one-shot and batch checks for the help desk and scripts.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check BINs, IINs or links and print the verdict with its evidence.",
            discussion: """
            A link may be a web address (https://example.kz/ru/, example.kz, a Cyrillic domain) or a \
            social-media account (t.me/name, instagram.com/name, @name with --platform). \
            With the team's server (--server, server: in desk.yaml, $TEKSER_SERVER) and no --data, \
            the registries are the newest version published there, as on the team's desks. \
            Exit status: 0 when every input was checked, 2 when an input is not a valid identifier \
            or a usable link (the reason goes to standard error), 1 when the data cannot be loaded \
            (from the server: none published there, and none kept on this machine), or \
            when inquiries kept while the team's server was away are still waiting for it at the end.
            """
        )

        @Argument(help: "Identifiers or links as typed, e.g. 940140000385, \"БИН 940 140 000 385\" or https://t.me/name.")
        var inputs: [String] = []

        @Option(help: ArgumentHelp("The network of an @handle: \(SocialPlatform.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "name"))
        var platform: SocialPlatform?

        @Option(name: .customLong("file"), help: "Read one identifier per line from a file (- for standard input).")
        var file: String?

        @Flag(help: "Print one JSON document per input (see docs/check-report.schema.json).")
        var json = false

        @Option(help: "Output format with --file: jsonl or csv.")
        var format: BatchFormat = .jsonl

        @OptionGroup var common: CommonOptions

        @OptionGroup var recording: JournalRecordingOptions

        enum BatchFormat: String, ExpressibleByArgument { case jsonl, csv }

        func validate() throws {
            if inputs.isEmpty && file == nil { throw common.usage("usage.checkInputs") }
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
                    data = try Data(contentsOf: URL(fileURLWithPath: path))
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

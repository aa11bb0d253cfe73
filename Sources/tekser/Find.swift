import ArgumentParser
import Foundation
import TekserCore

extension Tekser {
    /// `tekser find`: search every registry by name, for subjects known only by what people call them.
    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("find.abstract"),
            discussion: CommandHelp.text("find.discussion")
        )

        @Argument(help: .text("find.words"))
        var words: [String] = []

        @Flag(help: .text("find.json"))
        var json = false

        @OptionGroup var common: CommonOptions

        @OptionGroup var server: ServerSetting

        func validate() throws {
            if query.isEmpty { throw common.usage("usage.findQuery") }
        }

        var query: String { words.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines) }

        func run() throws {
            let catalog = try common.catalog()
            let writer = common.writer(catalog)
            let data = try DataSupply.forOneShot(common: common, server: server.setting(configured: ServerOptions.deskSettings?.server),
                                                 writer: writer)
            let results = Checker(data: data).findNames(query)
            if json {
                print(try JSON.encode(FindReport(query: query, results: results, writer: writer, isDemo: data.isDemo)))
            } else {
                var lines = writer.nameResults(results, query: query)
                if data.isDemo { lines.append(writer.text("common.demoData")) }
                print(lines.joined(separator: "\n"))
            }
            if results.isEmpty { throw ExitCode(3) }
        }
    }
}

/// `tekser find --json`: the ranked results; an IIN never appears unmasked.
struct FindReport: Encodable {
    let query: String
    let demo: Bool
    let results: [Result]

    struct Result: Encodable {
        let name: String
        let score: Int
        let reason: String
        let verdict: String
        let headline: String
        let identifier: String?
        let identifierKind: String?
        let source: String
        let file: String
        let line: Int
        /// The BINs of the licensees this subject imitates (a clone firm).
        let imitates: [String]?
        /// How many subjects imitate this licensee.
        let imitatedBy: Int?
    }

    init(query: String, results: [NameResult], writer: AnswerWriter, isDemo: Bool) {
        self.query = query
        demo = isDemo
        self.results = results.map { result in
            Result(
                name: result.name, score: result.score, reason: writer.text(result.reason.message),
                verdict: result.kind.code, headline: writer.text(result.kind.message),
                identifier: result.identifier.map(\.masked),
                identifierKind: result.identifier?.kind.rawValue, source: result.source.id,
                file: result.source.file, line: result.evidence.line,
                imitates: result.imitates.isEmpty ? nil : result.imitates.map(\.licensee.bin.digits),
                imitatedBy: result.imitatedBy.isEmpty ? nil : result.imitatedBy.count)
        }
    }
}

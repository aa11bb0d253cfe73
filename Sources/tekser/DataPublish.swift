import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore

extension Tekser {
    /// `tekser data publish`: a checked data folder becomes the team's next registry version.
    struct DataPublish: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish",
            abstract: CommandHelp.text("data.publish.abstract"),
            discussion: CommandHelp.text("data.publish.discussion")
        )

        @OptionGroup var common: CommonOptions

        @OptionGroup var server: ServerSetting

        func run() throws {
            let catalog = try common.catalog()
            let language = common.resolvedLanguage
            let writer = common.writer(catalog)
            let url = try server.server(catalog: catalog, language: language)
            let before = files()
            let data = try common.loadData(catalog)
            let anyRejected = DataCheck.printReport(data, writer: writer)
            print("")
            // What was checked is what is stored: a file changed meanwhile is a reason to publish nothing.
            guard files() == before, let files = before else {
                printError("tekser: " + catalog.text("published.error.changed", ["path": .text(data.directory.path)], in: language))
                throw ExitCode(1)
            }
            let rowsRejected: [RefusalReason] = anyRejected
                ? data.reports.filter { $0.rejected > 0 }.map { .rowsRejected(source: $0.source.id, count: $0.rejected) } : []
            let store = PublishedStore(server: url, password: url.password())
            defer { store.close() }
            let outcome: PublishOutcome
            do {
                outcome = try store.publish(files, sources: data.reports.map(SourceCounts.init), by: "\(url.user)/\(JournalLocation.loginName)") {
                    newest in rowsRejected + (newest.map { ReloadValidator.refusals(data, current: $0) } ?? ReloadValidator.rejectionRefusals(data))
                }
            } catch {
                throw JournalLocation.fail(error, catalog: catalog, language: language)
            }
            switch outcome {
            case .published(let version):
                print(writer.text("published.done", [
                    "version": .number(version.number), "server": .text(url.description),
                    "files": .number(version.files), "count": .number(version.rows),
                ]))
            case .refused(let newest, let reasons):
                printError("tekser: " + catalog.text(newest > 0 ? "published.refused" : "published.refusedFirst", [
                    "server": .text(url.description), "version": .number(newest), "count": .number(reasons.count),
                ], in: language))
                for reason in reasons { printError("  - " + catalog.text(reason.message, in: language)) }
                throw ExitCode(1)
            }
        }

        /// The folder's files as a load reads them, `nil` when the manifest cannot be read (the load then says why).
        private func files() -> [PublishedFile]? {
            try? PublishedFile.files(in: common.dataURL)
        }
    }

    /// `tekser data versions`: what the team's server has published.
    struct DataVersions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "versions",
            abstract: CommandHelp.text("data.versions.abstract")
        )

        @Flag(help: .text("option.json"))
        var json = false

        @OptionGroup var server: ServerSetting

        @OptionGroup var languageOptions: LanguageOptions

        func run() throws {
            let catalog = try languageOptions.catalog()
            let language = languageOptions.resolvedLanguage
            let url = try server.server(catalog: catalog, language: language)
            let store = PublishedStore(server: url, password: url.password())
            defer { store.close() }
            let versions: [DataVersion]
            do { versions = try store.versions() } catch { throw JournalLocation.fail(error, catalog: catalog, language: language) }
            if json {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(versions.map(Listed.init)), as: UTF8.self))
                return
            }
            if versions.isEmpty { print(catalog.text("published.versions.none", ["server": .text(url.description)], in: language)) }
            for version in versions {
                print(catalog.text("published.versions.line", [
                    "version": .number(version.number), "date": .text(version.publishedAt.formatted(.iso8601)),
                    "who": .text(version.publishedBy), "files": .number(version.files), "count": .number(version.rows),
                ], in: language))
                for source in version.sources {
                    print("  " + catalog.text("published.versions.source", [
                        "source": .text(source.id), "file": .text(source.file), "count": .number(source.loaded),
                        "asOf": .text(source.asOf.description),
                    ], in: language))
                }
            }
        }

        /// One version as `--json` prints it.
        struct Listed: Encodable {
            let version: Int
            let publishedAt: Date
            let publishedBy: String
            let files: Int
            let rows: Int
            let sources: [SourceCounts]

            init(_ version: DataVersion) {
                self.version = version.number
                publishedAt = version.publishedAt
                publishedBy = version.publishedBy
                files = version.files
                rows = version.rows
                sources = version.sources
            }
        }
    }
}

import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore

/// `--journal`, `--server`, `--operator` and `--deliver-timeout` of `tekser check`: every
/// checked input is also journaled, in a file or on the team's server.
struct JournalRecordingOptions: ParsableArguments {
    @Option(name: .customLong("journal"), help: .text("check.journal", valueName: "path"))
    var path: String?

    @OptionGroup var server: ServerOptions

    @Option(name: .customLong("operator"), help: .text("option.operator"))
    var operatorName: String?

    @Option(name: .customLong("deliver-timeout"), help: .text("check.deliverTimeout", valueName: "seconds"))
    var deliverTimeout: Double = 60

    /// The open journal to record into: `--journal`'s file, else the team's server, else `nil`.
    func recorder(catalog: Catalog, language: Language) throws -> JournalRecorder? {
        let journal: any InquiryJournal
        if let path {
            journal = try JournalLocation.open(URL(fileURLWithPath: path), catalog: catalog, language: language)
        } else if let team = try server.open(catalog: catalog, language: language) {
            journal = team
        } else {
            return nil
        }
        return JournalRecorder(journal: journal, operatorName: operatorName ?? JournalLocation.defaultOperator(configured: ServerOptions.deskSettings?.operator), catalog: catalog,
                               language: language, deliverTimeout: .milliseconds(Int64(deliverTimeout * 1000)))
    }
}

/// Records check results as `batch` inquiries; a failure ends the run before the answer is printed.
struct JournalRecorder {
    let journal: any InquiryJournal
    let operatorName: String
    let catalog: Catalog
    let language: Language
    let deliverTimeout: Duration

    func record(_ result: CheckResult, typed: String) throws {
        do {
            try journal.record(NewInquiry(result: result, typed: typed, operator: operatorName, channel: .batch, language: language))
        } catch {
            throw JournalLocation.fail(error, catalog: catalog, language: language)
        }
    }

    /// Waits for what the outbox holds for the server (up to `--deliver-timeout`), then closes.
    /// Inquiries still waiting are named, with where they are kept, and end the run with status 1;
    /// entries the server refused for good are named too.
    func finish() throws {
        defer { try? journal.close() }
        guard let team = journal as? TeamJournal else { return }
        let left = team.waiting > 0 ? team.waitForDelivery(timeout: deliverTimeout) : 0
        // After the delivery: what the server refused on the way is known only now.
        for notice in team.deliveryNotices(catalog, in: language) { printError(notice) }
        guard left > 0 else { return }
        printError(catalog.text("server.undelivered", [
            "count": .number(left), "server": .text(team.location), "path": .text(team.outboxPath),
        ], in: language))
        throw ExitCode(1)
    }
}

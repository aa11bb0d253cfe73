import ArgumentParser
import Foundation
import TekserCore
import TekserStore

/// `--journal` and `--operator` of `tekser check`: every checked input is also journaled.
struct JournalRecordingOptions: ParsableArguments {
    @Option(name: .customLong("journal"), help: ArgumentHelp("Also record every input in this journal, channel batch (see `tekser journal`).", valueName: "path"))
    var path: String?

    @Option(name: .customLong("operator"), help: "The operator recorded in the journal (default: the login name).")
    var operatorName: String?

    /// The open journal to record into, or `nil` without `--journal`.
    func recorder(catalog: Catalog, language: Language) throws -> JournalRecorder? {
        guard let path else { return nil }
        let journal = try JournalLocation.open(URL(fileURLWithPath: path), catalog: catalog, language: language)
        return JournalRecorder(journal: journal, operatorName: operatorName ?? JournalLocation.loginName, catalog: catalog, language: language)
    }
}

/// Records check results as `batch` inquiries; a failure ends the run before the answer is printed.
struct JournalRecorder {
    let journal: Journal
    let operatorName: String
    let catalog: Catalog
    let language: Language

    func record(_ result: CheckResult, typed: String) throws {
        do {
            try journal.record(NewInquiry(result: result, typed: typed, operator: operatorName, channel: .batch, language: language))
        } catch {
            throw JournalLocation.fail(error, catalog: catalog, language: language)
        }
    }
}

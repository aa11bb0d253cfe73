import ArgumentParser
import TekserCore
import TekserStore

/// `--journal` for the citizen modes: where their "⚠ Report" goes.
struct ReportJournalOptions: ParsableArguments {
    @Option(name: .customLong("journal"), help: ArgumentHelp(
        "The journal citizens' reports go to (default: $XDG_DATA_HOME/tekser/journal.sqlite, else ~/.local/share/tekser/journal.sqlite).",
        valueName: "path"))
    var path: String?

    /// Opens (creating if needed) the journal before anything is shown; one that cannot be
    /// opened is reported and ends the command with status 1.
    func recorder(channel: ReportChannel, catalog: Catalog, language: Language) throws -> JournalReportRecorder {
        JournalReportRecorder(journal: try JournalLocation.open(JournalLocation.url(path), catalog: catalog, language: language), channel: channel)
    }
}

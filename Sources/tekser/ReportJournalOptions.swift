import ArgumentParser
import TekserCore
import TekserServer
import TekserStore

/// `--journal` and `--server` for the citizen modes: where their "⚠ Report" goes.
struct ReportJournalOptions: ParsableArguments {
    @Option(name: .customLong("journal"), help: ArgumentHelp(
        "The journal citizens' reports go to (default: the team's server with --server, else $XDG_DATA_HOME/tekser/journal.sqlite).",
        valueName: "path"))
    var path: String?

    @OptionGroup var server: ServerOptions

    /// Opens the journal before anything is shown: `--journal`'s file, else the team's server
    /// (its outbox while the server is away), else the default file. One that cannot be opened
    /// is reported and ends the command with status 1.
    func recorder(channel: ReportChannel, catalog: Catalog, language: Language) throws -> JournalReportRecorder {
        if path == nil, let team = try server.open(catalog: catalog, language: language) {
            return JournalReportRecorder(journal: team, channel: channel)
        }
        return JournalReportRecorder(journal: try JournalLocation.open(JournalLocation.url(path), catalog: catalog, language: language),
                                     channel: channel)
    }

    /// At the end of a session: stops the team journal's sender and names what still waits for
    /// the server (delivered by the next Tekser that uses it).
    static func finish(_ recorder: JournalReportRecorder, catalog: Catalog, language: Language) {
        guard let team = recorder.journal as? TeamJournal else { return }
        let waiting = team.waiting
        try? team.close()
        guard waiting > 0 else { return }
        printError(catalog.text("server.reportsUndelivered", [
            "count": .number(waiting), "server": .text(team.location), "path": .text(team.outboxPath),
        ], in: language))
    }
}

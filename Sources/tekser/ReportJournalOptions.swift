import ArgumentParser
import TekserCore
import TekserServer
import TekserStore

/// `--journal` and `--team-key` for the citizen modes: where their "⚠ Report" goes (the mode's
/// `--server` names the team's server).
struct ReportJournalOptions: ParsableArguments {
    @Option(name: .customLong("journal"), help: .text("option.reportJournal", valueName: "path"))
    var path: String?

    @Option(name: .customLong("team-key"), help: .text("option.reportTeamKey", valueName: "path"))
    var keyPath: String?

    /// Opens the journal before anything is shown: `--journal`'s file, else the team's server
    /// (`setting`; its outbox while the server is away), else the default file. One that cannot
    /// be opened is reported and ends the command with status 1, except a team's server that
    /// cannot be reached on this machine's first start (no team key yet): a kiosk must serve
    /// all the same, so its reports wait for the server (`TeamReportsOnceReachable`).
    func recorder(channel: ReportChannel, server setting: String?, catalog: Catalog, language: Language) throws -> JournalReportRecorder {
        if path == nil, let setting {
            do {
                return JournalReportRecorder(journal: try ServerOptions.team(setting: setting, keyPath: keyPath), channel: channel)
            } catch .serverUnreachable(let server, let reason) {
                StateLog().write("warning", catalog.text(Message("server.reportsNotYet", ["server": .text(server), "reason": .message(reason.message)]),
                                                         in: language))
                let keyPath = keyPath
                return JournalReportRecorder(journal: TeamReportsOnceReachable(
                    refusal: .serverUnreachable(server: server, reason: reason)) { () throws(JournalError) in
                    try ServerOptions.team(setting: setting, keyPath: keyPath)
                }, channel: channel)
            } catch {
                throw JournalLocation.fail(error, catalog: catalog, language: language)
            }
        }
        return JournalReportRecorder(journal: try JournalLocation.open(JournalLocation.url(path), catalog: catalog, language: language),
                                     channel: channel)
    }

    /// At the end of a session: stops the team journal's sender and names what still waits for
    /// the server (delivered by the next Tekser that uses it).
    static func finish(_ recorder: JournalReportRecorder, catalog: Catalog, language: Language) {
        (recorder.journal as? TeamReportsOnceReachable)?.stop()
        guard let team = recorder.journal as? TeamJournal ?? (recorder.journal as? TeamReportsOnceReachable)?.team else { return }
        let waiting = team.waiting
        for notice in team.deliveryNotices(catalog, in: language) { printError(notice) }
        try? team.close()
        guard waiting > 0 else { return }
        printError(catalog.text("server.reportsUndelivered", [
            "count": .number(waiting), "server": .text(team.location), "path": .text(team.outboxPath),
        ], in: language))
    }
}

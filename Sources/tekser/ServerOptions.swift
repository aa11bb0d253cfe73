import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore

/// `--server` and `--team-key`: the team's PostgreSQL server, which holds the journal that a
/// team's desks and batches share (see `TeamJournal`).
struct ServerOptions: ParsableArguments {
    @Option(name: .customLong("server"), help: ArgumentHelp(
        "The team's server, postgresql://USER@HOST:PORT/DB (default: server: in desk.yaml, else $TEKSER_SERVER); --journal overrides it.",
        valueName: "url"))
    var url: String?

    @Option(name: .customLong("team-key"), help: ArgumentHelp(
        "The team's key file for the hashes of IINs, the same on every desk (default: $XDG_DATA_HOME/tekser/team.key).",
        valueName: "path"))
    var keyPath: String?

    /// The setting in force: `--server`, else the configuration file's, else `$TEKSER_SERVER`.
    func setting(configured: String? = nil) -> String? {
        let environment = ProcessInfo.processInfo.environment["TEKSER_SERVER"]
        return [url, configured, environment].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }

    /// Connects to the team journal named by the setting, or `nil` when there is no setting;
    /// a bad URL, an unreachable server, a refused login… end with one line and status 1.
    func open(configured: String? = nil, catalog: Catalog, language: Language) throws -> TeamJournal? {
        guard let setting = setting(configured: configured) else { return nil }
        do {
            let server = try ServerURL(parsing: setting)
            let keyURL = keyPath.map { URL(fileURLWithPath: $0) }
                ?? XDG.dataHome().appendingPathComponent("tekser/team.key")
            return try TeamJournal.open(server: server, keyURL: keyURL, outboxURL: TeamJournal.defaultOutboxURL(),
                                        password: server.password())
        } catch {
            throw JournalLocation.fail(error, catalog: catalog, language: language)
        }
    }
}

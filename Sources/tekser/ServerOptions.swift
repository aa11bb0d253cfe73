import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore

/// `--server` and `--team-key`: the team's PostgreSQL server, which holds the journal that a
/// team's desks and batches share (see `TeamJournal`).
struct ServerOptions: ParsableArguments {
    @Option(name: .customLong("server"), help: .text("option.server", valueName: "url"))
    var url: String?

    @Option(name: .customLong("team-key"), help: .text("option.teamKey", valueName: "path"))
    var keyPath: String?

    /// The setting in force: `--server`, else `configured` (by default `server:` in this machine's
    /// desk.yaml, so that `check` and `journal` work on the desk's team), else `$TEKSER_SERVER`.
    func setting(configured: String? = nil) -> String? {
        ServerSetting.resolve(url, configured: configured ?? Self.deskSettings?.server)
    }

    /// This machine's desk.yaml, for `check` and `journal`: a broken file counts as none here
    /// (`open` says so in one line; `tekser desk` stops on it).
    static var deskSettings: DeskConfig? { try? DeskConfig.load(from: DeskConfig.defaultURL()) }

    /// Connects to the team journal named by the setting, or `nil` when there is no setting;
    /// a bad URL, an unreachable server, a refused login… end with one line and status 1.
    func open(configured: String? = nil, catalog: Catalog, language: Language) throws -> TeamJournal? {
        if configured == nil {
            do {
                _ = try DeskConfig.load(from: DeskConfig.defaultURL())
            } catch {
                printError("tekser: " + catalog.text("desk.config.ignored", ["error": .message(error.message)], in: language))
            }
        }
        guard let setting = setting(configured: configured) else { return nil }
        return try Self.openTeam(setting: setting, keyPath: keyPath, catalog: catalog, language: language)
    }

    /// The team journal on the server `setting` names, with the key file at `keyPath` (else the
    /// default one); a failure ends with one line and status 1.
    static func openTeam(setting: String, keyPath: String?, catalog: Catalog, language: Language) throws -> TeamJournal {
        do {
            return try team(setting: setting, keyPath: keyPath)
        } catch {
            throw JournalLocation.fail(error, catalog: catalog, language: language)
        }
    }

    /// The same, its failure left to the caller.
    static func team(setting: String, keyPath: String?) throws(JournalError) -> TeamJournal {
        let server = try ServerURL(parsing: setting)
        let keyURL = keyPath.map { URL(fileURLWithPath: $0) } ?? XDG.dataHome().appendingPathComponent("tekser/team.key")
        return try TeamJournal.open(server: server, keyURL: keyURL, outboxURL: TeamJournal.defaultOutboxURL(), password: server.password())
    }
}

/// `--server` alone, for the modes that need no journal of inquiries from the team's server
/// (chat, kiosk, trainer, `data publish` and `data versions`, `fleet status`): the published
/// registries, the fleet's heartbeats and, from chat and kiosk, citizens' reports.
struct ServerSetting: ParsableArguments {
    @Option(name: .customLong("server"), help: .text("option.serverPublished", valueName: "url"))
    var url: String?

    /// The setting in force: `--server`, else the configuration file's, else `$TEKSER_SERVER`.
    func setting(configured: String? = nil) -> String? {
        Self.resolve(url, configured: configured)
    }

    /// The first non-empty of the flag, the configuration file's `server:` and `$TEKSER_SERVER`.
    static func resolve(_ flag: String?, configured: String?) -> String? {
        let environment = ProcessInfo.processInfo.environment["TEKSER_SERVER"]
        return [flag, configured, environment].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }

    /// The server named by the setting; none, or a bad URL, ends with one line and status 1.
    func server(catalog: Catalog, language: Language) throws -> ServerURL {
        guard let setting = setting() else {
            printError("tekser: " + catalog.text("published.error.noServer", in: language))
            throw ExitCode(1)
        }
        do {
            return try ServerURL(parsing: setting)
        } catch {
            throw JournalLocation.fail(error, catalog: catalog, language: language)
        }
    }
}

import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore
import TekserTUI

extension Tekser {
    /// `tekser fleet`: the kiosks, desks, chats and trainers that report to the team's server.
    struct Fleet: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("fleet.abstract"),
            subcommands: [FleetStatusCommand.self], defaultSubcommand: FleetStatusCommand.self)
    }

    /// `tekser fleet status`: one row per instance from its last heartbeat.
    struct FleetStatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: CommandHelp.text("fleet.status.abstract"),
            discussion: CommandHelp.text("fleet.status.discussion")
        )

        @OptionGroup var server: ServerSetting

        @Flag(help: .text("option.json"))
        var json = false

        @OptionGroup var languageOptions: LanguageOptions

        func run() throws {
            let catalog = try languageOptions.catalog()
            let language = languageOptions.resolvedLanguage
            func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String { catalog.text(key, arguments, in: language) }
            guard let setting = server.setting() else {
                printError("tekser: " + text("fleet.noServer"))
                throw ExitCode(1)
            }
            let status: FleetStatus
            do {
                let url = try ServerURL(parsing: setting)
                status = try FleetStatus.read(server: url, password: url.password())
            } catch {
                throw JournalLocation.fail(error, catalog: catalog, language: language)
            }
            if json {
                StandardStreams.write(Array(try FleetJSON.encode(status, catalog: catalog, language: language)))
                return
            }
            print(status.newestVersion.map { text("fleet.newest", ["version": .number($0)]) } ?? text("fleet.noVersion"))
            guard !status.instances.isEmpty else { return print(text("fleet.empty")) }
            let columns = ["instance", "mode", "lastSeen", "version", "behind", "refused", "outOfService", "checks", "state"]
            var table = JournalTable(header: columns.map { text("fleet.column.\($0)") }, numeric: [4, 7])
            let clock = ClockTime(timeZone: .current)
            let today = clock.day(Date())
            table.rows = status.instances.map { instance in
                let beat = instance.beat
                let seconds = instance.secondsSilent
                let ago = seconds < 120 ? text("fleet.agoSeconds", ["count": .number(seconds)]) : text("fleet.agoMinutes", ["count": .number(seconds / 60)])
                let refused = beat.refusedReason(in: language, catalog: catalog).map { reason in beat.refusedVersion.map { "\($0): \(reason)" } ?? reason } ?? "—"
                let state = instance.isSilent ? text("fleet.state.silent") : (beat.running ? text("fleet.state.ok") : text("fleet.state.stopped"))
                return [
                    beat.name, beat.mode, "\(clock.dateTime(instance.lastSeen)) (\(ago))",
                    beat.dataVersion.map(String.init) ?? text("fleet.version.local"), instance.versionsBehind.map(String.init) ?? "—",
                    refused, text(beat.outOfService ? "fleet.yes" : "fleet.no"), String(beat.checks(on: today)), state,
                ]
            }
            table.render(ascii: !TextLocale.isUTF8).forEach { print($0) }
            let silent = status.instances.count(where: \.isSilent)
            if silent > 0 { print(text("fleet.silentCount", ["count": .number(silent)])) }
        }
    }
}

/// `fleet status --json`: the newest version and one object per instance, keys sorted.
enum FleetJSON {
    struct Document: Encodable {
        let newestVersion: Int?
        let instances: [Instance]

        enum CodingKeys: String, CodingKey { case newestVersion = "newest_version", instances }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(newestVersion, forKey: .newestVersion)
            try container.encode(instances, forKey: .instances)
        }
    }

    struct Instance: Encodable {
        let name, mode, lastSeen, checksDay: String
        let secondsSilent: Int
        let silent, running, outOfService: Bool
        let dataVersion, versionsBehind, refusedVersion: Int?
        let refusedReason: String?
        let checks: [String: Int]

        enum CodingKeys: String, CodingKey {
            case name, mode, silent, running, checks
            case lastSeen = "last_seen", checksDay = "checks_day", secondsSilent = "seconds_silent", outOfService = "out_of_service"
            case dataVersion = "data_version", versionsBehind = "versions_behind", refusedVersion = "refused_version"
            case refusedReason = "refused_reason"
        }

        // Every key present, null where there is nothing, so scripts need not guess.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(mode, forKey: .mode)
            try container.encode(lastSeen, forKey: .lastSeen)
            try container.encode(secondsSilent, forKey: .secondsSilent)
            try container.encode(silent, forKey: .silent)
            try container.encode(running, forKey: .running)
            try container.encode(dataVersion, forKey: .dataVersion)
            try container.encode(versionsBehind, forKey: .versionsBehind)
            try container.encode(refusedVersion, forKey: .refusedVersion)
            try container.encode(refusedReason, forKey: .refusedReason)
            try container.encode(outOfService, forKey: .outOfService)
            try container.encode(checksDay, forKey: .checksDay)
            try container.encode(checks, forKey: .checks)
        }
    }

    /// The refusal reasons are worded in `language` with `catalog`.
    static func encode(_ status: FleetStatus, catalog: Catalog, language: Language) throws -> [UInt8] {
        let time = ISO8601DateFormatter()
        let document = Document(newestVersion: status.newestVersion, instances: status.instances.map { instance in
            let beat = instance.beat
            return Instance(name: beat.name, mode: beat.mode, lastSeen: time.string(from: instance.lastSeen), checksDay: beat.checksDay,
                            secondsSilent: instance.secondsSilent, silent: instance.isSilent, running: beat.running,
                            outOfService: beat.outOfService, dataVersion: beat.dataVersion, versionsBehind: instance.versionsBehind,
                            refusedVersion: beat.refusedVersion, refusedReason: beat.refusedReason(in: language, catalog: catalog), checks: beat.checks)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(document)) + [0x0A]
    }
}

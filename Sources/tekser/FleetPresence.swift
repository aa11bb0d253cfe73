import ArgumentParser
import Foundation
import Synchronization
import TekserCore
import TekserServer
import TekserStore

/// `--instance`: the name a chat, kiosk, desk or trainer goes by in `tekser fleet status`.
struct InstanceOptions: ParsableArguments {
    @Option(name: .customLong("instance"), help: ArgumentHelp(
        "With --server: this Tekser's name in `tekser fleet status` (default: the host name and the mode, e.g. kiosk-7/kiosk).",
        valueName: "name"))
    var name: String?
}

/// This Tekser's place in the fleet: the heartbeat to the team's server (when one is set) and
/// what it reports: the data in use, what was refused, out of service, today's checks.
final class FleetPresence: Sendable {
    private let state: InstanceState
    private let heartbeat: Heartbeat?

    /// Today's checks by verdict: the bot and the desk count into it.
    var tally: CheckTally { state.tally }

    /// Starts beating when `server` is set (a bad URL ends the command with one line).
    init(server setting: String?, instance: InstanceOptions, mode: String, catalog: Catalog, language: Language) throws {
        let name = instance.name.flatMap { $0.isEmpty ? nil : $0 } ?? InstanceBeat.defaultName(mode: mode)
        state = InstanceState(name: name, mode: mode, catalog: catalog, language: language)
        guard let setting else {
            heartbeat = nil
            return
        }
        let server: ServerURL
        do { server = try ServerURL(parsing: setting) } catch { throw JournalLocation.fail(error, catalog: catalog, language: language) }
        let state = state
        heartbeat = Heartbeat(server: server, password: server.password(), interval: Self.interval) { state.beat(at: Date()) }
        heartbeat?.start()
    }

    /// 30 s; `TEKSER_HEARTBEAT_SECONDS` shortens it for end-to-end tests.
    private static var interval: Duration {
        .milliseconds(Int64((Double(ProcessInfo.processInfo.environment["TEKSER_HEARTBEAT_SECONDS"] ?? "") ?? 30) * 1000))
    }

    /// The data this Tekser answers from now; until it is given, it is out of service.
    func serve(_ data: LiveData) { state.live.withLock { $0 = data } }

    /// The last heartbeat (`running` false), then no more.
    func stop() { heartbeat?.stop() }
}

/// What each heartbeat reads, from the heartbeat's thread.
private final class InstanceState: Sendable {
    let tally = CheckTally()
    let live = Mutex<LiveData?>(nil)
    let name: String
    let mode: String
    let catalog: Catalog
    let language: Language

    init(name: String, mode: String, catalog: Catalog, language: Language) {
        self.name = name
        self.mode = mode
        self.catalog = catalog
        self.language = language
    }

    func beat(at date: Date) -> InstanceBeat {
        let live = self.live.withLock { $0 }
        let refusal = live?.lastRefusal.map { event in event.reasons.map { catalog.text($0.message, in: language) }.joined(separator: "; ") }
        let (day, checks) = tally.today(at: date)
        // The published version in use and the last version refused come with `tekser data publish`'s
        // cache; a local folder has none.
        return InstanceBeat(name: name, mode: mode, dataVersion: nil, refusedVersion: nil, refusedReason: refusal,
                            outOfService: live == nil, checksDay: day.description, checks: checks)
    }
}

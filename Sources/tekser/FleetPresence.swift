import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore

/// `--instance`: the name a chat, kiosk, desk or trainer goes by in `tekser fleet status`.
struct InstanceOptions: ParsableArguments {
    @Option(name: .customLong("instance"), help: .text("option.instance", valueName: "name"))
    var name: String?
}

/// This Tekser's place in the fleet: the heartbeat to the team's server (when one is set) and
/// what it reports: the data in use, what was refused, out of service, today's checks.
final class FleetPresence: Sendable {
    private let state: InstanceState
    private let heartbeat: Heartbeat?

    /// Today's checks by verdict: the bot and the desk count into it.
    var tally: CheckTally { state.tally }

    /// Starts beating when `server` is set (a bad URL ends the command with one line); `inUse`
    /// is the data the mode answers from (its `DataSupply`'s).
    init(server setting: String?, instance: InstanceOptions, mode: String, inUse: DataInUse, catalog: Catalog, language: Language) throws {
        let name = instance.name.flatMap { $0.isEmpty ? nil : $0 } ?? InstanceBeat.defaultName(mode: mode)
        state = InstanceState(name: name, mode: mode, inUse: inUse)
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

    /// The last heartbeat (`running` false), then no more.
    func stop() { heartbeat?.stop() }
}

/// What each heartbeat reads, from the heartbeat's thread.
private final class InstanceState: Sendable {
    let tally = CheckTally()
    let inUse: DataInUse
    let name: String
    let mode: String

    init(name: String, mode: String, inUse: DataInUse) {
        self.name = name
        self.mode = mode
        self.inUse = inUse
    }

    func beat(at date: Date) -> InstanceBeat {
        let data = inUse.state
        let (day, checks) = tally.today(at: date)
        return InstanceBeat(name: name, mode: mode, dataVersion: data.version, refusedVersion: data.refusedVersion,
                            refusedReason: InstanceBeat.refusedReason(data.refusalReasons.map(\.message)), outOfService: data.outOfService,
                            checksDay: day.description, checks: checks)
    }
}

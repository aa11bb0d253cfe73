import Dispatch
import Foundation
import Synchronization
import TekserServer
import TekserStore

/// Fleet heartbeats (`TEKSER_BENCH=fleet`, only when asked for): how many beats a server takes
/// per second from four senders (each instance beats every 30 s), how long `fleet status`
/// takes over that many instances, and what one beat costs the instance while the server is
/// away (a refused connection, on the heartbeat's own thread). Its own durable cluster.
enum FleetBench {
    static let instances = 1_000
    static let senders = 4

    static func run() throws {
        print("\nFleet heartbeats on PostgreSQL (a local durable cluster)")
        let cluster = try ServerBench.Cluster()
        defer { cluster.stop() }
        let server = try ServerURL(parsing: cluster.url)
        let links = (0..<senders).map { _ in Heartbeat(server: server, password: server.password()) { beat("unused") } }
        try links[0].send(beat("warm-up"), timeout: .seconds(10))        // makes the schema
        // Only the beats the server took count towards the rate; a failed one is named, not hidden.
        let delivered = Atomic(0)
        let (_, seconds) = Stopwatch.time {
            DispatchQueue.concurrentPerform(iterations: senders) { sender in
                for index in stride(from: sender, to: instances, by: senders) {
                    if (try? links[sender].send(beat("kiosk-\(index)/kiosk"), timeout: .seconds(5))) != nil {
                        delivered.add(1, ordering: .relaxed)
                    }
                }
            }
        }
        let beats = delivered.load(ordering: .relaxed)
        let rate = Double(beats) / seconds
        let failed = instances - beats
        print("  \(Figures.rows(beats)) instances' heartbeats from \(senders) senders in \(Figures.seconds(seconds)): "
            + String(format: "%.0f beats/s, room for about %@ instances beating every 30 s", rate, Figures.rows(Int(rate * 30)))
            + (failed > 0 ? " (\(Figures.rows(failed)) beats failed, not counted)" : ""))
        var listed = 0
        let read = try Stopwatch.median(runs: 5) { listed = try FleetStatus.read(server: server, password: server.password()).instances.count }
        print("  fleet status over \(Figures.rows(listed)) instances: \(Figures.milliseconds(read)) (median of 5)")
        let nowhere = try ServerURL(parsing: "postgresql://tekser@127.0.0.1:1/tekser")
        let away = Heartbeat(server: nowhere, password: nil) { beat("away") }
        let cost = Stopwatch.median(runs: 21) { _ = try? away.send(beat("away/kiosk"), timeout: .seconds(5)) }
        print("  one beat with the server away (connection refused): \(Figures.milliseconds(cost)) on the heartbeat's thread (median of 21)")
    }

    private static func beat(_ name: String) -> InstanceBeat {
        InstanceBeat(name: name, mode: "kiosk", dataVersion: 3, refusedVersion: nil, refusedReason: nil, outOfService: false,
                     checksDay: "2026-12-01", checks: ["licensed": 12, "not_found": 30, "warning_list": 2])
    }
}

import Foundation
import TekserCore
import TekserServer

/// Published registries on PostgreSQL (`TEKSER_BENCH=published`): for the shipped data set and
/// each generated size, the time to publish a version (one transaction with every file's
/// bytes), to pull it into a cache, for a follower's first load (pull, compile, open), and for
/// the running follower to hear of the next version through NOTIFY and have it in use (pull,
/// compile, open, validate, diff against the version in use, index the names, swap).
enum PublishBench {
    static func run(_ folders: BenchFolders) throws {
        print("\nPublished registries on PostgreSQL (a local durable cluster)")
        let cluster = try ServerBench.Cluster()
        defer { cluster.stop() }
        let server = try ServerURL(parsing: cluster.url)
        let store = PublishedStore(server: server, password: server.password())
        defer { store.close() }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-bench-published-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let open: @Sendable (URL) throws(DataLoadError) -> DataSet = { directory throws(DataLoadError) in
            try CompiledData().open(directory: directory)
        }
        let widths = [22, 10, 10, 10, 12, 16]
        print(Figures.row(["data set", "size", "publish", "pull", "first load", "NOTIFY → in use"], widths: widths))
        let shipped = ServerBench.Cluster.root.appendingPathComponent("data", isDirectory: true)
        for (name, folder) in [("shipped data/", shipped)] + folders.sizes.map({ ("\(Figures.rows($0)) rows/source", folders.folder(rows: $0)) }) {
            let data = try open(folder)
            let files = try PublishedFile.files(in: folder)
            let publish = { () throws -> Int in
                guard case .published(let version) = try store.publish(files, sources: data.reports.map(SourceCounts.init), by: "bench/bench",
                                                                        refusals: { newest in
                    newest.map { ReloadValidator.refusals(data, current: $0) } ?? []
                }) else { throw BenchFailure(text: "\(name): publish refused") }
                return version.number
            }
            let (number, published) = try Stopwatch.time(publish)
            let (_, pulled) = try Stopwatch.time {
                try PublishedCache(root: scratch.appendingPathComponent("pull-\(number)")).store(number, files: try store.files(of: number))
            }
            let follower = PublishedData(server: server, password: server.password(),
                                         cache: PublishedCache(root: scratch.appendingPathComponent("follow-\(number)")),
                                         poll: .seconds(600), open: open)
            let (first, started) = try Stopwatch.time { try follower.firstLoad() }
            let live = LiveData(first)
            follower.follow(live, onEvent: { _ in }, onState: { _ in })
            Thread.sleep(forTimeInterval: 1)  // its LISTEN connection made (not timed)
            _ = try publish()
            let deadline = Date().addingTimeInterval(120)
            let (_, heard) = Stopwatch.time {
                while follower.inUse.state.version == number && Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
            }
            follower.stop()
            guard follower.inUse.state.version == number + 1 else { throw BenchFailure(text: "\(name): the next version never came") }
            let bytes = files.reduce(0) { $0 + $1.bytes.count }
            print(Figures.row([name, Figures.megabytes(bytes), Figures.seconds(published), Figures.seconds(pulled), Figures.seconds(started),
                               Figures.seconds(heard)],
                              widths: widths))
        }
    }

    struct BenchFailure: Error, CustomStringConvertible {
        let text: String
        var description: String { text }
    }
}

import Foundation
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// A team journal on a fresh database of the test cluster, with its own key and outbox in a
/// temporary folder: a desk of the team.
struct TeamScratch {
    static let fixture = try! Fixture()
    static let checker = Checker(data: try! fixture.load())

    let folder: URL
    let url: String
    let server: ServerURL

    /// A new database on the suite's cluster, or on `cluster` when the test stops its server.
    init(cluster: OwnCluster? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-team-\(UUID().uuidString)")
        url = try cluster.map { $0.url } ?? TestServer.freshDatabase()
        server = try ServerURL(parsing: url)
    }

    var keyURL: URL { folder.appendingPathComponent("team.key") }

    /// A team on a cluster of the test's own, which the test may stop and start.
    static func onOwnCluster(_ body: (OwnCluster, TeamScratch) throws -> Void) throws {
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let team = try TeamScratch(cluster: cluster)
        defer { team.remove() }
        try body(cluster, team)
    }

    /// The same, with the team's first desk open.
    static func onOwnCluster(_ body: (OwnCluster, TeamScratch, TeamJournal) throws -> Void) throws {
        try onOwnCluster { cluster, team in
            let journal = try team.open()
            defer { try? journal.close() }
            try body(cluster, team, journal)
        }
    }

    /// A desk of the team: `desk` names its outbox, so two desks are two machines.
    func open(desk: String = "desk", key: URL? = nil, directTimeout: Duration = .seconds(2)) throws -> TeamJournal {
        try TeamJournal.open(server: server, keyURL: key ?? keyURL, outboxURL: folder.appendingPathComponent("\(desk)/outbox.sqlite"),
                             password: server.password(), directTimeout: directTimeout)
    }

    static func inquiry(_ typed: String, operator name: String = "Айгерім", note: String = "") -> NewInquiry {
        NewInquiry(result: checker.check(typed), typed: typed, operator: name, channel: .phone, note: note)
    }

    /// Rows on the server, counted by `psql`, not by the code under test.
    func serverRows(_ sql: String = "SELECT count(*) FROM tekser.inquiry") throws -> String {
        try TestServer.psql(url, sql)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

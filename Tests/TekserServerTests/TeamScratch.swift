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

import Foundation
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// Heartbeats on the real server and the fleet read back from it: who is there, on which
/// version, how far behind, and who fell silent (measured to an injected "now").
@Suite(.enabled(if: TestServer.shouldRun), .serialized) struct FleetTests {
    static func beat(_ name: String, version: Int? = nil, checks: [String: Int] = [:], outOfService: Bool = false) -> InstanceBeat {
        InstanceBeat(name: name, mode: "kiosk", dataVersion: version, refusedVersion: version.map { $0 + 2 },
                     refusedReason: version == nil ? nil : "warning: 31% of rows rejected", outOfService: outOfService,
                     checksDay: "2026-12-01", checks: checks)
    }

    /// Waits (without timing anything) until the server lists `name`.
    static func waitFor(_ name: String, on server: ServerURL, running: Bool = true) throws -> FleetInstance? {
        for _ in 0..<200 {
            if let found = try FleetStatus.read(server: server, password: server.password()).instances.first(where: { $0.beat.name == name }),
               found.beat.running == running { return found }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @Test func aRunningHeartbeatAppearsAtOnceAndItsLastBeatSaysItStopped() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        try team.open().close()  // the schema, made by a desk's journal (a beat makes none)
        let heartbeat = Heartbeat(server: team.server, password: team.server.password()) {
            Self.beat("kiosk-7/kiosk", checks: ["licensed": 2, "criminal_case": 1])
        }
        heartbeat.start()
        let seen = try #require(try Self.waitFor("kiosk-7/kiosk", on: team.server))
        #expect(seen.beat == Self.beat("kiosk-7/kiosk", checks: ["licensed": 2, "criminal_case": 1]))
        #expect(!seen.isSilent && seen.versionsBehind == nil)
        heartbeat.stop()
        let stopped = try #require(try Self.waitFor("kiosk-7/kiosk", on: team.server, running: false))
        // Cleanly stopped is not silent, however long ago.
        let later = try FleetStatus.read(server: team.server, password: team.server.password(), now: stopped.lastSeen + 3600)
        #expect(later.instances.map(\.isSilent) == [false])
        // No column could hold an identifier or a person: counts and states only.
        #expect(try team.serverRows("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns "
            + "WHERE table_schema = 'tekser' AND table_name = 'instance'")
            == "name,mode,data_version,refused_version,refused_reason,out_of_service,running,checks_day,checks,last_seen")
    }

    @Test func anInstanceSilentForOverTwoMinutesIsFlaggedAndVersionsBehindAreCounted() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        try team.open().close()  // the schema, made by a desk's journal (a beat makes none)
        let link = Heartbeat(server: team.server, password: team.server.password()) { Self.beat("unused") }
        try link.send(Self.beat("cnap-almaty/kiosk", version: 1), timeout: .seconds(5))
        try link.send(Self.beat("cnap-astana/kiosk", version: 3, outOfService: true), timeout: .seconds(5))
        _ = try team.serverRows("INSERT INTO tekser.data_version (version, published_by, sources) VALUES (1, 'a', '[]'), (2, 'a', '[]'), (3, 'a', '[]')")
        let now = try FleetStatus.read(server: team.server, password: team.server.password())
        #expect(now.newestVersion == 3)
        #expect(now.instances.map(\.beat.name) == ["cnap-almaty/kiosk", "cnap-astana/kiosk"])
        #expect(now.instances.map(\.versionsBehind) == [2, 0])
        #expect(now.instances.map(\.isSilent) == [false, false])
        #expect(now.instances.map(\.beat.outOfService) == [false, true])
        let seen = now.instances[0].lastSeen
        let justUnder = try FleetStatus.read(server: team.server, password: team.server.password(), now: seen + 119)
        #expect(justUnder.instances.map(\.isSilent) == [false, false])
        // The first one beats again; the second stays silent past two minutes.
        try link.send(Self.beat("cnap-almaty/kiosk", version: 3), timeout: .seconds(5))
        let after = try FleetStatus.read(server: team.server, password: team.server.password(), now: now.instances[1].lastSeen + 121)
        #expect(after.instances.map(\.isSilent) == [false, true])
        #expect(after.instances.map(\.versionsBehind) == [0, 0])
        #expect(after.instances[1].secondsSilent >= 121)
    }

    @Test func aBeatingInstanceKeepsNoConnectionOpenBetweenBeats() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        try team.open().close()  // the schema, made by a desk's journal (a beat makes none)
        let heartbeat = Heartbeat(server: team.server, password: team.server.password()) { Self.beat("cnap-almaty/kiosk") }
        heartbeat.start()
        defer { heartbeat.stop() }
        try waitUntil("the first beat") { (try? team.serverRows("SELECT count(*) FROM tekser.instance")) == "1" }
        try waitUntil("its connection closed") {
            (try? team.serverRows("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) == "0"
        }
    }

    @Test func aRoleWithoutCreateCanBeatAndReadTheFleet() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        #expect(try FleetStatus.read(server: team.server, password: team.server.password()).instances.isEmpty)
        try team.open().close()
        let role = "kiosk_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try team.serverRows("""
            CREATE ROLE \(role) LOGIN PASSWORD 'kiosk'; REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA tekser TO \(role);
            GRANT SELECT ON ALL TABLES IN SCHEMA tekser TO \(role); GRANT INSERT, UPDATE ON tekser.instance TO \(role)
            """)
        let kiosk = try ServerURL(parsing: team.url.replacingOccurrences(of: #"://[^@]*@"#, with: "://\(role)@", options: .regularExpression))
        #expect(kiosk.user == role)
        try Heartbeat(server: kiosk, password: "kiosk") { Self.beat("unused") }.send(Self.beat("cnap-almaty/kiosk"), timeout: .seconds(5))
        #expect(try FleetStatus.read(server: kiosk, password: "kiosk").instances.map(\.beat.name) == ["cnap-almaty/kiosk"])
    }

    @Test func aServerThatIsAwayCostsOneRefusedBeat() throws {
        let server = try ServerURL(parsing: "postgresql://tekser@127.0.0.1:1/tekser")
        let heartbeat = Heartbeat(server: server, password: nil) { Self.beat("lost/kiosk") }
        #expect(throws: JournalError.self) { try heartbeat.send(Self.beat("lost/kiosk"), timeout: .seconds(5)) }
        // Started and stopped against it, nothing fails, and stop does not wait out the beat's
        // deadline: it returns well within a generous bound.
        heartbeat.start()
        let stopping = ContinuousClock.now
        heartbeat.stop()
        #expect(ContinuousClock.now - stopping < .seconds(2))
    }

    @Test func theTeamSearchFindsEveryOperatorsInquiriesByMaskedIdentifiers() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let aigerim = try team.open(desk: "a")
        defer { try? aigerim.close() }
        let baurzhan = try team.open(desk: "b")
        defer { try? baurzhan.close() }
        try aigerim.record(TeamScratch.inquiry(Fixture.bank))
        try baurzhan.record(TeamScratch.inquiry(Fixture.investClub, operator: "Baurzhan", note: "Instagram"))
        try baurzhan.record(TeamScratch.inquiry("ИИН " + Fixture.personIIN, operator: "Baurzhan"))
        #expect(try aigerim.search("2107", limit: 10).map(\.operatorName) == ["Baurzhan"])
        #expect(try aigerim.search("instagram", limit: 10).map(\.typed) == [Fixture.investClub])
        // A whole IIN typed finds the inquiry that keeps it masked; the answer holds it masked only.
        let person = try aigerim.search(Fixture.personIIN, limit: 10)
        #expect(person.map(\.identifier) == [Fixture.maskedPersonIIN])
        #expect(!person.contains { "\($0.typed)\($0.identifier ?? "")".contains(Fixture.personIIN) })
        #expect(try aigerim.search("", limit: 2).count == 2)
        // Another person whose IIN ends in the same 4 digits is not found by a whole IIN typed.
        let twin = try #require((10...28).lazy.map { Fixture.validIIN("8503\($0)300") }
            .first { $0 != Fixture.personIIN && $0.suffix(4) == Fixture.personIIN.suffix(4) && (try? IdentifierParser.parse($0).get()) != nil })
        try baurzhan.record(TeamScratch.inquiry(twin, operator: "Baurzhan"))
        #expect(try aigerim.search(Fixture.personIIN, limit: 10).count == 1)
        #expect(try aigerim.search(twin, limit: 10).count == 1)
    }

    @Test func theTeamSearchFailsAtOnceWhileTheServerIsAway() throws {
        try TeamScratch.onOwnCluster { cluster, _, journal in
            try cluster.halt()
            try journal.record(TeamScratch.inquiry(Fixture.bank))       // finds the server away
            let asked = ContinuousClock.now
            #expect {
                try journal.search(Fixture.bank, limit: 10)
            } throws: { error in
                if case .serverUnreachable? = error as? JournalError { return true }
                return false
            }
            // At once: not after waiting out the search's deadline.
            #expect(ContinuousClock.now - asked < TeamJournal.searchTimeout / 2)
        }
    }

    /// "Checks today" counts only a beat of today: a kiosk stopped yesterday counted none today.
    @Test func checksOfAnotherDayAreNoneToday() throws {
        let beat = Self.beat("kiosk-7/kiosk", checks: ["licensed": 2, "criminal_case": 1])
        #expect(beat.checks(on: try #require(CalendarDate(parsing: "2026-12-01"))) == 3)
        #expect(beat.checks(on: try #require(CalendarDate(parsing: "2026-12-02"))) == 0)
    }

    /// A refusal travels as its key and arguments and is worded by whoever reads the fleet; a
    /// beat from an older Tekser, which sent words, is shown as it came.
    @Test func refusalReasonsAreWordedInTheViewersLanguage() throws {
        let catalog = try Catalog.bundled()
        let reason = RefusalReason.rowsRejected(source: "warning", count: 3).message
        var beat = Self.beat("kiosk-7/kiosk", version: 3)
        beat.refusedReason = InstanceBeat.refusedReason([reason, reason])
        let english = catalog.text(reason, in: .en)
        #expect(beat.refusedReason(in: .en, catalog: catalog) == english + "; " + english)
        #expect(beat.refusedReason(in: .kk, catalog: catalog) == catalog.text(reason, in: .kk) + "; " + catalog.text(reason, in: .kk))
        #expect(english != catalog.text(reason, in: .kk))
        #expect(Self.beat("old/kiosk", version: 3).refusedReason(in: .en, catalog: catalog) == "warning: 31% of rows rejected")
        #expect(InstanceBeat.refusedReason([]) == nil)
    }
}

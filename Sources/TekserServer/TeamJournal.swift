import Foundation
import PostgresNIO
import Synchronization
import TekserCore
import TekserStore

/// The help desk team's journal on PostgreSQL, with this machine's outbox for when the server
/// is away: the same records and privacy as the SQLite journal, shared by every desk and batch.
///
/// `record` writes straight to the server when nothing waits in the outbox and the server
/// answers within `directTimeout` (2 s); otherwise the inquiry is committed to the outbox and
/// the answer is shown as usual, while the sender delivers the outbox in order. An inquiry in
/// the outbox is numbered `-seq` until it reaches the server.
public final class TeamJournal: InquiryJournal {
    public let server: ServerURL
    let link: ServerLink
    let outbox: Outbox
    let sender: OutboxSender
    let key: IdentifierKey
    let timeZone: TimeZone
    /// The longest an inquiry waits for the server before it goes to the outbox.
    let directTimeout: Duration
    /// The UUIDs behind the numbers handed out, so a note can follow its inquiry anywhere.
    private let uuids = Mutex<[Int64: UUID]>([:])

    /// Connects, brings the schema up to date, checks the team key (`keyURL`, made only for a
    /// new team journal) and starts delivering what the outbox holds for this server.
    ///
    /// A server that cannot be reached is no reason to stop a desk that has worked with it
    /// before: when this machine holds the team key already, the journal opens on the outbox
    /// alone and the sender prepares the schema and checks the key once the server answers.
    /// Without the key (a first start, or the key not copied yet) it refuses, since inquiries
    /// hashed under a key of their own could never be counted with the team's.
    /// Any failure is one `JournalError` naming the server and what to do.
    public static func open(
        server: ServerURL, keyURL: URL, outboxURL: URL, password: String?, timeZone: TimeZone = .current,
        directTimeout: Duration = .seconds(2)
    ) throws(JournalError) -> TeamJournal {
        let link = ServerLink(server: server, password: password)
        let name = server.description
        let key: IdentifierKey
        var preparation: OutboxSender.Preparation?
        var away: JournalError?
        do {
            key = try link.run(timeout: .seconds(5)) { db, logger in
                try await TeamSchema.prepare(on: db, logger: logger, keyURL: keyURL, server: name)
            }
        } catch .serverUnreachable(let server, let reason) {
            guard FileManager.default.fileExists(atPath: keyURL.path) else { throw .serverUnreachable(server: server, reason: reason) }
            key = try IdentifierKey.load(at: keyURL)
            let fingerprint = key.fingerprint
            away = .serverUnreachable(server: server, reason: reason)
            preparation = { db, logger in
                let checked = try await TeamSchema.prepare(on: db, logger: logger, keyURL: keyURL, server: name)
                guard checked.fingerprint == fingerprint else { throw JournalError.keyMismatch(path: keyURL.path) }
            }
        }
        let outbox = try Outbox(at: outboxURL)
        let journal = TeamJournal(server: server, link: link, outbox: outbox, key: key, timeZone: timeZone,
                                  directTimeout: directTimeout, password: password, preparation: preparation, away: away)
        journal.sender.start()
        return journal
    }

    private init(server: ServerURL, link: ServerLink, outbox: Outbox, key: IdentifierKey, timeZone: TimeZone,
                 directTimeout: Duration, password: String?, preparation: OutboxSender.Preparation?, away: JournalError?) {
        self.server = server
        self.link = link
        self.outbox = outbox
        self.key = key
        self.timeZone = timeZone
        self.directTimeout = directTimeout
        // Its own connection, so that a delivery never queues behind the desk's reads.
        sender = OutboxSender(outbox: outbox, link: ServerLink(server: server, password: password), preparation: preparation,
                              awayBecause: away)
    }

    /// Whether the server answers now (the last delivery, or the last direct write, reached it).
    public var isAway: Bool { sender.isAway }

    public var location: String { server.description }

    public var clock: ClockTime { ClockTime(timeZone: timeZone) }

    /// `$XDG_DATA_HOME/tekser/outbox.sqlite`, else `~/.local/share/tekser/outbox.sqlite`: one per
    /// user and machine, shared by every server it talks to (each entry names its server).
    public static func defaultOutboxURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        Outbox.defaultURL(environment: environment)
    }

    /// Where inquiries wait while the server is away.
    public var outboxPath: String { outbox.url.path }

    public var waiting: Int { (try? outbox.count(for: location)) ?? 0 }

    /// Entries the server refused for good, kept aside in the outbox (`journal verify` lists them).
    public var setAside: Int { (try? outbox.setAside(for: location).count) ?? 0 }

    /// Why the server, though it answers, takes nothing from this machine (a team key that does
    /// not match, a newer schema), found once it came back; `nil` while it takes what is sent.
    public var serverProblem: JournalError? { sender.problem }

    /// Lines for the end of a run: why the server takes nothing from this machine, and how many
    /// of its entries the server refused for good; empty when neither.
    public func deliveryNotices(_ catalog: Catalog, in language: Language) -> [String] {
        var notices = serverProblem.map { [catalog.text($0.message, in: language)] } ?? []
        let count = setAside
        if count > 0 {
            notices.append(catalog.text("server.setAside", ["count": .number(count), "server": .text(location), "path": .text(outboxPath)],
                                        in: language))
        }
        return notices
    }

    @discardableResult
    public func record(_ inquiry: NewInquiry) throws(JournalError) -> Inquiry {
        let stored = StoredInquiry(inquiry, key: key, timeZone: timeZone)
        let uuid = stored.uuid
        let written = try write(.insert(stored)) { db, logger -> Int64? in
            // Inserted now, or there already (the same inquiry recorded twice): its number either way.
            if let id = try await TeamQueries.insert([stored], on: db, logger: logger)[uuid] { return id }
            var existing: Int64?
            for try await (id,) in try await db.query("SELECT id FROM tekser.inquiry WHERE uuid = \(uuid)", logger: logger)
                .decode((Int64,).self) { existing = id }
            return existing
        }
        switch written {
        case .server(let id?): return try readable(stored, id: id)
        case .server(nil): return try kept(stored, seq: try outbox.append(.insert(stored), server: location))
        case .outbox(let seq): return try kept(stored, seq: seq)
        }
    }

    /// An inquiry kept on this machine (waiting in the outbox, or set aside), numbered `-seq`.
    private func kept(_ stored: StoredInquiry, seq: Int64) throws(JournalError) -> Inquiry {
        sender.wake()
        uuids.withLock { $0[-seq] = stored.uuid }
        return try readable(stored, id: -seq)
    }

    public func update(note: String?, channel: TekserCore.Channel?, for id: InquiryID) throws(JournalError) {
        let masked = note.map(PersonalData.masked)
        guard let uuid = try uuid(of: id) else { throw .noSuchInquiry(id) }
        let change = Outbox.Change.update(uuid: uuid, note: masked, channel: channel?.rawValue)
        let found = try write(change) { db, logger in
            try await TeamQueries.update(uuid: uuid, note: masked, channel: channel?.rawValue, on: db, logger: logger)
        }
        guard case .server(false) = found else { return }
        // Its inquiry was refused and set aside: the change goes with it, never lost.
        guard try outbox.isAside(inquiry: uuid) else { throw .noSuchInquiry(id) }
        try outbox.setAside(change, server: location, reason: OutboxSender.noInquiryReason(uuid))
    }

    /// Where a write went: the server's answer, or its place in the outbox (below zero once numbered).
    enum Written<T> {
        case server(T)
        case outbox(seq: Int64)
    }

    /// Writes `change`: straight to the server by `body` when it is there, the outbox is empty
    /// (so nothing overtakes what waits) and it answers in time; else committed to the outbox
    /// for the sender. A change the server refuses for good (a row breaking a rule of its
    /// schema) is set aside in the outbox with the server's reason, as the sender does, so it
    /// is never lost and `journal verify` names it. Other refusals (a wrong key) are thrown.
    func write<T: Sendable>(
        _ change: Outbox.Change, direct body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) throws(JournalError) -> Written<T> {
        if !sender.isAway, try outbox.count(for: location) == 0 {
            do {
                return .server(try link.run(timeout: directTimeout, body))
            } catch .serverUnreachable(let server, let reason) {
                sender.failed(.serverUnreachable(server: server, reason: reason))
            } catch .serverRejected(_, let detail) {
                return .outbox(seq: try outbox.setAside(change, server: location, reason: detail))
            }
        }
        let seq = try outbox.append(change, server: location)
        sender.wake()
        return .outbox(seq: seq)
    }

    private func uuid(of id: InquiryID) throws(JournalError) -> UUID? {
        if let known = knownUUID(id) { return known }
        if id.rawValue < 0 { return try outbox.inquiry(seq: -id.rawValue)?.uuid }
        return try inquiry(id: id)?.uuid
    }

    func readable(_ stored: StoredInquiry, id: Int64) throws(JournalError) -> Inquiry {
        guard let inquiry = stored.inquiry(id: InquiryID(id)) else {
            throw .serverUnreadable(server: location, kind: "inquiry", id: stored.uuid.uuidString)
        }
        uuids.withLock { $0[id] = stored.uuid }
        return inquiry
    }

    /// The UUID behind a number this journal handed out or read.
    func knownUUID(_ id: InquiryID) -> UUID? { uuids.withLock { $0[id.rawValue] } }

    /// Waits until every entry this process put in the outbox is delivered, or `timeout` passes;
    /// returns how many of them still wait.
    public func waitForDelivery(timeout: Duration) -> Int {
        let deadline = ContinuousClock.now + timeout
        while true {
            let left = waiting
            if left == 0 || ContinuousClock.now >= deadline { return left }
            sender.wake()
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Stops the sender (what it has not delivered stays in the outbox for the next run).
    public func close() throws {
        sender.stop()
        link.drop()
    }
}

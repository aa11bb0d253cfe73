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
        do {
            key = try link.run(timeout: .seconds(5)) { db, logger in
                try await TeamSchema.prepare(on: db, logger: logger, keyURL: keyURL, server: name)
            }
        } catch .serverUnreachable(let server, let reason) {
            guard FileManager.default.fileExists(atPath: keyURL.path) else { throw .serverUnreachable(server: server, reason: reason) }
            key = try IdentifierKey.load(at: keyURL)
            let fingerprint = key.fingerprint
            preparation = { db, logger in
                let checked = try await TeamSchema.prepare(on: db, logger: logger, keyURL: keyURL, server: name)
                guard checked.fingerprint == fingerprint else { throw JournalError.keyMismatch(path: keyURL.path) }
            }
        }
        let outbox = try Outbox(at: outboxURL)
        let journal = TeamJournal(server: server, link: link, outbox: outbox, key: key, timeZone: timeZone,
                                  directTimeout: directTimeout, password: password, preparation: preparation)
        journal.sender.start()
        return journal
    }

    private init(server: ServerURL, link: ServerLink, outbox: Outbox, key: IdentifierKey, timeZone: TimeZone,
                 directTimeout: Duration, password: String?, preparation: OutboxSender.Preparation?) {
        self.server = server
        self.link = link
        self.outbox = outbox
        self.key = key
        self.timeZone = timeZone
        self.directTimeout = directTimeout
        // Its own connection, so that a delivery never queues behind the desk's reads.
        sender = OutboxSender(outbox: outbox, link: ServerLink(server: server, password: password), preparation: preparation)
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

    /// One line for the end of a run when the server refused some of this machine's entries; `nil` when it refused none.
    public func setAsideNotice(_ catalog: Catalog, in language: Language) -> String? {
        let count = setAside
        guard count > 0 else { return nil }
        return catalog.text("server.setAside", ["count": .number(count), "server": .text(location), "path": .text(outboxPath)], in: language)
    }

    @discardableResult
    public func record(_ inquiry: NewInquiry) throws(JournalError) -> Inquiry {
        let stored = StoredInquiry(inquiry, key: key, timeZone: timeZone)
        let uuid = stored.uuid
        let inserted = try direct { db, logger -> Int64? in
            // Inserted now, or there already (the same inquiry recorded twice): its number either way.
            if let id = try await TeamQueries.insert([stored], on: db, logger: logger)[uuid] { return id }
            var existing: Int64?
            for try await (id,) in try await db.query("SELECT id FROM tekser.inquiry WHERE uuid = \(uuid)", logger: logger)
                .decode((Int64,).self) { existing = id }
            return existing
        }
        if let inserted, let id = inserted { return try readable(stored, id: id) }
        let seq = try outbox.append(.insert(stored), server: location)
        sender.wake()
        uuids.withLock { $0[-seq] = stored.uuid }
        return try readable(stored, id: -seq)
    }

    public func update(note: String?, channel: TekserCore.Channel?, for id: InquiryID) throws(JournalError) {
        let masked = note.map(PersonalData.masked)
        guard let uuid = try uuid(of: id) else { throw .noSuchInquiry(id) }
        let found = try direct { db, logger in
            try await TeamQueries.update(uuid: uuid, note: masked, channel: channel?.rawValue, on: db, logger: logger)
        }
        switch found {
        case true?: return
        case false?: throw .noSuchInquiry(id)
        case nil:
            try outbox.append(.update(uuid: uuid, note: masked, channel: channel?.rawValue), server: location)
            sender.wake()
        }
    }

    /// Runs a write on the server when it is there, the outbox is empty (so nothing overtakes
    /// what waits) and it answers in time; `nil` when the change must go to the outbox instead.
    /// A refusal that waiting would not cure (a wrong key, a broken row) is thrown.
    func direct<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) throws(JournalError) -> T? {
        guard !sender.isAway, try outbox.count(for: location) == 0 else { return nil }
        do {
            return try link.run(timeout: directTimeout, body)
        } catch .serverUnreachable {
            sender.isAway = true
            return nil
        }
    }

    private func uuid(of id: InquiryID) throws(JournalError) -> UUID? {
        if let known = knownUUID(id) { return known }
        if id.rawValue < 0 { return try outbox.inquiry(seq: -id.rawValue)?.uuid }
        return try inquiry(id: id)?.uuid
    }

    func readable(_ stored: StoredInquiry, id: Int64) throws(JournalError) -> Inquiry {
        guard let inquiry = stored.inquiry(id: InquiryID(id)) else {
            throw .serverFailed(server: location, detail: "unknown code in inquiry \(stored.uuid)")
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

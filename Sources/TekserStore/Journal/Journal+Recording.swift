import Foundation
import GRDB
import TekserCore

extension Journal {
    /// Records one inquiry in its own transaction and returns it as stored, only once it is on
    /// disk, so the caller may give the answer knowing it is journaled. IINs are masked and hashed here.
    @discardableResult
    public func record(_ inquiry: NewInquiry) throws(JournalError) -> Inquiry {
        let stored = StoredInquiry(inquiry, key: key, timeZone: timeZone)
        let id = try access(write: true) { db in
            try db.execute(sql: """
                INSERT INTO inquiry (uuid, recorded_at, local_time, operator, channel, typed, normalised, identifier_kind,
                                     identifier, subject_key, verdict, problem, name, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    stored.uuid.uuidString.lowercased(), stored.recordedAt, stored.localTime, stored.operatorName, stored.channel,
                    stored.typed, stored.normalised, stored.identifierKind, stored.identifier, stored.subjectKey,
                    stored.verdict, stored.problem, stored.name, stored.note,
                ])
            let id = db.lastInsertedRowID
            for (position, source) in stored.sources.enumerated() {
                try db.execute(sql: """
                    INSERT INTO inquiry_source (inquiry_id, position, source, kind, publisher, as_of) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id, position, source.source, source.kind, source.publisher, source.asOf])
            }
            return InquiryID(id)
        }
        guard let recorded = stored.inquiry(id: id) else { throw .failed(path: url.path, detail: "unknown code in inquiry \(id)") }
        return recorded
    }

    /// Changes what the operator may still correct after answering: the note (IINs in it are
    /// masked) and the channel. `nil` leaves a field as it was.
    public func update(note: String? = nil, channel: Channel? = nil, for id: InquiryID) throws(JournalError) {
        try access(write: true) { db in
            try db.execute(sql: """
                UPDATE inquiry SET note = coalesce(?, note), channel = coalesce(?, channel) WHERE id = ?
                """, arguments: [note.map(PersonalData.masked), channel?.rawValue, id.rawValue])
            if db.changesCount == 0 { throw JournalError.noSuchInquiry(id) }
        }
    }

    /// How many times the journal has seen this link or handle, normalised.
    public func count(of link: Link) throws(JournalError) -> Int {
        try access { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM inquiry WHERE subject_key = ?", arguments: [StoredInquiry.subjectKey(link)]) ?? 0
        }
    }

    public func subjectKey(for identifier: Identifier) -> String {
        key.subjectKey(for: identifier)
    }

    /// How many times the journal has seen this BIN or person (by keyed hash), for the desk to
    /// say "asked about before".
    public func count(of identifier: Identifier) throws(JournalError) -> Int {
        try access { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM inquiry WHERE subject_key = ?", arguments: [key.subjectKey(for: identifier)]) ?? 0
        }
    }
}

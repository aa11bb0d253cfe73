import Foundation
import GRDB
import TekserCore

extension Journal {
    /// Records one inquiry in its own transaction and returns only once it is on disk, so the
    /// caller may give the answer knowing it is journaled. IINs are masked and hashed here.
    @discardableResult
    public func record(_ inquiry: NewInquiry) throws(JournalError) -> InquiryID {
        let identifier = inquiry.identifier
        let normalised = identifier.map(\.masked) ?? inquiry.link.map { PersonalData.masked($0.description) }
            ?? PersonalData.masked(IdentifierParser.normalise(inquiry.typed))
        let subjectKey = identifier.map(key.subjectKey) ?? inquiry.link.map(Self.subjectKey)
        let localTime = ClockTime(timeZone: timeZone).dateTime(inquiry.at)
        return try access(write: true) { db in
            try db.execute(sql: """
                INSERT INTO inquiry (recorded_at, local_time, operator, channel, typed, normalised, identifier_kind,
                                     identifier, subject_key, verdict, problem, name, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    Int64((inquiry.at.timeIntervalSince1970 * 1000).rounded()), localTime, inquiry.operatorName,
                    inquiry.channel.rawValue, PersonalData.masked(inquiry.typed), normalised, identifier?.kind.rawValue,
                    identifier?.masked, subjectKey, inquiry.verdict.code, inquiry.problem?.code ?? inquiry.linkProblem?.code,
                    inquiry.name, PersonalData.masked(inquiry.note),
                ])
            let id = db.lastInsertedRowID
            for (position, source) in inquiry.sources.enumerated() {
                try db.execute(sql: """
                    INSERT INTO inquiry_source (inquiry_id, position, source, kind, publisher, as_of) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id, position, source.source, source.kind.rawValue, source.publisher.rawValue, source.asOf.description])
            }
            return InquiryID(id)
        }
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
            try Int.fetchOne(db, sql: "SELECT count(*) FROM inquiry WHERE subject_key = ?", arguments: [Self.subjectKey(link)]) ?? 0
        }
    }

    /// A link's key among subjects: `link:` and its canonical form, never mistaken for a BIN or an IIN's hash.
    static func subjectKey(_ link: Link) -> String { "link:" + PersonalData.masked(link.description) }

    /// How many times the journal has seen this BIN or person (by keyed hash), for the desk to
    /// say "asked about before".
    public func count(of identifier: Identifier) throws(JournalError) -> Int {
        try access { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM inquiry WHERE subject_key = ?", arguments: [key.subjectKey(for: identifier)]) ?? 0
        }
    }
}

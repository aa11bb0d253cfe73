import Foundation
import TekserCore

/// What the desk and the command line need of a journal, whichever keeps it: the SQLite file
/// of one desk (`Journal`) or the team's server with its local outbox (`TeamJournal`).
///
/// `record` returns only once the inquiry is safe (committed to the file, to the server, or to
/// the outbox that delivers it later), so the caller may show the answer.
public protocol InquiryJournal: Sendable {
    /// Where the journal is, for messages: a path, or the server's URL without its password.
    var location: String { get }
    /// The desk's clock, on which the journal's local times are written.
    var clock: ClockTime { get }
    /// Records one inquiry, masked and hashed; returns it as stored, with its number.
    @discardableResult
    func record(_ inquiry: NewInquiry) throws(JournalError) -> Inquiry
    /// Changes the note (IINs masked) or the channel; `nil` leaves a field as it was.
    func update(note: String?, channel: Channel?, for id: InquiryID) throws(JournalError)
    /// One inquiry by its number, or `nil` when there is none.
    func inquiry(id: InquiryID) throws(JournalError) -> Inquiry?
    /// The inquiries the filter selects, oldest first.
    func inquiries(filter: InquiryFilter) throws(JournalError) -> [Inquiry]
    /// How many inquiries the filter selects (`latest` is ignored).
    func count(filter: InquiryFilter) throws(JournalError) -> Int
    /// The key this journal files `identifier` under (an IIN by its keyed hash), so a person's
    /// past inquiries can be found again from the registries without the journal keeping the number.
    func subjectKey(for identifier: Identifier) -> String
    /// How many times the journal has seen this BIN or person (by keyed hash).
    func count(of identifier: Identifier) throws(JournalError) -> Int
    /// How many times the journal has seen this link or handle, normalised.
    func count(of link: Link) throws(JournalError) -> Int
    /// Counts over the inquiries the filter selects; `top` subjects at most.
    func stats(filter: InquiryFilter, top: Int) throws(JournalError) -> JournalStats
    /// A full consistency check: empty when the journal is sound, else what is wrong.
    func integrityProblems() throws(JournalError) -> [Message]
    /// Inquiries kept locally that the journal has not taken yet (always 0 for a local file).
    var waiting: Int { get }
    /// Finishes what can be finished (delivering, folding the WAL in) and closes.
    func close() throws
}

extension Journal: InquiryJournal {
    public var location: String { url.path }
    /// A local file takes every inquiry at once or refuses it: nothing waits.
    public var waiting: Int { 0 }
}

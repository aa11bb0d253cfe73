import Foundation
import TekserCore

/// One inquiry of the shift as the desk shows it: what the journal keeps (identifiers already
/// masked) plus, when it can be had, the full check result for the evidence panel.
public struct DeskEntry: Sendable {
    public let id: Int64
    /// `HH:MM` on the desk's clock.
    public let time: String
    public let operatorName: String
    /// The identifier (an IIN masked), or what was typed when it was no identifier.
    public let shown: String
    /// The verdict; nil when the input was no identifier.
    public let verdict: VerdictKind?
    public var channel: Channel
    public var note: String
    /// How many inquiries in the journal, this one included, were about the same subject.
    public let timesAsked: Int
    /// The check behind the answer, on the data in use; nil for an old inquiry that cannot be
    /// checked again (a masked IIN).
    public internal(set) var result: CheckResult?
    /// False while the journal refuses it: the desk keeps it in memory and writes it when it can.
    public let isSaved: Bool
    /// The inquiry's own mark, the same on this machine and on the server: an inquiry kept
    /// for the server while it was away has a number of its own here and another one there.
    public let uuid: UUID?

    public init(id: Int64, time: String, operatorName: String, shown: String, verdict: VerdictKind?,
                channel: Channel, note: String, timesAsked: Int = 1, result: CheckResult?, isSaved: Bool = true, uuid: UUID? = nil) {
        self.id = id
        self.uuid = uuid
        self.time = time
        self.operatorName = operatorName
        self.shown = shown
        self.verdict = verdict
        self.channel = channel
        self.note = note
        self.timesAsked = timesAsked
        self.result = result
        self.isSaved = isSaved
    }

    /// The verdict the data in use gives, when it is not the one the caller was given: someone to call back.
    public var verdictNow: VerdictKind? {
        guard let now = result?.kind, let verdict, now != verdict else { return nil }
        return now
    }
}

/// The shift journal as the desk needs it. The command line adapts `TekserStore.Journal` to it;
/// tests use an in-memory one. `record` must return only once the inquiry is committed.
public protocol DeskJournal: AnyObject {
    /// Records one answered inquiry and returns it as stored.
    func record(_ result: CheckResult, typed: String, channel: Channel, at: Date) throws -> DeskEntry
    /// Saves a corrected note or channel (nil leaves a field as it was) and returns the note as
    /// stored, so the screen shows what the journal keeps (an IIN in a note masked).
    func update(note: String?, channel: Channel?, for id: Int64) throws -> String
    /// The most recent inquiries, latest first.
    func recent(limit: Int) throws -> [DeskEntry]
    /// Inquiries committed locally that wait for the team's server (the status line counts them).
    var waiting: Int { get }
    /// Why the team's server, though it answers, takes nothing from this desk (the status line says it).
    var serverProblem: Message? { get }
    /// Whether F3 also searches the team's inquiries (a journal on the team's server).
    var searchesTeam: Bool { get }
    /// The team's inquiries containing `text`, every operator's, latest first (identifiers
    /// masked); throws when the server cannot answer.
    func searchTeam(_ text: String, limit: Int) throws -> [DeskEntry]
}

extension DeskJournal {
    /// A journal without a server never keeps anyone waiting.
    public var waiting: Int { 0 }
    public var serverProblem: Message? { nil }
    /// A journal of one desk has no team to search.
    public var searchesTeam: Bool { false }
    public func searchTeam(_ text: String, limit: Int) throws -> [DeskEntry] { [] }
}

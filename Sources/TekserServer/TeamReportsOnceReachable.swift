import Dispatch
import Synchronization
import TekserCore
import TekserStore

/// Citizens' reports for a team's server that could not be reached at the first start of this
/// machine (no team key yet, so no outbox can hash for the team). The team journal is opened
/// again every `retry` on a background queue, never by a report: the bot files reports on the
/// screen's thread, and an open waits seconds for a server that does not answer. Until it has
/// opened, each report is refused at once and the citizen told to go to the police directly,
/// as when any journal fails; once open, it is the team journal.
public final class TeamReportsOnceReachable: ReportJournal {
    private struct State {
        var team: TeamJournal?
        /// Why the journal is not open, as the last try found it.
        var refusal: JournalError
        var isStopped = false
    }

    private let open: @Sendable () throws(JournalError) -> TeamJournal
    private let retry: Duration
    private let state: Mutex<State>

    /// `refusal` is what the first try found; the next comes after `retry`.
    public init(refusal: JournalError, retry: Duration = .seconds(5), open: @escaping @Sendable () throws(JournalError) -> TeamJournal) {
        self.open = open
        self.retry = retry
        state = Mutex(State(refusal: refusal))
        scheduleTry()
    }

    /// The team journal, once it has opened.
    public var team: TeamJournal? { state.withLock { $0.team } }

    /// No more tries (the end of the run); a journal already open is the caller's to close.
    public func stop() { state.withLock { $0.isStopped = true } }

    public func record(_ report: CitizenReport, channel: ReportChannel) throws(JournalError) -> Int64 {
        try journal().record(report, channel: channel)
    }

    public func reports(from: CalendarDate?, to: CalendarDate?) throws(JournalError) -> [StoredReport] {
        try journal().reports(from: from, to: to)
    }

    private func journal() throws(JournalError) -> TeamJournal {
        let (team, refusal) = state.withLock { ($0.team, $0.refusal) }
        guard let team else { throw refusal }
        return team
    }

    private func scheduleTry() {
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(retry.milliseconds))) { [weak self] in self?.tryOpen() }
    }

    private func tryOpen() {
        guard !state.withLock({ $0.isStopped }) else { return }
        do throws(JournalError) {
            let opened = try open()
            // Stopped while it opened: nobody would close it.
            let kept = state.withLock { current in
                guard !current.isStopped else { return false }
                current.team = opened
                return true
            }
            if !kept { try? opened.close() }
        } catch {
            state.withLock { $0.refusal = error }
            scheduleTry()
        }
    }
}

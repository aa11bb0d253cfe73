import Foundation

/// The data set in use by a long-running front end, replaced as a whole when a new version
/// passes validation. Readers take the current value; a check already running keeps its own.
public final class LiveData: @unchecked Sendable {
    /// The data in use, its generation (1 at start-up, +1 per swap) and the latest events.
    public struct Snapshot: Sendable {
        public let data: DataSet
        public let generation: Int
        public let events: [ReloadEvent]
    }

    private let lock = NSLock()
    private var state: Snapshot
    private let eventLimit: Int

    /// `data` is the start-up load, recorded as the first event.
    public init(_ data: DataSet, at date: Date = Date(), eventLimit: Int = 20) {
        self.eventLimit = eventLimit
        let first = ReloadEvent(sequence: 1, date: date, kind: .loaded, generation: 1, reasons: [], counts: data.reports.map(SourceCounts.init))
        state = Snapshot(data: data, generation: 1, events: [first])
    }

    public var snapshot: Snapshot { lock.withLock { state } }
    public var current: DataSet { snapshot.data }
    public var generation: Int { snapshot.generation }

    /// The latest refusal, if any came after the last swap.
    public var lastRefusal: ReloadEvent? {
        snapshot.events.last.flatMap { $0.kind == .refused ? $0 : nil }
    }

    /// Puts `data` in use and returns the event recorded; `changes`, when given, say what
    /// changed against the data it replaces.
    @discardableResult
    public func swap(to data: DataSet, at date: Date, changes: ChangeCounts? = nil) -> ReloadEvent {
        lock.withLock {
            let event = next(.swapped, generation: state.generation + 1, reasons: [], counts: data.reports.map(SourceCounts.init),
                             changes: changes, at: date)
            state = Snapshot(data: data, generation: event.generation, events: trimmed(state.events + [event]))
            return event
        }
    }

    /// Records that a new version was refused; the data in use stays.
    @discardableResult
    public func refuse(_ reasons: [RefusalReason], counts: [SourceCounts], at date: Date) -> ReloadEvent {
        lock.withLock {
            let event = next(.refused, generation: state.generation, reasons: reasons, counts: counts, at: date)
            state = Snapshot(data: state.data, generation: state.generation, events: trimmed(state.events + [event]))
            return event
        }
    }

    /// Decides on a freshly loaded version, as every source of new versions must: swapped in
    /// when it loaded and passes `ReloadValidator` against the data in use, else refused.
    /// Returns the event recorded (`.swapped` or `.refused`).
    @discardableResult
    public func offer(_ outcome: Result<DataSet, DataLoadError>, at date: Date) -> ReloadEvent {
        switch outcome {
        case .failure(let error):
            return refuse([.loadFailed(error)], counts: [], at: date)
        case .success(let candidate):
            let current = self.current
            let reasons = ReloadValidator.refusals(candidate, current: current)
            guard reasons.isEmpty else { return refuse(reasons, counts: candidate.reports.map(SourceCounts.init), at: date) }
            candidate.prepareSearches()  // here in the background, not on the first search after the swap
            return swap(to: candidate, at: date, changes: DataSetDiff(old: current, new: candidate).counts)
        }
    }

    private func next(_ kind: ReloadEvent.Kind, generation: Int, reasons: [RefusalReason], counts: [SourceCounts],
                      changes: ChangeCounts? = nil, at date: Date) -> ReloadEvent {
        ReloadEvent(sequence: (state.events.last?.sequence ?? 0) + 1, date: date, kind: kind, generation: generation,
                    reasons: reasons, counts: counts, changes: changes)
    }

    private func trimmed(_ events: [ReloadEvent]) -> [ReloadEvent] {
        Array(events.suffix(eventLimit))
    }
}

/// A front end's view of `LiveData`: what changed since it last looked, so the run loop can
/// rebuild its checker only when a new generation arrives and show each event once.
public struct LiveDataFollower: Sendable {
    public let live: LiveData
    private var generation: Int
    private var sequence: Int

    public init(_ live: LiveData) {
        self.live = live
        let snapshot = live.snapshot
        generation = snapshot.generation
        sequence = snapshot.events.last?.sequence ?? 0
    }

    /// The new data set when the generation changed (else `nil`), and the events not seen yet.
    public mutating func changes() -> (data: DataSet?, events: [ReloadEvent]) {
        let snapshot = live.snapshot
        let events = snapshot.events.filter { $0.sequence > sequence }
        sequence = snapshot.events.last?.sequence ?? sequence
        guard snapshot.generation != generation else { return (nil, events) }
        generation = snapshot.generation
        return (snapshot.data, events)
    }
}

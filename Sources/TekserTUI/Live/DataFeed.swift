import Foundation
import TekserBot
import TekserCore

/// What came from the data folder since a program last asked: a data set swapped in, the
/// reload events (swaps and refusals) not shown yet, and the state of the data in use when it
/// changed (a published version, the server away).
public struct DataChange: Sendable {
    public var data: DataSet?
    public var events: [ReloadEvent]
    public var state: DataState?

    public init(data: DataSet?, events: [ReloadEvent], state: DataState? = nil) {
        self.data = data
        self.events = events
        self.state = state
    }

    public var isEmpty: Bool { data == nil && events.isEmpty && state == nil }
}

/// The live-data feed a program subscribes to: polled every turn, and every second while
/// nobody types, so a swap is noticed on an idle screen too.
public struct DataFeed {
    /// Whether anything can arrive: only then is there a subscription.
    public let isActive: Bool
    private let poll: () -> DataChange

    /// For programs that run on fixed data (tests, `--no-watch`).
    public static var none: DataFeed { DataFeed(isActive: false) { DataChange(data: nil, events: []) } }

    /// Follows `live`, remembering what this program has already seen; with `inUse`, each
    /// change of its state too (the first look brings the state at start).
    public static func following(_ live: LiveData, inUse: DataInUse? = nil) -> DataFeed {
        var follower = LiveDataFollower(live)
        var shown: DataState?
        return DataFeed(isActive: true) {
            let changes = follower.changes()
            var change = DataChange(data: changes.data, events: changes.events)
            if let state = inUse?.state, state != shown {
                shown = state
                change.state = state
            }
            return change
        }
    }

    /// `poll` is asked once per turn; for feeds whose data appears later (the kiosk's).
    public init(isActive: Bool, poll: @escaping () -> DataChange) {
        self.isActive = isActive
        self.poll = poll
    }

    public func changes() -> DataChange { poll() }

    /// How often the feed is polled while nothing else happens.
    public static let pollMilliseconds = 1000

    /// The subscription that brings each non-empty change as `event(change)`; none when inactive.
    public func subscription<Event>(_ event: @escaping (DataChange) -> Event) -> [Subscription<Event>] {
        guard isActive else { return [] }
        let poll = poll
        return [.poll(everyMilliseconds: Self.pollMilliseconds) {
            let change = poll()
            return change.isEmpty ? [] : [event(change)]
        }]
    }
}

extension Bot {
    /// The same bot answering from `data`.
    func answering(from data: DataSet) -> Bot {
        Bot(checker: Checker(data: data), catalog: catalog, quota: quota, ascii: ascii, reports: reports)
    }
}

import Foundation
import TekserBot
import TekserCore

/// What a run loop asks at the top of every turn while data may change under it: a new data
/// set when one was swapped in, and the reload events not shown yet.
public struct DataFeed {
    /// Whether anything can arrive: only then does a loop that otherwise waits forever wake every second.
    public let isActive: Bool
    private let poll: () -> (data: DataSet?, events: [ReloadEvent])

    /// For loops that run on fixed data (tests, `--no-watch`).
    public static var none: DataFeed { DataFeed(isActive: false) { (nil, []) } }

    /// Follows `live`, remembering what this loop has already seen.
    public static func following(_ live: LiveData) -> DataFeed {
        var follower = LiveDataFollower(live)
        return DataFeed(isActive: true) { follower.changes() }
    }

    /// `poll` is asked once per loop turn; for feeds whose data appears later (the kiosk's).
    public init(isActive: Bool, poll: @escaping () -> (data: DataSet?, events: [ReloadEvent])) {
        self.isActive = isActive
        self.poll = poll
    }

    public func changes() -> (data: DataSet?, events: [ReloadEvent]) { poll() }

    /// At most a second when active, so a swap is noticed while nobody types; else `timeout` as given.
    func cappedTimeout(_ timeout: Int) -> (milliseconds: Int, capped: Bool) {
        guard isActive, timeout < 0 || timeout > 1000 else { return (timeout, false) }
        return (1000, true)
    }
}

extension Bot {
    /// The same bot answering from `data`.
    func answering(from data: DataSet) -> Bot {
        Bot(checker: Checker(data: data), catalog: catalog, quota: quota, ascii: ascii, reports: reports)
    }
}

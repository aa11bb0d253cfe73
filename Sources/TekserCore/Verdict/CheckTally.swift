import Foundation
import Synchronization

/// Today's checks of one running Tekser, counted by verdict, for its fleet heartbeat: counts
/// only, never what was checked. A new day on `clock` starts from zero.
public final class CheckTally: Sendable {
    private let clock: ClockTime
    private let state = Mutex<(day: CalendarDate?, counts: [String: Int])>((nil, [:]))

    public init(clock: ClockTime = ClockTime(timeZone: .current)) {
        self.clock = clock
    }

    /// One answered check with `verdict`.
    public func count(_ verdict: VerdictKind, at date: Date) {
        let day = clock.day(date)
        state.withLock { state in
            if state.day != day { state = (day, [:]) }
            state.counts[verdict.code, default: 0] += 1
        }
    }

    /// The day on `clock` at `date` and its counts by verdict code (none yet: empty).
    public func today(at date: Date) -> (day: CalendarDate, counts: [String: Int]) {
        let day = clock.day(date)
        return state.withLock { state in (day, state.day == day ? state.counts : [:]) }
    }
}

import Foundation
import TekserCore

/// The real bot answers a limited number of checks a day per account; so does Tekser.
public struct QuotaPolicy: Sendable, Equatable {
    /// Checks per account per local day; 0 means unlimited.
    public let limit: Int
    /// The zone whose midnight starts a new day.
    public let timeZone: TimeZone

    public init(limit: Int = 5, timeZone: TimeZone = .current) {
        self.limit = limit
        self.timeZone = timeZone
    }

    public var isUnlimited: Bool { limit == 0 }

    /// The local day `date` falls on.
    public func day(of date: Date) -> CalendarDate {
        ClockTime(timeZone: timeZone).day(date)
    }

    /// The moment the quota of `date`'s day is renewed: the next local midnight.
    public func resetTime(after date: Date) -> Date {
        calendar.nextDate(after: date, matching: DateComponents(hour: 0, minute: 0, second: 0), matchingPolicy: .nextTime)!
    }

    /// "HH:mm" of a moment in this zone.
    public func clockTime(_ date: Date) -> String {
        ClockTime(timeZone: timeZone).hoursMinutes(date)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}

/// How many checks an account has used on its current day.
public struct QuotaUsage: Sendable, Equatable, Codable {
    public var day: CalendarDate?
    public var used: Int = 0

    public init() {}

    /// Checks left on the day of `now`.
    public func remaining(_ policy: QuotaPolicy, now: Date) -> Int? {
        guard !policy.isUnlimited else { return nil }
        return day == policy.day(of: now) ? max(0, policy.limit - used) : policy.limit
    }

    /// Counts one check, if any is left; false when the day's quota is used up.
    public mutating func spend(_ policy: QuotaPolicy, now: Date) -> Bool {
        guard !policy.isUnlimited else { return true }
        let today = policy.day(of: now)
        if day != today { day = today; used = 0 }
        guard used < policy.limit else { return false }
        used += 1
        return true
    }
}

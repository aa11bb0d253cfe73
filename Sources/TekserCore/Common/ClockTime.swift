import Foundation

/// A moment as people read it in one time zone: "14:05" and its calendar day. The one
/// formatter for bubble times, the desk's list, the quota's renewal and the journal, so a
/// configured zone is honoured everywhere or nowhere. Plain arithmetic on the zone's offset,
/// no `Calendar`: it runs for every bubble of every frame.
public struct ClockTime: Hashable, Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// "HH:MM", 24-hour.
    public func hoursMinutes(_ date: Date) -> String {
        let seconds = Self.floorMod(localSeconds(date), 86_400)
        return Self.twoDigits(seconds / 3600) + ":" + Self.twoDigits(seconds / 60 % 60)
    }

    /// "YYYY-MM-DD HH:MM:SS", as the journal keeps a moment.
    public func dateTime(_ date: Date) -> String {
        let seconds = Self.floorMod(localSeconds(date), 86_400)
        return day(date).description + " " + hoursMinutes(date) + ":" + Self.twoDigits(seconds % 60)
    }

    /// A text that sorts after `dateTime` of every moment of `day` and before the next day's:
    /// the bound of "to this day" in a journal kept in `dateTime`s (never the next day's date,
    /// which after 9999-12-31 would be a five-digit year sorting first).
    public static func after(_ day: CalendarDate) -> String {
        day.description + " 24"
    }

    /// The local calendar day of `date`.
    public func day(_ date: Date) -> CalendarDate {
        CalendarDate(dayNumber: Self.floorDiv(localSeconds(date), 86_400))
    }

    private func localSeconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
    private static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }
}

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

    /// The local calendar day of `date`.
    public func day(_ date: Date) -> CalendarDate {
        Self.civilDate(daysSinceEpoch: Self.floorDiv(localSeconds(date), 86_400))
    }

    private func localSeconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : (a - b + 1) / b }
    private static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    /// Days since 1970-01-01 to a Gregorian date (H. Hinnant's `civil_from_days`).
    private static func civilDate(daysSinceEpoch days: Int) -> CalendarDate {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return CalendarDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

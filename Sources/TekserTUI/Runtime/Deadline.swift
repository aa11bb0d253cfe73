import Foundation

extension Date {
    /// Whole microseconds from `now` until this date: the one measure of "due" for the runtime's
    /// waits and firing and for a program that checks the time an event came at. Counted to the
    /// microsecond, 0.7 s after a 700 ms timer started is 700 ms, not 701; and a date a fraction
    /// of a microsecond away (sums of seconds round) is due everywhere alike. Once the wait was 0
    /// but the timer not yet due, and the loop spun for ever.
    func microseconds(from now: Date) -> Double {
        (timeIntervalSince(now) * 1_000_000).rounded()
    }

    /// True when this date has come at `now`, by `microseconds(from:)`.
    func hasCome(by now: Date) -> Bool {
        microseconds(from: now) <= 0
    }
}

import Foundation
import Testing
@testable import TekserCore

/// Facts every front end shows the same way, each computed in one place.
@Suite struct SharedFactsTests {
    /// 2026-11-25 04:59:30 UTC.
    static let moment = Date(timeIntervalSince1970: 1_795_582_770)

    @Test(arguments: [("Asia/Almaty", "09:59", "2026-11-25"), ("UTC", "04:59", "2026-11-25"),
                      ("America/Los_Angeles", "20:59", "2026-11-24"), ("Pacific/Kiritimati", "18:59", "2026-11-25")])
    func clockTimeHonoursTheZone(zone: String, time: String, day: String) throws {
        let clock = ClockTime(timeZone: try #require(TimeZone(identifier: zone)))
        #expect(clock.hoursMinutes(Self.moment) == time)
        #expect(clock.day(Self.moment).description == day)
        #expect(clock.dateTime(Self.moment) == "\(day) \(time):30")
    }

    @Test func clockTimeAgreesWithFoundationAcrossSummerTimeAndBefore1970() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let clock = ClockTime(timeZone: zone)
        // Every 7 hours 13 minutes from 1965 to 2030: both sides of every change of the clocks.
        for step in stride(from: -160_000_000.0, to: 1_900_000_000, by: 25_980) {
            let date = Date(timeIntervalSince1970: step)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let expected = String(format: "%04d-%02d-%02d %02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
            #expect("\(clock.day(date)) \(clock.hoursMinutes(date))" == expected)
        }
    }

    @Test func severityDecidesTheColourOfEveryVerdict() {
        #expect(VerdictKind.allCases.map(\.severity) == [.neutral, .reassuring, .caution, .danger, .danger, .danger])
        #expect(Severity.allCases.map(\.ansiCode) == ["1;31", "1;33", "1;32", "1"])
    }

    @Test func channelsCycleThroughThoseAPersonUses() {
        #expect(Channel.personal.map(\.next) == [.walkIn, .email, .letter, .phone])
        #expect(Channel.batch.next == .phone)
        #expect(Channel.allCases.map(\.rawValue) == ["phone", "walk_in", "email", "letter", "batch"], "the journal's stored words")
    }

    @Test func anInvalidInputHasOneSymbol() {
        #expect(VerdictKind.invalidSymbol(ascii: false) == "❗")
        #expect(VerdictKind.invalidSymbol(ascii: true) == "[*]")
        let result = CheckResult.invalid(input: "12", problem: .wrongLength(digits: 2), suggestions: [])
        #expect(result.symbol(ascii: false) == "❗")
    }
}

@Suite struct TrimmingTests {
    @Test(arguments: ["  940140000385 \n", "\u{00A0}\t940140000385\u{2003}", "940140000385", "\r\n940140000385\r\n"])
    func whiteSpaceAndLineBreaksGoFromBothEnds(text: String) {
        #expect(text.trimmingWhitespace() == "940140000385")
    }

    @Test func innerSpaceStaysAndBlankBecomesEmpty() {
        #expect(" БИН 940 140 ".trimmingWhitespace() == "БИН 940 140")
        #expect(" \n\t ".trimmingWhitespace() == "")
        #expect("".trimmingWhitespace() == "")
    }
}

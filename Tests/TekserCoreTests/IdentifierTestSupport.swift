@testable import TekserCore

/// Test numbers built without the code under test: the check digit is summed here independently.
enum Sample {
    static let publicBINs = ["940140000385", "950341000052", "971240001315", "030740001404"]

    /// The check digit of eleven digits by the published rule, or `nil` when never issued.
    static func checkDigit(_ eleven: [Int]) -> Int? {
        let first = zip(eleven, 1...11).map(*).reduce(0, +) % 11
        if first != 10 { return first }
        let second = zip(eleven, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]).map(*).reduce(0, +) % 11
        return second == 10 ? nil : second
    }

    static func isValid(_ twelve: String) -> Bool {
        let d = twelve.compactMap(\.wholeNumberValue)
        return d.count == 12 && checkDigit(Array(d.prefix(11))) == d[11]
    }

    /// A valid twelve-digit string starting with `prefix`, the rest filled with the first serial that
    /// has a check digit.
    static func valid(startingWith prefix: String) -> String {
        let free = 11 - prefix.count
        for serial in 0..<1_000_000 {
            let tail = String(serial)
            guard tail.count <= free else { break }
            let eleven = prefix + String(repeating: "0", count: free - tail.count) + tail
            if let check = checkDigit(eleven.compactMap(\.wholeNumberValue)) { return eleven + String(check) }
        }
        fatalError("no valid number starts with \(prefix)")
    }

    /// Like `valid(startingWith:)` but with the last digit wrong.
    static func badCheckDigit(startingWith prefix: String) -> (text: String, expected: Int, found: Int) {
        let good = valid(startingWith: prefix)
        let expected = good.last!.wholeNumberValue!
        let found = (expected + 1) % 10
        return (good.dropLast() + String(found), expected, found)
    }

    /// Eleven digits whose both check sums are 10, completed with any last digit.
    static func neverIssued() -> String {
        for n in 0..<100_000_000_000 {
            let text = String(n)
            let eleven = String(repeating: "0", count: 11 - text.count) + text
            if checkDigit(eleven.compactMap(\.wholeNumberValue)) == nil { return eleven + "0" }
        }
        fatalError("unreachable")
    }

    static func number(_ text: String) -> UInt64 { UInt64(text)! }
}

import Testing
@testable import TekserCore

@Suite struct TypoRescueTests {
    static let known = Set(Sample.publicBINs.map(Sample.number))

    static func rescue(_ typed: String, isKnown: (UInt64) -> Bool = { known.contains($0) }) -> [String] {
        TypoRescue.candidates(for: typed, referenceYear: 2026, isKnown: isKnown).map(\.digits)
    }

    @Test(arguments: [
        ("940140000395", "940140000385", "substituted digit"),
        ("940140000375", "940140000385", "substituted digit"),
        ("950341000025", "950341000052", "swapped digits"),
        ("950341000502", "950341000052", "swapped digits"),
        ("94014000385", "940140000385", "missing digit"),
        ("97124001315", "971240001315", "missing digit"),
        ("9401400003855", "940140000385", "extra digit"),
        ("0307400001404", "030740001404", "extra digit"),
        ("94014OOOO385", "940140000385", "look-alike Latin O"),
        ("95\u{041E}341\u{043E}00052", "950341000052", "look-alike Cyrillic О"),
        ("97l24000I315", "971240001315", "look-alike l and I"),
        ("0\u{0417}0740001404", "030740001404", "look-alike З"),
        ("БИН 9401 4OOOO 395", "940140000385", "look-alike and a substitution"),
        ("ИИН 94O14OOO385", "940140000385", "look-alike and a missing digit"),
    ])
    func findsTheMeantIdentifier(typed: String, meant: String, slip: String) {
        #expect(Self.rescue(typed).contains(meant), "\(slip)")
    }

    @Test(arguments: ["940140000385", "950341000052"])
    func neverReturnsTheTypedNumber(typed: String) {
        #expect(!Self.rescue(typed, isKnown: { _ in true }).contains(typed))
    }

    /// With every number "known", whatever comes back must still be valid, distinct and one slip away.
    @Test(arguments: ["940140000385", "940140000386", "94014000038", "9401400003855", "85031230000", "94O140000386", "111111111111"])
    func returnsOnlyValidDistinctNearbyNumbers(typed: String) {
        let found = Self.rescue(typed, isKnown: { _ in true })
        #expect(!found.isEmpty)
        #expect(Set(found).count == found.count)
        let typedDigits = IdentifierParser.normalise(typed).map { $0 == "O" ? "0" : $0 }
        for candidate in found {
            #expect(Sample.isValid(candidate), "\(candidate)")
            #expect(Self.isOneSlipAway(Array(typedDigits), Array(candidate)), "\(candidate)")
        }
    }

    @Test func aLookAlikeFixComesFirstAndTheOrderIsStable() {
        let typed = "94014OOOO385"
        let first = Self.rescue(typed, isKnown: { _ in true })
        #expect(first.first == "940140000385")
        #expect(Self.rescue(typed, isKnown: { _ in true }) == first)
    }

    @Test func aDoubledDigitYieldsOneCandidate() {
        #expect(Self.rescue("9940140000385") == ["940140000385"])
    }

    @Test(arguments: ["", "ТОО Ромашка", "9401400003", "94014000038512", "https://pyramid.kz"])
    func nothingToRescue(typed: String) {
        #expect(Self.rescue(typed, isKnown: { _ in true }).isEmpty)
    }

    @Test(arguments: ["940140000386", "94014000038", "9401400003855", "94O140000386"])
    func asksTheIndexFewQuestions(typed: String) {
        var calls = 0
        _ = TypoRescue.candidates(for: typed, referenceYear: 2026) { _ in calls += 1; return false }
        #expect(calls > 0 && calls <= 40, "\(calls) calls")
    }

    /// Independent definition: equal but for one digit, one adjacent swap, one insertion or one deletion.
    static func isOneSlipAway(_ typed: [Character], _ candidate: [Character]) -> Bool {
        if typed.count == candidate.count {
            let differing = typed.indices.filter { typed[$0] != candidate[$0] }
            if differing.count == 1 { return true }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && typed[differing[0]] == candidate[differing[1]] && typed[differing[1]] == candidate[differing[0]]
        }
        let (short, long) = typed.count < candidate.count ? (typed, candidate) : (candidate, typed)
        guard long.count == short.count + 1 else { return false }
        return long.indices.contains { index in
            var shorter = long
            shorter.remove(at: index)
            return shorter == short
        }
    }
}

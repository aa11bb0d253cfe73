import TekserCore
import Testing
@testable import DemoData

@Suite struct SmallPartsTests {
    @Test(arguments: [1, 2, 12, 97, 360, 1000])
    func aPermutationVisitsEveryValueOnce(size: Int) {
        var random = SplitMix64(seed: UInt64(size))
        let permutation = Permutation(size: size, random: &random)
        #expect(Set((0..<size).map { permutation($0) }) == Set(0..<size))
    }

    @Test(arguments: [CalendarDate(year: 1970, month: 1, day: 1), CalendarDate(year: 2000, month: 2, day: 29), CalendarDate(year: 2026, month: 12, day: 31), CalendarDate(year: 1899, month: 3, day: 1)])
    func civilDatesRoundTripThroughDayNumbers(date: CalendarDate) {
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 1).dayNumber == date.dayNumber + 1)
    }

    @Test func dayNumbersCountFromTheUnixEpoch() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CalendarDate(year: 2000, month: 3, day: 1).dayNumber - CalendarDate(year: 2000, month: 2, day: 28).dayNumber == 2)
        #expect(CalendarDate(year: 2024, month: 5, day: 7).dotted == "07.05.2024")
    }

    @Test func splitMixIsTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0, as in the reference C implementation.
        var random = SplitMix64(seed: 0)
        #expect([random.next(), random.next()] == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4])
    }

    @Test func kazakhLettersGetTheirRussianSpelling() {
        #expect("Қызғалдақ Әсем Үміт Өркен Іңкәр".withoutKazakhLetters == "Кызгалдак Асем Умит Оркен Инкар")
    }

    @Test(arguments: [
        ([], "data", DemoDataSet.defaultSeed),
        (["--out", "/tmp/x", "--seed", "42"], "/tmp/x", 42),
        (["--seed", "0", "--out", "out dir"], "out dir", 0),
    ])
    func theCommandLineIsParsed(arguments: [String], directory: String, seed: UInt64) throws {
        let command = try DemoDataCommand(arguments: arguments)
        #expect(command.outputDirectory == directory)
        #expect(command.seed == seed)
    }

    @Test(arguments: [
        (["--verbose"], DemoDataError.unknownOption("--verbose")),
        (["--out"], .missingValue(option: "--out")),
        (["--seed", "-1"], .invalidSeed("-1")),
    ])
    func badCommandLinesAreUsageErrors(arguments: [String], expected: DemoDataError) {
        #expect(throws: expected) { try DemoDataCommand(arguments: arguments) }
        #expect(expected.isUsageError)
    }
}

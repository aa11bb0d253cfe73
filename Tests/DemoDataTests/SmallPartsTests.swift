import Testing
@testable import DemoData

@Suite struct SmallPartsTests {
    @Test(arguments: [1, 2, 12, 97, 360, 1000])
    func aPermutationVisitsEveryValueOnce(size: Int) {
        var random = SplitMix64(seed: UInt64(size))
        let permutation = Permutation(size: size, random: &random)
        #expect(Set((0..<size).map { permutation($0) }) == Set(0..<size))
    }

    @Test(arguments: [CivilDate(1970, 1, 1), CivilDate(2000, 2, 29), CivilDate(2026, 12, 31), CivilDate(1899, 3, 1)])
    func civilDatesRoundTripThroughDayNumbers(date: CivilDate) {
        #expect(CivilDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 1).dayNumber == date.dayNumber + 1)
    }

    @Test func dayNumbersCountFromTheUnixEpoch() {
        #expect(CivilDate(1970, 1, 1).dayNumber == 0)
        #expect(CivilDate(2000, 3, 1).dayNumber - CivilDate(2000, 2, 28).dayNumber == 2)
        #expect(CivilDate(2024, 5, 7).dotted == "07.05.2024")
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

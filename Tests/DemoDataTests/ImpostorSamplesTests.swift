import Foundation
import Testing
import TekserCore

/// The demo's clone firms: exactly the two the cast makes, each with its sample.
@Suite struct ImpostorSamplesTests {
    static let data = try! DataSet.load(directory: DataFolder.url)

    static func input(_ outcome: SampleOutcome) throws -> String {
        try #require(try DataFolder.samples().first { $0.outcome == outcome.rawValue }).input
    }

    @Test func theDemoHasTheTwoDeliberateImpostorsAndNoAccidentalOnes() throws {
        let licensed = try Self.input(.licensed), bank = try Self.input(.licensedAndListed)
        #expect(Self.data.impostors.all.map(\.licensee.bin.digits).sorted() == [bank, licensed].sorted())
    }

    @Test(arguments: [(SampleOutcome.impostorNoBIN, SampleOutcome.licensed, "name"), (.impostorWebsite, .licensedAndListed, "link")])
    func theImpostorSampleImitatesItsLicensee(impostor: SampleOutcome, licensee: SampleOutcome, via: String) throws {
        let result = Checker(data: Self.data, audience: .citizen).check(try Self.input(impostor))
        guard case .subject(let verdict) = result else { Issue.record("not checked as a link"); return }
        #expect(verdict.kind == .warningList)
        #expect(verdict.imitates.map(\.licensee.bin.digits) == [try Self.input(licensee)])
        #expect(verdict.imitates.map(\.via.code) == [via])
        #expect(verdict.evidence.allSatisfy { $0.details.identifier == nil }, "an impostor sample has no BIN")
    }
}

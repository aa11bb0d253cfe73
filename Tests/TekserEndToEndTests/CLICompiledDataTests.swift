import Foundation
import Testing
import TekserCore
import TestSupport

/// `tekser data build`, `data status` and a damaged compiled file, through the binary.
@Suite struct CLICompiledDataTests {
    @Test func dataBuildReportsAsDataCheckAndNamesTheFile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let check = try Binary.run(["data", "check", "--data", fixture.directory.path, "--lang", "en"])
        let build = try Binary.run(["data", "build", "--data", fixture.directory.path, "--lang", "en"])
        #expect(build.status == check.status)
        #expect(build.stdout.hasPrefix(check.stdout), "the same report first")
        let folder = fixture.directory.appendingPathComponent(".tekser-compiled").path
        #expect(build.stdout.contains("Compiled data: \(folder)/data-"))
        let status = try Binary.run(["data", "status", "--data", fixture.directory.path, "--lang", "en"])
        #expect(status.stdout.contains("Compiled data in use: \(folder)/data-"))
    }

    @Test func aDamagedFileIsReportedInOneLineAndTheAnswerComesFromTheCSVFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let first = try Binary.run(["check", "--data", fixture.directory.path, "--lang", "en", Fixture.bank])
        #expect(first.status == 0 && first.stderr.isEmpty)
        let folder = fixture.directory.appendingPathComponent(".tekser-compiled")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".tekser") })
        let url = folder.appendingPathComponent(name)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[9] ^= 0x01  // the version
        try Data(bytes).write(to: url)
        let damaged = try Binary.run(["check", "--data", fixture.directory.path, "--lang", "en", Fixture.bank])
        #expect(damaged.status == 0)
        #expect(damaged.stdout == first.stdout)
        let lines = damaged.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("rebuilding it from the CSV files") == true)
        let again = try Binary.run(["check", "--data", fixture.directory.path, "--lang", "en", Fixture.bank])
        #expect(again.stderr.isEmpty, "rebuilt")
    }
}

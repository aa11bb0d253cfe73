import Foundation
import Testing
import TestSupport

/// What the desk promises: an answer it printed is in the journal, whatever happens next.
@Suite struct CLIJournalCrashTests {
    @Test(.timeLimit(.minutes(1)))
    func everyAcknowledgedInquirySurvivesSIGKILL() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let journal = fixture.directory.appendingPathComponent("shift/journal.sqlite").path
        let inputs = (0..<2000).map { n in n % 3 == 0 ? "wrong \(n)" : (n % 3 == 1 ? Fixture.bank : Fixture.unknown) }

        let process = Process()
        process.executableURL = Binary.url
        process.arguments = ["check", "--data", fixture.directory.path, "--file", "-", "--journal", journal, "--operator", "crash"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(inputs.joined(separator: "\n").utf8))
        try input.fileHandleForWriting.close()

        // Read answers until 30 are complete, then kill without warning.
        var received = Data()
        while received.filter({ $0 == 0x0A }).count < 30 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "killed before the batch finished")

        let acknowledged = try received.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])["input"] as? String
        }
        #expect(acknowledged.count >= 30)

        let verify = try Binary.run(["journal", "verify", "--journal", journal, "--lang", "en"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("is sound"))
        let export = try Binary.run(["journal", "export", "--format", "json", "--journal", journal])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count >= acknowledged.count)
        #expect(rows.prefix(acknowledged.count).map { $0["typed"] as? String } == acknowledged)
    }
}

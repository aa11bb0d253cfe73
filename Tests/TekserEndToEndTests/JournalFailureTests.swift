import Foundation
import Glibc
import Testing
import TestSupport

/// The journal failing under the desk and `tekser check`: a clear message in the user's
/// language, the desk keeps answering, and no answered inquiry is lost or claimed recorded.
@Suite struct JournalFailureTests {
    /// Sets the file-size limit of a running process, as a full disk would stop its writes.
    /// (Tests run as root: permissions would not stop a write; a size limit does.) Only the soft
    /// limit: raising a hard one back needs a privilege the test machine may not grant.
    static func limitFileSize(of pid: pid_t, to limit: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
        process.arguments = ["--pid", String(pid), "--fsize=\(limit):unlimited"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "prlimit failed")
    }

    static func journalList(_ journal: URL) throws -> String {
        let list = try Binary.run(["journal", "list", "--journal", journal.path, "--lang", "en"])
        return list.stdout + list.stderr
    }

    @Test func aFullDiskMidShiftKeepsTheInquiryAndWritesItWhenTheDiskIsBack() throws {
        let run = try ModeRun(.desk)
        defer { run.finish() }
        try run.start()
        try run.waitUntilReady()
        try DeskInquiry.answer(Fixture.bank, shows: "✅ \(Fixture.bank)", in: run.tmux)
        let pid = try run.processID()

        try Self.limitFileSize(of: pid, to: "1024")
        try DeskInquiry.answer(Fixture.investClub, shows: "⛔ \(Fixture.investClub)", in: run.tmux)
        try run.tmux.waitFor("(not saved yet)", "Not saved in the journal yet")
        try run.tmux.keys("F5")
        try run.tmux.waitFor("Note:")
        try run.tmux.type("Instagram club")
        try run.tmux.waitFor("Note: Instagram club")
        try run.tmux.keys("Enter")
        try run.tmux.waitFor("Note: Instagram club", "(not saved yet)")
        #expect(!(try Self.journalList(run.journal)).contains(Fixture.investClub), "not claimed written while the disk is full")

        try Self.limitFileSize(of: pid, to: "unlimited")
        try run.tmux.waitFor("The journal works again", timeout: 10)
        #expect(!(try run.tmux.screen()).joined().contains("not saved yet"))
        try run.tmux.keys("F10")
        #expect(try run.exitStatus() == 0)
        let list = try Self.journalList(run.journal)
        for expected in [Fixture.bank, Fixture.investClub, "Instagram club"] {
            #expect(list.contains(expected), "\(expected) missing from:\n\(list)")
        }
    }

    @Test func inquiriesStillUnwrittenAtTheEndAreShownNotDropped() throws {
        let run = try ModeRun(.desk)
        defer { run.finish() }
        try run.start()
        try run.waitUntilReady()
        let pid = try run.processID()
        try Self.limitFileSize(of: pid, to: "1024")
        try DeskInquiry.answer(Fixture.investClub, shows: "(not saved yet)", in: run.tmux)
        #expect(kill(pid, SIGTERM) == 0)
        #expect(try run.exitStatus() == 128 + Int(SIGTERM))
        try run.tmux.waitFor("1 inquiry could not be written to the journal", Fixture.investClub)
        #expect(!(try Self.journalList(run.journal)).contains(Fixture.investClub))
    }

    /// A journal path whose folder is a regular file: no permission trick, so it fails even for root.
    @Test(arguments: [["check", Fixture.bank], ["desk"]])
    func anUnwritableJournalIsRefusedBeforeAnythingIsAnswered(command: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-failing-\(UUID().uuidString)")
        try Data("not a folder".utf8).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = try Fixture()
        defer { fixture.remove() }
        let output = try Binary.run(command + ["--lang", "en", "--data", fixture.directory.path,
                                               "--journal", folder.appendingPathComponent("journal.sqlite").path])
        #expect(output.status != 0)
        #expect(output.stderr.contains("cannot write the journal"), "\(output.stderr)")
        #expect(output.stdout.isEmpty, "nothing printed as checked and recorded: \(output.stdout)")
    }

    /// A full disk under `tekser check --journal` (a file-size limit, SIGXFSZ ignored as a shell's
    /// `trap` leaves it): an error, a non-zero status, and no answer printed as recorded.
    @Test func checkOnAFullDiskPrintsNoAnswer() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = "ulimit -f 0; trap '' XFSZ; exec \"$0\" check --lang en --data \"$1\" --journal \"$2\" \(Fixture.bank) \(Fixture.investClub)"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, Binary.url.path, fixture.directory.path, folder.appendingPathComponent("journal.sqlite").path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(complaint.hasPrefix("tekser: ") && complaint.contains("journal"), "\(complaint)")
        #expect(!printed.contains(Fixture.bank) && !printed.contains(Fixture.investClub), "\(printed)")
    }
}

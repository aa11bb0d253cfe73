import Foundation
import Testing
import TestSupport

/// A short help-desk shift in a real terminal: three inquiries with notes, F10, then the
/// journal read back from the command line and the terminal checked.
@Suite struct DeskTmuxTests {
    let fixture = try! Fixture()

    /// Types `text` on the desk's input line (whose label is `label`), waits for it, presses Enter.
    func enter(_ text: String, after label: String, in tmux: Tmux) throws {
        try tmux.type(text)
        try tmux.waitUntil("“\(text)” after \(label)") { lines in lines.contains { $0.contains("\(label) \(text)") } }
        try tmux.keys("Enter")
    }

    /// Checks `input`, waits for the answer, then writes `note` with F5. The prompt is waited
    /// for where the input line is (`│` is the pane's border): the evidence panel has a
    /// "Note:" and a "BIN/IIN:" of its own.
    func inquiry(_ input: String, answer: String, note: String, in tmux: Tmux) throws {
        try enter(input, after: "│BIN/IIN:", in: tmux)
        try tmux.waitFor(answer)
        try tmux.keys("F5")
        try tmux.waitFor("│Note:")
        try enter(note, after: "│Note:", in: tmux)
        try tmux.waitFor(note, "│BIN/IIN:")
    }

    @Test func aShortShiftIsJournaledWithItsNotes() throws {
        defer { fixture.remove() }
        let journal = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-desk-\(UUID().uuidString)/journal.sqlite")
        defer { try? FileManager.default.removeItem(at: journal.deletingLastPathComponent()) }
        let tmux = try Tmux(width: 100, height: 30)
        defer { tmux.kill() }
        let binary = try Tmux.tekserBinary()
        try tmux.shell("\(binary) desk --lang en --data '\(fixture.directory.path)' --journal '\(journal.path)' --operator Aigerim")
        try tmux.waitFor("Help desk · Aigerim", "F10Quit")

        try inquiry(Fixture.bank, answer: "✅ \(Fixture.bank)", note: "Halyk branch", in: tmux)
        try inquiry(Fixture.investClub, answer: "⛔ \(Fixture.investClub)", note: "Instagram club", in: tmux)
        try inquiry("12345", answer: "❗ 12345", note: "caller unsure", in: tmux)
        try tmux.waitFor("3 inquiries")

        try tmux.keys("F10")
        // Keys typed before the desk has gone would be read, and lost, by the desk.
        try tmux.waitUntil("the desk to quit") { lines in !lines.contains { $0.contains("F10Quit") } }
        try tmux.shell("clear; stty -a; echo STTY-$((40+2))")
        let stty = try tmux.waitFor("STTY-42")
        let flags = Set(stty.joined(separator: " ").split(separator: " ").map(String.init))
        #expect(flags.contains("icanon") && flags.contains("echo"))
        #expect(!flags.contains("-icanon") && !flags.contains("-echo"))

        let list = try Binary.run(["journal", "list", "--journal", journal.path, "--lang", "en"])
        #expect(list.status == 0)
        for expected in [Fixture.bank, Fixture.investClub, "12345", "Halyk branch", "Instagram club", "caller unsure", "Aigerim"] {
            #expect(list.stdout.contains(expected), "\(expected) missing from:\n\(list.stdout)")
        }
    }

    @Test func noDeskWithoutAWorkingJournal() throws {
        defer { fixture.remove() }
        let scratch = try ScratchFolder("desk")
        defer { scratch.remove() }
        let folder = scratch.url
        let corrupt = folder.appendingPathComponent("journal.sqlite")
        try Data(repeating: 0x42, count: 4096).write(to: corrupt)
        let output = try Binary.run(["desk", "--lang", "en", "--data", fixture.directory.path, "--journal", corrupt.path])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("tekser: "))
        #expect(output.stdout.isEmpty)
    }
}

import Foundation
import Testing
import TestSupport

@Suite struct CLIPlainChatTests {
    @Test func withoutATerminalTheChatRunsLineByLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let out = try Binary.run(["--data", fixture.directory.path, "--lang", "ru"], stdin: "3\n\(Fixture.bank)\n1\n/quit\n",
                                 environment: ["TERM": "dumb"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Здравствуйте!"))
        #expect(out.stdout.contains("  3) English"))
        #expect(out.stdout.contains("Holds an active licence"))
        #expect(out.stdout.contains("licensed.csv, line 2"), "choice 1 after the answer is Evidence")
        #expect(!out.stdout.contains("\u{1B}["), "no escape sequences in plain mode")
    }
}

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

@Suite struct CLIChatAccountTests {
    @Test func languageAndTodaysChecksSurviveARestart() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-accounts-\(UUID().uuidString)").path
        let environment = ["TERM": "dumb", "XDG_DATA_HOME": data, "USER": "operator1"]
        let first = try Binary.run(["--data", fixture.directory.path, "--quota", "2"], stdin: "2\n\(Fixture.bank)\n", environment: environment)
        #expect(first.stdout.contains("Осталась 1 проверка") || first.stdout.contains("осталась 1 проверка"), "\(first.stdout)")
        let second = try Binary.run(["--data", fixture.directory.path, "--quota", "2"], stdin: "\(Fixture.bank)\n\(Fixture.bank)\n", environment: environment)
        #expect(second.stdout.contains("Здравствуйте"), "the remembered language is Russian")
        #expect(second.stdout.contains("осталось 0 проверок"))
        #expect(second.stdout.contains("Вы использовали все проверки на сегодня (2)"))
    }
}

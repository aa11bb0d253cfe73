import Foundation
import Testing
import TestSupport

/// The chat in a real terminal: the built binary inside tmux, driven with keys, read from the screen.
@Suite struct ChatTmuxTests {
    let fixture = try! Fixture()

    /// A fresh tmux server with the chat started in it.
    func startChat(_ arguments: String, width: Int = 80, height: Int = 24) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height)
        try tmux.shell("\(try Tmux.tekserBinary()) \(arguments) --data '\(fixture.directory.path)' --typing-delay 0")
        return tmux
    }

    @Test func aWholeConversationThenTheTerminalIsGivenBack() throws {
        defer { fixture.remove() }
        let tmux = try startChat("chat --lang kk")
        defer { tmux.kill() }
        try tmux.waitFor("Сәлеметсіз бе", "Қазақша", "English", "БСН тексеру")

        // Choose English with Tab, Tab, Tab, Enter.
        try tmux.press("Tab", "Tab", "Tab")
        try tmux.keys("Enter")
        try tmux.waitFor("Language: English.", "Check a BIN")

        try tmux.send(Fixture.bank)
        try tmux.waitFor("Holds an active licence", "4 checks left")

        try tmux.send("94014000038")
        try tmux.waitFor("11 digits — a BIN or IIN has 12.")

        // A typo: the check digit gives it away, and a button offers the right BIN.
        try tmux.send("940140000835")
        try tmux.waitFor("probably a typo", "✅ \(Fixture.bank)")
        // Shift-Tab from the end: five menu buttons, then the suggestion.
        try tmux.press("BTab", "BTab", "BTab", "BTab", "BTab", "BTab")
        try tmux.keys("Enter")
        try tmux.waitFor("3 checks left")

        // Evidence: Shift-Tab past the menu, "⚠ Report", "Check another" and "What to do".
        try tmux.press("BTab", "BTab", "BTab", "BTab", "BTab", "BTab", "BTab", "BTab", "BTab")
        try tmux.keys("Enter")
        try tmux.waitFor("licensed.csv, line 2", "Searched with no match")

        let narrow = try tmux.screen()
        try tmux.resize(width: 100, height: 30)
        let wide = try tmux.waitUntil("the screen to reflow at 100×30") { lines in
            lines.count >= 30 && lines[29].contains("Ctrl-C") && lines.contains { $0.hasPrefix(" ╭") && $0.count > 62 }
        }
        #expect(wide != narrow)
        #expect(narrow.allSatisfy { !$0.hasPrefix(" ╭") || $0.count <= 62 })

        try tmux.keys("C-c")
        // Keys typed before the chat has gone would be read, and lost, by the chat.
        try tmux.waitUntil("the chat to quit") { lines in !lines.contains { $0.contains("Ctrl-C") } }
        try tmux.shell("clear; stty -a; echo STTY-$((40+2))")
        let stty = try tmux.waitFor("STTY-42")
        let flags = Set(stty.joined(separator: " ").split(separator: " ").map(String.init))
        #expect(flags.contains("icanon") && flags.contains("echo"))
        #expect(!flags.contains("-icanon") && !flags.contains("-echo"))
    }

    @Test func chatIsTheDefaultAndAltDigitsPressTheMenu() throws {
        defer { fixture.remove() }
        let tmux = try startChat("--lang ru")
        defer { tmux.kill() }
        try tmux.waitFor("Здравствуйте!", "Ctrl-C выход")
        try tmux.keys("M-2")
        try tmux.waitFor("Признаки финансовой пирамиды (1/4)")
        try tmux.keys("C-c")
        // Keys typed before the chat has gone would be read, and lost, by the chat.
        try tmux.waitUntil("the chat to quit") { lines in !lines.contains { $0.contains("Ctrl-C") } }
        try tmux.shell("echo DONE-$((1+1))")
        try tmux.waitFor("DONE-2")
    }

    @Test func dataThatCannotBeLoadedIsReportedBeforeTheScreenStarts() throws {
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.shell("\(try Tmux.tekserBinary()) chat --lang en --data /nonexistent/tekser-data; echo EXIT=$?")
        let screen = try tmux.waitFor("EXIT=1")
        #expect(screen.contains { $0.hasPrefix("tekser: ") })
    }
}

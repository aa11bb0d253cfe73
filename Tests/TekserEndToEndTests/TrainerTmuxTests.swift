import Foundation
import Testing

/// `tekser train` as the room sees it: the real binary, in tmux where it needs a terminal.
@Suite struct TrainerTmuxTests {
    static let data = Tmux.packageRoot.appendingPathComponent("data")
    static let scenarios: [String] = {
        let folder = data.appendingPathComponent("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    @Test func atLeastFiveScenariosInEveryLanguage() {
        #expect(Self.scenarios.count >= 5)
        for language in ["kk", "ru", "en"] { #expect(Self.scenarios.contains { $0.hasSuffix(".\(language).txt") }) }
    }

    @Test(arguments: scenarios)
    func everyShippedScenarioPlaysCleanInATerminal(path: String) throws {
        let tmux = try Tmux(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.shell("\(try Tmux.tekserBinary()) train --play '\(path)' --speed max --exit --data '\(Self.data.path)'; echo EXIT-$((100+$?))")
        let screen = try tmux.waitUntil("the exit status", timeout: 60) { $0.contains { $0.hasPrefix("EXIT-1") } }
        #expect(screen.contains("EXIT-100"), "\(screen.joined(separator: "\n"))")
    }

    @Test(arguments: scenarios)
    func everyShippedScenarioPlaysCleanWithoutATerminal(path: String) throws {
        let result = try Binary.run(["train", "--play", path, "--speed", "max", "--exit", "--data", Self.data.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func aBrokenScenarioExits1NamingFileAndLineAfterTheScreenIsRestored() throws {
        let file = try temporaryScenario("# lang: en\ntype 950340229553\nenter\nexpect licensed\npress Buy shares\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let tmux = try Tmux(width: 200, height: 24)
        defer { tmux.kill() }
        try tmux.shell("\(try Tmux.tekserBinary()) train --lang en --play '\(file)' --speed max --exit --data '\(Self.data.path)'; echo EXIT=$?")
        let screen = try tmux.waitFor("EXIT=1", timeout: 60)
        let text = screen.joined(separator: "\n")
        #expect(text.contains("\(file):5: no button “Buy shares” on the screen."))
        #expect(!text.contains("DEMO DATA"))
    }

    @Test func aScenarioThatCannotBeReadExits1BeforeTheScreenStarts() throws {
        let file = try temporaryScenario("# lang: ru\ncaption Привет\nclick Help\n")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try Binary.run(["train", "--play", file, "--data", Self.data.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):3: unknown command “click”"))
    }

    @Test func realDataIsRefusedUnlessAllowed() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-real-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: Self.data, to: copy)
        let manifest = copy.appendingPathComponent("manifest.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "demo: true", with: "demo: false").write(to: manifest, atomically: true, encoding: .utf8)
        let scenario = try #require(Self.scenarios.first)

        let refused = try Binary.run(["train", "--play", scenario, "--speed", "max", "--exit", "--data", copy.path, "--lang", "en"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not demo data") && refused.stderr.contains("--allow-real-data"))
        let allowed = try Binary.run(["train", "--play", scenario, "--speed", "max", "--exit", "--allow-real-data", "--data", copy.path])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test func bannerSamplesPanelAndContrastThemeOnAProjector() throws {
        let tmux = try Tmux(width: 100, height: 30, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        defer { tmux.kill() }
        try tmux.shell("\(try Tmux.tekserBinary()) train --lang en --theme contrast --data '\(Self.data.path)'")
        try tmux.waitFor("DEMO DATA — NOT OFFICIAL REGISTRIES", "Hello!")
        // The banner row is drawn yellow (226) on black, as the contrast palette has it.
        let banner = try tmux.styledScreen().split(separator: "\n").first.map(String.init) ?? ""
        #expect(banner.contains("DEMO DATA") && banner.contains("\u{1B}[38;5;226m"), "\(banner.debugDescription)")
        try tmux.keys("F2")
        try tmux.waitFor("F2 Samples", "Criminal case (AFM)", "250940859866")
        try tmux.press("Down")
        try tmux.keys("Enter")
        try tmux.waitUntil("the sample in the input line") { $0.contains { $0.contains("› 240440741391") } }
        try tmux.press("F2")
        try tmux.keys("Enter")
        try tmux.waitFor("Criminal case registered")
        try tmux.keys("C-c")
        try tmux.waitUntil("the screen to be given back") { !$0.joined().contains("DEMO DATA") }
        try tmux.shell("echo DONE-$((1+1))")
        try tmux.waitFor("DONE-2")
    }

    private func temporaryScenario(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-lesson-\(UUID().uuidString).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

import Foundation
import TekserCore
import Testing
import TestSupport
@testable import TekserStore

@Suite struct KioskConfigTests {
    @Test func aPINMatchesOnlyItselfAndIsNeverStoredInClear() throws {
        let hash = try PINHash(pin: "482913")
        #expect(hash.matches("482913"))
        #expect(!hash.matches("482914"))
        #expect(!hash.matches(""))
        let other = try PINHash(pin: "482913")
        #expect(other.salt != hash.salt, "every hash has its own salt")
        #expect(other.hash != hash.hash)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString)/kiosk.yaml")
        var config = KioskConfig()
        config.pin = hash
        config.idleSeconds = 45
        try config.save(to: url)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains("482913"))
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let loaded = try KioskConfig.load(from: url)
        #expect(loaded == config)
        #expect(loaded.pin?.matches("482913") == true)
    }

    @Test func aMissingFileGivesDefaults() throws {
        let config = try KioskConfig.load(from: URL(fileURLWithPath: "/nonexistent/kiosk.yaml"))
        #expect(config.pin == nil && config.idleSeconds == 90 && config.operatorKey == "F12" && config.quota == 5)
    }

    @Test func theServerOfAFleetIsReadAndKeptWhenThePINIsSaved() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString)/kiosk.yaml")
        try PrivateFiles.write(Data("server: postgresql://kiosk@db.example:5432/tekser\nquota: 3\n".utf8), to: url)
        var config = try KioskConfig.load(from: url)
        #expect(config.server == "postgresql://kiosk@db.example:5432/tekser" && config.quota == 3)
        config.pin = try PINHash(pin: "482913")
        try config.save(to: url)
        #expect(try KioskConfig.load(from: url).server == "postgresql://kiosk@db.example:5432/tekser")
        #expect(try KioskConfig.load(from: URL(fileURLWithPath: "/nonexistent/kiosk.yaml")).server == nil)
    }

    @Test func aBrokenFileIsReportedNotIgnored() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString).yaml")
        try "idle_seconds: [oops".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: KioskConfigError.self) { try KioskConfig.load(from: url) }
    }

    /// What is wrong, and where, in the operator's language: never the YAML library's English.
    @Test(arguments: [
        ("quota: lots\n", YAMLProblem.badValue(key: "quota"), "«quota» мәні жарамсыз"),
        ("pin:\n  salt: abc\n", .missing(key: "pin.rounds"), "«pin.rounds» жазбасы жоқ"),
        ("quota: 3\n  idle_seconds: 5\n", .syntax(line: 2, column: 15), "YAML дұрыс емес: 2-жол, 15-баған"),
        ("quota: 3\nquota: 4\n", .duplicate(key: "quota"), "«quota» жазбасы екі рет берілген"),
        ("just words\n", .noEntries, "файлда жазбалар жоқ («атау: мән» жолдары)"),
        ("quota: 3\u{1}\n", .unreadable(.notText), "бұл UTF-8 мәтіні емес"),
    ])
    func aBrokenEntryIsNamed(text: String, problem: YAMLProblem, kazakh: String) throws {
        let scratch = try ScratchFolder("kiosk-settings")
        defer { scratch.remove() }
        let url = scratch.appending("kiosk.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let error = #expect(throws: KioskConfigError.self) { try KioskConfig.load(from: url) }
        #expect(error == .unreadable(path: url.path, problem: problem))
        #expect(try error.map { try Catalog.bundled().text($0, in: .kk) } == "\(url.path) киоск баптаулары оқылмады: \(kazakh)")
    }

    @Test func settingsThatCannotBeSavedSayWhy() throws {
        let scratch = try ScratchFolder("kiosk-unsaved")
        defer { scratch.remove() }
        let file = scratch.appending("a-file")
        try Data("x".utf8).write(to: file)
        var config = KioskConfig()
        config.quota = 2
        for url in [file.appendingPathComponent("kiosk.yaml"), file.appendingPathComponent("deeper/kiosk.yaml")] {
            let error = #expect(throws: KioskConfigError.self) { try config.save(to: url) }
            #expect(error == .unwritable(path: url.path, reason: .notFolder), "the system's cause, not a guess")
        }
    }

    @Test func configFollowsXDG() {
        #expect(KioskConfig.defaultURL(environment: ["XDG_CONFIG_HOME": "/x"]).path == "/x/tekser/kiosk.yaml")
        #expect(KioskConfig.defaultURL(environment: ["HOME": "/home/a"]).path == "/home/a/.config/tekser/kiosk.yaml")
    }
}

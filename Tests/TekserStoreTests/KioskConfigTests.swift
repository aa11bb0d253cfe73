import Foundation
import Testing
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

    @Test func configFollowsXDG() {
        #expect(KioskConfig.defaultURL(environment: ["XDG_CONFIG_HOME": "/x"]).path == "/x/tekser/kiosk.yaml")
        #expect(KioskConfig.defaultURL(environment: ["HOME": "/home/a"]).path == "/home/a/.config/tekser/kiosk.yaml")
    }
}

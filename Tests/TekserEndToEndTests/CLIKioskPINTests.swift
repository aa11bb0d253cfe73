import Foundation
import Testing

@Suite struct CLIKioskPINTests {
    @Test func setPINStoresOnlyASaltedHash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-pin-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("kiosk.yaml").path
        let ok = try Binary.run(["kiosk", "set-pin", "--config", config, "--lang", "en"], stdin: "739146\n739146\n")
        #expect(ok.status == 0, "\(ok.stderr)")
        let text = try String(contentsOfFile: config, encoding: .utf8)
        #expect(text.contains("rounds: 210000"))
        #expect(!text.contains("739146"))

        let mismatch = try Binary.run(["kiosk", "set-pin", "--config", config, "--lang", "en"], stdin: "1111\n2222\n")
        #expect(mismatch.status == 1)
        #expect(mismatch.stderr.contains("The two PINs differ"))
        #expect(try String(contentsOfFile: config, encoding: .utf8) == text, "a failed attempt changes nothing")
    }
}

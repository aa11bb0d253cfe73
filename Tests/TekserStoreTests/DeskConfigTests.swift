import Foundation
import Testing
@testable import TekserStore

@Suite struct DeskConfigTests {
    @Test func theOperatorComesFromTheSettingsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("desk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = DeskConfig.defaultURL(environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(url.path == folder.path + "/tekser/desk.yaml")
        #expect(try DeskConfig.load(from: url).operator == nil)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "operator: Айгерім С.\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try DeskConfig.load(from: url).operator == "Айгерім С.")
        try "operator: [broken\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: (any Error).self) { try DeskConfig.load(from: url) }
    }
}

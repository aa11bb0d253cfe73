import Foundation
import Testing
import TekserCore
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
        let error = #expect(throws: DeskConfigError.self) { try DeskConfig.load(from: url) }
        #expect(error?.problem == .syntax(line: 2, column: 1), "where the reader stopped")
        let catalog = try Catalog.bundled()
        #expect(error.map { catalog.text($0, in: .ru) }
            == "не удаётся прочитать настройки справочной службы \(url.path): это некорректный YAML: строка 2, столбец 1")
    }
}

import Foundation
import Testing
import TekserStore
@testable import TekserServer
import TestSupport

/// The server setting: what is accepted, the one-line reason for what is not, and the
/// password that never shows.
@Suite struct ServerURLTests {
    static let environment = ["USER": "aigerim"]

    @Test(arguments: [
        ("postgresql://desk@db.example:6543/team", "postgresql://desk@db.example:6543/team"),
        ("postgresql://desk:s%40cret@db.example/team", "postgresql://desk@db.example:5432/team"),
        ("postgresql://db.example", "postgresql://aigerim@db.example:5432/aigerim"),
        ("  postgresql://desk@127.0.0.1:5433/tekser  ", "postgresql://desk@127.0.0.1:5433/tekser"),
    ])
    func acceptedSettingsAreNamedWithoutTheirPassword(text: String, shown: String) throws {
        #expect(try ServerURL(parsing: text, environment: Self.environment).description == shown)
    }

    @Test(arguments: [
        ("mysql://desk@db.example/team", "scheme"),
        ("db.example:5432", "scheme"),
        ("postgres://desk@db.example/team", "scheme"),
        ("postgresql://desk@/team", "host"),
        ("postgresql://desk@db.example:99999/team", "port"),
        ("postgresql://desk@db.example:54x2/team", "port"),
        ("postgresql://desk@db.example/team/extra", "database"),
    ])
    func refusedSettingsSayWhatIsWrong(text: String, problem: String) {
        #expect(throws: JournalError.badServerURL(text: text, problem: problem)) {
            try ServerURL(parsing: text, environment: Self.environment)
        }
    }

    @Test func aPasswordInARefusedSettingIsHiddenInTheMessage() {
        #expect(throws: JournalError.badServerURL(text: "mysql://desk:***@db.example/team", problem: "scheme")) {
            try ServerURL(parsing: "mysql://desk:hunter2@db.example/team")
        }
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let scratch = try ScratchFolder("pgpass")
        defer { scratch.remove() }
        let folder = scratch.url
        let file = folder.appendingPathComponent("pgpass")
        try "# team\nother.example:*:*:*:nope\ndb.example:5432:team:desk:pa\\:ss\n*:*:*:*:fallback\n".write(to: file, atomically: true, encoding: .utf8)
        chmod(file.path, 0o600)
        let url = try ServerURL(parsing: "postgresql://desk@db.example/team")
        #expect(try ServerURL(parsing: "postgresql://desk:inline@db.example/team").password(environment: ["PGPASSWORD": "env"]) == "inline")
        #expect(url.password(environment: ["PGPASSWORD": "env", "PGPASSFILE": file.path]) == "env")
        #expect(url.password(environment: ["PGPASSFILE": file.path]) == "pa:ss")
        #expect(try ServerURL(parsing: "postgresql://desk@db.example/other").password(environment: ["PGPASSFILE": file.path]) == "fallback")
        // Readable by others: ignored, as libpq ignores it.
        chmod(file.path, 0o644)
        #expect(url.password(environment: ["PGPASSFILE": file.path]) == nil)
    }
}

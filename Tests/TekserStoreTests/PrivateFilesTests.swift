import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

/// Every file Tekser creates is its user's alone (0600) in folders of their own (0700); what
/// already exists keeps its mode and is reported when others can read it.
@Suite struct PrivateFilesTests {
    /// A home whose folders are made world-readable by the usual umask (0755), as on a real machine.
    struct Home {
        let root: URL
        let environment: [String: String]

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-home-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            environment = ["HOME": root.path, "XDG_DATA_HOME": root.path + "/share", "XDG_STATE_HOME": root.path + "/state",
                           "XDG_CONFIG_HOME": root.path + "/config"]
        }

        func mode(_ relative: String) -> Int? {
            (try? FileManager.default.attributesOfItem(atPath: root.path + "/" + relative))?[.posixPermissions] as? Int
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func theLogTheStatusFileAndTheAccountsAreTheirOwnersOnly() throws {
        let home = try Home()
        defer { home.remove() }
        StateLog(url: StateLog.defaultURL(environment: home.environment)).write("loaded", "4 sources")
        try DataStatusFile.write(DataStatus(pid: getpid(), mode: "chat", folder: "/data", generation: 1, updated: Date(),
                                            sources: [], lastRefusal: nil), to: DataStatusFile.defaultURL(environment: home.environment))
        let accounts = try AccountStore.open(at: home.root.appendingPathComponent("share/tekser/accounts.sqlite"))
        try accounts.save(StoredAccount(language: .kk, quotaDay: nil, quotaUsed: 0), as: "aigerim")
        for file in ["state/tekser/tekser.log", "state/tekser/data-status.json", "share/tekser/accounts.sqlite"] {
            #expect(home.mode(file) == 0o600, "\(file)")
        }
        for folder in ["state", "state/tekser", "share", "share/tekser"] {
            #expect(home.mode(folder) == 0o700, "\(folder)")
        }
        #expect(PrivateFiles.readableByOthers(XDG.tekserFolders(environment: home.environment)).isEmpty)
    }

    @Test func existingFoldersKeepTheirModeAndAreReportedWhenOthersCanRead() throws {
        let home = try Home()
        defer { home.remove() }
        let shared = home.root.appendingPathComponent("state/tekser")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        let log = shared.appendingPathComponent("tekser.log")
        try Data("old\n".utf8).write(to: log)
        chmod(log.path, 0o644)
        StateLog(url: log).write("loaded", "4 sources")
        #expect(home.mode("state/tekser") == 0o755, "an existing folder is the operator's choice")
        let found = PrivateFiles.readableByOthers(XDG.tekserFolders(environment: home.environment))
        #expect(found.map(\.path) == [shared.path, log.path])
        #expect(found.map(\.mode) == [0o755, 0o644])
    }
}

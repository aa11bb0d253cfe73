import Foundation
import Testing
import TekserCore
@testable import TekserStore

@Suite struct AccountStoreTests {
    @Test func anAccountIsRememberedAcrossOpens() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accounts-\(UUID().uuidString)/accounts.sqlite")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let store = try AccountStore.open(at: url)
        #expect(try store.load("aigerim") == nil)
        let account = StoredAccount(language: .ru, quotaDay: CalendarDate(year: 2026, month: 11, day: 25), quotaUsed: 3)
        try store.save(account, as: "aigerim")
        try store.save(StoredAccount(language: .en, quotaDay: nil, quotaUsed: 0), as: "other")
        let reopened = try AccountStore.open(at: url)
        #expect(try reopened.load("aigerim") == account)
        #expect(try reopened.load("other")?.language == .en)
    }
}

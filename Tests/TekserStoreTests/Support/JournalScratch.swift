import Foundation
import TekserCore
import TestSupport
@testable import TekserStore

/// A journal in a new temporary folder, checked against the fixture, on the desk clock of Almaty.
struct JournalScratch {
    static let fixture = try! Fixture()
    static let checker = Checker(data: try! fixture.load())
    static let almaty = TimeZone(identifier: "Asia/Almaty")!
    /// 2026-11-02 10:00:00 UTC, 15:00 in Almaty.
    static let monday = Date(timeIntervalSince1970: 1_793_613_600)

    let directory: URL
    let url: URL
    let journal: Journal

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-journal-\(UUID().uuidString)")
        url = directory.appendingPathComponent("shift/journal.sqlite")
        journal = try Journal.open(at: url, timeZone: Self.almaty)
    }

    /// What the desk would record for `typed`.
    static func inquiry(_ typed: String, at date: Date = monday, operator name: String = "Айгерім",
                        channel: Channel = .phone, note: String = "") -> NewInquiry {
        NewInquiry(result: checker.check(typed), typed: typed, operator: name, channel: channel, note: note, at: date)
    }

    @discardableResult
    func record(_ typed: String, at date: Date = monday, operator name: String = "Айгерім",
                channel: Channel = .phone, note: String = "") throws -> InquiryID {
        try journal.record(Self.inquiry(typed, at: date, operator: name, channel: channel, note: note)).id
    }

    /// The bytes of the database and its -wal and -shm companions, as they are on disk now.
    func rawFiles() -> [String: Data] {
        var files: [String: Data] = [:]
        for suffix in ["", "-wal", "-shm"] {
            if let data = FileManager.default.contents(atPath: url.path + suffix) { files[url.lastPathComponent + suffix] = data }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

extension Date {
    func adding(days: Int, hours: Int = 0) -> Date { addingTimeInterval(Double(days * 86_400 + hours * 3600)) }
}

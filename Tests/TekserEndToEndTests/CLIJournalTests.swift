import Foundation
import Testing
import TekserCore
import TestSupport

/// `tekser check --journal` and `tekser journal …`, run as a user would.
@Suite struct CLIJournalTests {
    static let fixture = try! Fixture()
    static let masked = Fixture.maskedPersonIIN

    /// A new folder with a journal holding one batch: bank, invalid, IIN, club, bank.
    struct Desk {
        let folder: URL
        var journal: String { folder.appendingPathComponent("journal.sqlite").path }

        init(record: Bool = true) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-cli-journal-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard record else { return }
            let input = [Fixture.bank, "12345", "ИИН " + Fixture.personIIN, Fixture.investClub, Fixture.bank].joined(separator: "\n")
            let out = try Binary.run(["check", "--data", CLIJournalTests.fixture.directory.path, "--lang", "kk", "--file", "-",
                                      "--journal", journal, "--operator", "Әсел"], stdin: input)
            #expect(out.status == 2, "an invalid line gives status 2: \(out.stderr)")
        }

        func run(_ arguments: [String], environment: [String: String] = [:], outputPath: String? = nil) throws -> Binary.Output {
            try Binary.run(["journal"] + arguments + ["--journal", journal], environment: environment, outputPath: outputPath)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func aBatchRecordsEveryLineInvalidOnesToo() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let out = try desk.run(["export", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["typed"] as? String } == [Fixture.bank, "12345", Self.masked, Fixture.investClub, Fixture.bank])
        #expect(rows.map { $0["verdict"] as? String } == ["licensed", "invalid", "criminal_case", "criminal_case", "licensed"])
        #expect(rows.allSatisfy { $0["channel"] as? String == "batch" && $0["operator"] as? String == "Әсел" })
        #expect(rows[1]["problem"] as? String == "wrong_length")
        #expect(!out.stdout.contains(Fixture.personIIN))
    }

    @Test func listAndShowInRussianNeverShowTheIINWhole() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let list = try desk.run(["list", "--lang", "ru"])
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 + 5)
        #expect(lines[0].hasPrefix("№  Время"))
        #expect(lines[3].contains("12345") && lines[3].contains("не БИН/ИИН"))
        #expect(lines[4].contains(Self.masked) && lines[4].contains("уголовное дело"))
        let show = try desk.run(["show", "3", "--lang", "ru"])
        #expect(show.stdout.hasPrefix("Обращение № 3\n"))
        #expect(show.stdout.contains("Идентификатор: ИИН \(Self.masked)"))
        #expect(show.stdout.contains("afm (AFM), данные на 15.10.2026"))
        #expect(!(list.stdout + show.stdout).contains(Fixture.personIIN))
        let filtered = try desk.run(["list", "--verdict", "licensed", "--operator", "Әсел"])
        #expect(filtered.stdout.split(separator: "\n").count == 2 + 2)
    }

    @Test func statsAreAnAlignedTableWithKazakhNames() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let out = try desk.run(["stats", "--lang", "kk"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("5 өтініш, "))
        let top = try #require(lines.firstIndex { $0.hasPrefix("Жиі сұралғандар") })
        let table = Array(lines[(top + 1)...].prefix { !$0.isEmpty })
        #expect(table.count == 2 + 3)
        #expect(table[2].contains(Fixture.bank) && table[2].contains("«Тест Банк» АҚ") && table[2].hasSuffix(" 2"))
        // Asked once each: the one asked last comes first.
        #expect(table[3].contains(Fixture.investClub) && table[4].contains(Self.masked), "\(table.joined(separator: "\n"))")
        // Right-aligned counts end in one column: every line is as wide as the header (Cyrillic is one column each).
        #expect(Set(table.map(\.count)).count == 1, "\(table.joined(separator: "\n"))")
        let verdicts = try #require(lines.firstIndex(of: "Нәтижелер бойынша"))
        #expect(lines[verdicts + 3].hasPrefix("  қылмыстық іс") && lines[verdicts + 3].hasSuffix(" 2"))
    }

    @Test func csvExportHasABOMAndCp1251SaysWhatWasReplaced() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let file = desk.folder.appendingPathComponent("week.csv")
        let utf8 = try desk.run(["export", "--output", file.path])
        #expect(utf8.status == 0, "\(utf8.stderr)")
        let bytes = try [UInt8](Data(contentsOf: file))
        #expect(Array(bytes.prefix(5)) == [0xEF, 0xBB, 0xBF] + Array("id".utf8))
        let document = CSVDocument.parse(bytes)
        #expect(document.recordCount == 6)
        #expect(document.string(document.field(2, ofRecord: 1)) == "Әсел")

        let cp1251 = try desk.run(["export", "--encoding", "cp1251", "--lang", "en"])
        #expect(cp1251.status == 0)
        // Ә of the operator Әсел on five rows, Қ of the bank's Kazakh name «Тест Банк» АҚ on two.
        #expect(cp1251.stderr.contains("7 characters have no place in code page 1251"), "\(cp1251.stderr)")
        let refused = try desk.run(["export", "--format", "json", "--encoding", "cp1251", "--lang", "en"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("JSON is always UTF-8"))
    }

    @Test func theDefaultJournalFollowsXDGDataHome() throws {
        let desk = try Desk(record: false)
        defer { desk.remove() }
        let journal = desk.folder.appendingPathComponent("tekser/journal.sqlite").path
        _ = try Binary.run(["check", "--data", Self.fixture.directory.path, "--journal", journal, Fixture.bank])
        let out = try Binary.run(["journal", "list", "--lang", "en"], environment: ["XDG_DATA_HOME": desk.folder.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains(Fixture.bank))
    }

    @Test func anUnwritableJournalIsRefusedBeforeAnythingIsChecked() throws {
        let desk = try Desk(record: false)
        defer { desk.remove() }
        let blocker = desk.folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let out = try Binary.run(["check", "--data", Self.fixture.directory.path, "--lang", "ru", "--file", "-",
                                  "--journal", blocker.path + "/journal.sqlite"], stdin: Fixture.bank)
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty, "no answer is given that would not be journaled")
        #expect(out.stderr.hasPrefix("tekser: не удаётся записать журнал"), "\(out.stderr)")
    }

    @Test func aCorruptOrMissingJournalIsExplained() throws {
        let desk = try Desk(record: false)
        defer { desk.remove() }
        let missing = try desk.run(["list", "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("there is no journal at"))
        try Data(repeating: 0x5A, count: 10_000).write(to: URL(fileURLWithPath: desk.journal))
        let corrupt = try desk.run(["stats", "--lang", "kk"])
        #expect(corrupt.status == 1)
        #expect(corrupt.stderr.contains("журналы бүлінген"), "\(corrupt.stderr)")
    }

    @Test func showingAMissingNumberSaysSo() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let out = try desk.run(["show", "99", "--lang", "en"])
        #expect(out.status == 1)
        #expect(out.stderr.contains("there is no inquiry № 99"))
    }
}

extension CLIJournalTests {
    /// `/dev/full` stands in for a full disk: the export is not taken for done.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")))
    func outputThatCannotBeWrittenIsSaidAndFails() throws {
        let desk = try Desk()
        defer { desk.remove() }
        for command in [["export"], ["list", "--lang", "ru"], ["reports", "--export", "csv"]] {
            let out = try desk.run(command, outputPath: "/dev/full")
            #expect(out.status == 1, "\(command): \(out.stderr)")
            let said = command.contains("ru") ? "tekser: часть вывода не удалось записать: на диске не осталось места.\n"
                : "tekser: шығыстың бір бөлігі жазылмады: дискіде орын қалмады.\n"
            #expect(out.stderr == said, "\(command): \(out.stderr)")
        }
    }

    /// `-o /dev/stdout` or a named pipe is written into; renaming a file over it would replace the device.
    @Test func anExportToAPipeWritesIntoItAndLeavesItAPipe() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let fifo = desk.folder.appendingPathComponent("out.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        defer { close(reader) }
        let out = try desk.run(["export", "-o", fifo])
        #expect(out.status == 0, "\(out.stderr)")
        var bytes = [UInt8](repeating: 0, count: 65_536)
        let count = read(reader, &bytes, bytes.count)
        #expect(String(decoding: bytes.prefix(max(0, count)), as: UTF8.self).hasPrefix("\u{FEFF}id,time"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    /// An output far larger than C's buffer: the cause is the failed write's, not a later flush's.
    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full")))
    func aLargeExportLostToAFullDiskSaysTheDiskIsFull() throws {
        let desk = try Desk(record: false)
        defer { desk.remove() }
        let input = Array(repeating: Fixture.bank, count: 300).joined(separator: "\n")
        let recorded = try Binary.run(["check", "--data", Self.fixture.directory.path, "--file", "-", "--journal", desk.journal], stdin: input)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let out = try desk.run(["export", "--lang", "en"], outputPath: "/dev/full")
        #expect(out.status == 1)
        #expect(out.stderr == "tekser: some of the output could not be written: no space is left on the disk.\n", "\(out.stderr)")
    }

    /// A link is written through, as a device is: a rename would put a file in its place.
    @Test func anExportThroughALinkWritesItsTargetAndKeepsTheLink() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let target = desk.folder.appendingPathComponent("target.csv").path, link = desk.folder.appendingPathComponent("link.csv").path
        #expect(FileManager.default.createFile(atPath: target, contents: Data()) && symlink(target, link) == 0)
        let out = try desk.run(["export", "-o", link])
        #expect(out.status == 0, "\(out.stderr)")
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(String(decoding: FileManager.default.contents(atPath: target) ?? Data(), as: UTF8.self).hasPrefix("\u{FEFF}id,time"))
    }

    @Test func statsCountALinkAmongTheMostAskedSubjects() throws {
        let desk = try Desk(record: false)
        defer { desk.remove() }
        let input = ["https://crypto-oasis.example", "crypto-oasis.example/", Fixture.bank].joined(separator: "\n")
        let recorded = try Binary.run(["check", "--data", Self.fixture.directory.path, "--file", "-", "--journal", desk.journal], stdin: input)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let out = try desk.run(["stats", "--lang", "en"], environment: ["COLUMNS": "100"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        let top = try #require(lines.firstIndex { $0.hasPrefix("Most asked about") })
        #expect(lines[top + 1].split(separator: " ", omittingEmptySubsequences: true).first == "Subject")
        #expect(lines[top + 3].hasPrefix("  crypto-oasis.example") && lines[top + 3].hasSuffix(" 2"), "\(lines[top...])")
    }
}

/// The per-day chart of `tekser journal stats`, as a terminal shows it.
@Suite struct CLIJournalChartTests {
    @Test func inquiriesPerDayAreABarSplitByVerdictWithALegend() throws {
        let desk = try CLIJournalTests.Desk()
        defer { desk.remove() }
        let out = try desk.run(["stats", "--lang", "en"], environment: ["COLUMNS": "40"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Per day"))
        let day = try #require(lines[start + 1].dropFirst(2).prefix(10).description as String?)
        // 2 criminal cases, 2 licensed, 1 invalid in 24 cells: 9.6, 9.6 and 4.8, by largest remainder.
        #expect(Array(lines[(start + 1)...(start + 5)]) == [
            "  \(day)  ██████████▞▞▞▞▞▞▞▞▞····· 5",
            "",
            "  █ criminal case  ▞ licensed",
            "  · not an identifier",
            "",
        ])
        let ascii = try desk.run(["stats", "--lang", "en"], environment: ["COLUMNS": "40", "LANG": "C"])
        #expect(ascii.stdout.contains("  \(day)  ##########+++++++++..... 5\n\n  # criminal case  + licensed\n  . not an identifier\n"))
    }

    @Test func theChartIsAlsoAnSVGFileForTheReport() throws {
        let desk = try CLIJournalTests.Desk()
        defer { desk.remove() }
        let svg = desk.folder.appendingPathComponent("week.svg")
        let out = try desk.run(["stats", "--lang", "ru", "--svg", svg.path])
        #expect(out.status == 0, "\(out.stderr)")
        let text = try String(contentsOf: svg, encoding: .utf8)
        #expect(text.hasPrefix("<?xml") && text.contains("Обращения по дням и результатам") && text.hasSuffix("</svg>\n"))
        #expect(text.components(separatedBy: "class=\"bar\"").count - 1 == 3)
        #expect((try FileManager.default.attributesOfItem(atPath: svg.path)[.posixPermissions] as? Int) == 0o600)
    }
}

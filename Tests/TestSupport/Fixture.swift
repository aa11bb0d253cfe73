import Foundation
import TekserCore

/// A small, fully known data set in a temporary folder: every verdict and conflict occurs once.
public struct Fixture: Sendable {
    public let directory: URL

    // Licensed register
    public static let bank = validBIN("94014000038")              // 940140000385: active bank
    public static let revokedMFO = validBIN("15034000012")
    public static let suspendedMFO = validBIN("16054000021")
    public static let cloneTarget = validBIN("05114000077")       // licensed and on the warning list
    public static let prosecutedBroker = validBIN("10024000055")  // licensed and with an AFM case
    // Warning list
    public static let investClub = validBIN("21074000099")        // warning list and MVD case
    // Cases
    public static let afmOnly = validBIN("19124000031")
    public static let personIIN = validIIN("850312300")           // born 1985-03-12, male
    /// How every output must show `personIIN`: its last four digits only.
    public static var maskedPersonIIN: String { "•••• •••• " + personIIN.suffix(4) }
    /// Valid, but in no file.
    public static let unknown = validBIN("22014000042")

    /// The check digit appended to eleven digits (the serial nudged when "never issued").
    public static func validBIN(_ first11: String) -> String {
        var digits = first11.compactMap(\.wholeNumberValue)
        precondition(digits.count == 11)
        while CheckDigit.compute(digits) == nil { digits[10] = (digits[10] + 1) % 10 }
        return digits.map(String.init).joined() + String(CheckDigit.compute(digits)!)
    }

    /// An IIN from nine digits (date of birth and century digit) plus a serial.
    public static func validIIN(_ first9: String, serial: String = "01") -> String {
        validBIN(first9 + serial)
    }

    public static let manifest = """
    dataset:
      title: "Test data"
      demo: true
    sources:
      - id: licensed
        kind: licensed
        publisher: ARDFM
        file: licensed.csv
        as_of: 2026-11-01
        columns: {bin: "БИН", name_ru: "Наименование", name_kk: "Атауы", licence_type: "Вид", licence_number: "Номер", issue_date: "Выдана", status: "Статус", status_date: "Дата статуса"}
      - id: warning
        kind: warning
        publisher: ARDFM
        file: warning.csv
        as_of: 2026-11-02
        columns: {number: "№", name: "Name", bin: "BIN", links: ["Site", "Social"], date_added: "Added", note: "Note"}
      - id: afm
        kind: criminal_case
        publisher: AFM
        file: afm.csv
        as_of: 2026-10-15
        columns: {case_number: "ЕРДР", id: "БИН/ИИН", name: "Наименование", article: "Статья", registration_date: "Дата", status: "Статус", agency: "Орган"}
      - id: mvd
        kind: criminal_case
        publisher: MVD
        file: mvd.csv
        as_of: 2026-10-20
        encoding: cp1251
        delimiter: ";"
        columns: {case_number: "ЕРДР", id: "БИН/ИИН", name: "Наименование", article: "Статья", registration_date: "Дата", status: "Статус", agency: "Орган"}
    """

    /// Lines joined with LF, ending with one.
    public static func csv(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    public static var licensedCSV: String {
        csv([
            "БИН,Наименование,Атауы,Вид,Номер,Выдана,Статус,Дата статуса",
            #"\#(bank),"АО ""Тест Банк""",«Тест Банк» АҚ,Банковская деятельность,1.2.3/45,01.02.1995,действующая,"#,
            "\(revokedMFO),ТОО «МФО Отзыв»,«МҚҰ Отзыв» ЖШС,Микрофинансовая деятельность,МФО-001,10.03.2021,отозвана,01.06.2024",
            "\(suspendedMFO),ТОО «МФО Пауза»,«МҚҰ Пауза» ЖШС,Микрофинансовая деятельность,МФО-002,11.03.2021,приостановлена,15.02.2024",
            "\(cloneTarget),АО «Клон Страхование»,«Клон Сақтандыру» АҚ,Страховая деятельность,СТР-7,05.05.2006,действующая,",
            "\(prosecutedBroker),АО «Брокер Дело»,«Брокер Іс» АҚ,Брокерская и дилерская деятельность,БД-9,01.03.2010,действующая,",
        ])
    }

    public static var warningCSV: String {
        csv([
            "№,Name,BIN,Site,Social,Added,Note",
            "1,Инвест Клуб «Быстрый доход»,\(investClub),https://fast-income.kz,\"https://t.me/fastincome",
            "instagram.com/fast.income\",2026-01-15,обещает 30% в месяц",
            "2,Клон Страхование (подделка),\(cloneTarget),https://klon-strah.kz,,2026-02-01,выдаёт себя за страховую компанию",
            "3,Crypto Oasis,,https://crypto-oasis.example,@cryptooasis,2026-03-03,",
        ])
    }

    /// The warning list plus subjects known only by links (Cyrillic domains, every network),
    /// for link checks; kept apart so tests that count the list's rows are unaffected.
    public static var warningWithLinksCSV: String {
        warningCSV + csv([
            "4,Демо Береке Онлайн,,https://демо-береке.қаз/ru/ https://www.bereke-online.example/invest/,"
                + "\"https://instagram.com/bereke.online/ https://t.me/bereke_online\",2026-04-04,",
            "5,Tube Profit,,,https://youtube.com/@TubeProfit https://www.tiktok.com/@tube.profit https://vk.com/tubeprofit "
                + "https://facebook.com/tubeprofit https://whatsapp.com/channel/0029VaTube,2026-05-05,",
        ])
    }

    public static var afmCSV: String {
        csv([
            "ЕРДР,БИН/ИИН,Наименование,Статья,Дата,Статус,Орган",
            "257500031000101,\(afmOnly),ТОО «Пирамида Один»,217 ч.2,2025-11-01,досудебное расследование,ДЭР по г. Алматы",
            "257500031000102,\(prosecutedBroker),АО «Брокер Дело»,190 ч.4,2026-01-20,досудебное расследование,ДЭР по г. Астане",
            "257500031000103,\(personIIN),Иванов И.И.,217 ч.3,2026-02-02,направлено в суд,ДЭР по г. Шымкенту",
        ])
    }

    public static var mvdCSV: String {
        csv([
            "ЕРДР;БИН/ИИН;Наименование;Статья;Дата;Статус;Орган",
            "267500021000201;\(investClub);Инвест Клуб «Быстрый доход»;217 ч.1;12.04.2026;досудебное расследование;ДП г. Алматы",
        ])
    }

    /// Writes the fixture (or a variant) to a new temporary folder.
    public init(
        manifest: String = Fixture.manifest, licensed: String = Fixture.licensedCSV, warning: String = Fixture.warningCSV,
        afm: String = Fixture.afmCSV, mvdBytes: [UInt8]? = nil
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try manifest.write(to: directory.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        try licensed.write(to: directory.appendingPathComponent("licensed.csv"), atomically: true, encoding: .utf8)
        try warning.write(to: directory.appendingPathComponent("warning.csv"), atomically: true, encoding: .utf8)
        try afm.write(to: directory.appendingPathComponent("afm.csv"), atomically: true, encoding: .utf8)
        let mvd = mvdBytes ?? [UInt8](Fixture.mvdCSV.data(using: .windowsCP1251)!)
        try Data(mvd).write(to: directory.appendingPathComponent("mvd.csv"))
    }

    /// The fixture with the licensed file cut in the middle of its third row, as an interrupted
    /// copy leaves it: a publish must refuse it (5 rows became 2, 1 rejected).
    public static func truncated() throws -> Fixture {
        let text = licensedCSV
        return try Fixture(licensed: String(text.prefix(text.count / 2)))
    }

    /// Loads the fixture.
    public func load() throws -> DataSet {
        try DataSet.load(directory: directory)
    }

    public func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

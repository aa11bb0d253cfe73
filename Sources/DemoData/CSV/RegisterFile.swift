import TekserCore
/// One registry file as `data/manifest.yaml` describes it: its name, headers, bytes and date.
///
/// The manifest is the contract; these values must match it exactly (a test reads both).
struct RegisterFile: Sendable {
    let name: String
    let columns: [String]
    let delimiter: UInt8
    let encoding: TextEncoding
    /// Whether the file starts with a UTF-8 byte order mark, as Excel's "CSV UTF-8" export does.
    let byteOrderMark: Bool
    /// The last day the export covers: the day before the manifest's `as_of`.
    let lastDay: CalendarDate

    static let licensed = RegisterFile(
        name: "ardfm-licensed.csv",
        columns: ["БИН", "Атауы", "Наименование", "Вид деятельности", "Номер лицензии",
                  "Дата выдачи", "Статус", "Дата изменения статуса"],
        delimiter: UInt8(ascii: ","), encoding: .utf8, byteOrderMark: true,
        lastDay: CalendarDate(year: 2026, month: 10, day: 31))

    static let warningList = RegisterFile(
        name: "ardfm-warning-list.csv",
        columns: ["Р/с №", "Атауы", "БСН", "Сайт", "Әлеуметтік желілер", "Енгізілген күні", "Ескертпе"],
        delimiter: UInt8(ascii: ","), encoding: .utf8, byteOrderMark: false,
        lastDay: CalendarDate(year: 2026, month: 10, day: 31))

    static let afmCases = RegisterFile(
        name: "afm-criminal-cases.csv",
        columns: ["Номер ЕРДР", "БИН/ИИН", "Наименование", "Статья УК", "Дата регистрации", "Статус", "Орган"],
        delimiter: UInt8(ascii: ","), encoding: .utf8, byteOrderMark: false,
        lastDay: CalendarDate(year: 2026, month: 10, day: 14))

    static let mvdCases = RegisterFile(
        name: "mvd-criminal-cases.csv",
        columns: ["№ КУИ/ЕРДР", "ИИН/БИН", "Субъект", "Статья", "Дата", "Процессуальное решение", "Подразделение"],
        delimiter: UInt8(ascii: ";"), encoding: .cp1251, byteOrderMark: false,
        lastDay: CalendarDate(year: 2026, month: 10, day: 19))

    static let all = [licensed, warningList, afmCases, mvdCases]
}

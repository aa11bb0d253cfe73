import Foundation

/// One loaded registry file: its rows that passed validation, kept in the parsed CSV file
/// (its own column store) or in a compiled file, and an index from identifier to row.
///
/// A class: answers pass it around by reference, never copying its dozen fields.
///
/// Rows are turned into `Evidence` only when a lookup matches them, so loading a
/// million rows makes no `String` per field.
public final class RegistrySource: Sendable {
    public let summary: SourceSummary
    public let report: LoadReport
    let description: SourceDescription
    let store: RowStore
    let index: IdentifierIndex
    let statuses: ValueMapper<LicenceStatus>
    let types: ValueMapper<LicenceType>
    /// For a compiled source: the CSV file, read only if compiled bytes turn out damaged.
    let recovery: Recovery?

    init(summary: SourceSummary, report: LoadReport, description: SourceDescription, store: RowStore,
         index: IdentifierIndex, recovery: Recovery? = nil) {
        self.summary = summary
        self.report = report
        self.description = description
        self.store = store
        self.index = index
        self.recovery = recovery
        statuses = .statuses(of: description)
        types = .types(of: description)
    }

    /// Reads and validates `description.file` inside `directory`.
    public static func load(_ description: SourceDescription, directory: URL, progress: BuildProgress? = nil) throws(SourceError) -> RegistrySource {
        let url = directory.appendingPathComponent(description.file)
        guard let bytes = FileBytes.read(url) else { throw .unreadable(path: url.path) }
        let document = CSVDocument.parse(consume bytes, encoding: description.encoding, delimiter: description.delimiter)
        if document.malformed.contains(where: { if case .fileTooLarge = $0.reason { true } else { false } }) {
            throw .tooLarge(path: url.path)
        }
        progress?.expect(document.recordCount - 1)
        return try RegistryLoader(description: description, document: document, path: url.path, progress: progress).load()
    }

    /// The loaded rows whose identifier is `number`, in file order.
    public func rows(matching number: UInt64) -> [Int] {
        if let rows = index.rows(for: number) { return rows }
        return recovered("identifier index")?.rows(matching: number) ?? []
    }

    /// Whether any loaded row carries `number`; allocates nothing.
    public func contains(_ number: UInt64) -> Bool {
        if let found = index.contains(number) { return found }
        return recovered("identifier index")?.contains(number) ?? false
    }

    /// How many rows are loaded.
    public var rowCount: Int { store.count }

    /// Reads loaded row `row`; `nil` only when its compiled bytes are damaged and the CSV file
    /// cannot be read either.
    func read<Result>(_ row: Int, _ body: (any RowValues) -> Result) -> Result? {
        switch store {
        case .csv(let rows):
            return body(RowReader(rows: rows, record: Int(rows.records[row])))
        case .compiled(let rows):
            if let values = rows.values(ofRow: row) { return body(values) }
            return recovered("row \(row + 1)")?.read(row, body)
        }
    }

    /// The CSV source that answers instead of damaged compiled bytes; reports the damage first.
    private func recovered(_ part: String) -> RegistrySource? {
        recovery?.source(damaged: "\(summary.id): \(part)")
    }

    /// The 1-based file line of loaded row `row`.
    func line(ofRow row: Int) -> Int? {
        read(row) { $0.line }
    }

    /// The loaded row on 1-based file line `line`, if one starts there (rows are in file order).
    func row(atLine line: Int) -> Int? {
        var lo = 0, hi = rowCount
        while lo < hi {
            let mid = (lo + hi) / 2
            guard let found = self.line(ofRow: mid) else { return nil }
            if found < line { lo = mid + 1 } else { hi = mid }
        }
        return lo < rowCount && self.line(ofRow: lo) == line ? lo : nil
    }

    /// The links of loaded row `row` as written (only warning lists have them).
    func links(row: Int) -> [String] {
        read(row) { $0.links() } ?? []
    }

    /// The text of `field` in loaded row `row`, `nil` when empty.
    func text(_ field: Field, row: Int) -> String? {
        read(row) { $0.text(field) } ?? nil
    }

    /// The full evidence of loaded row `row`.
    public func evidence(row: Int) -> Evidence? {
        read(row) { values in
            let fields = description.kind.fields.compactMap { field -> Evidence.FieldValue? in
                guard values.columnCount(field) > 0 else { return nil }
                return Evidence.FieldValue(field: field, value: values.joined(field))
            }
            return Evidence(source: summary, line: values.line, fields: fields, details: details(values))
        }
    }

    /// What a name search ranks loaded row `row` by, read from its identifier and status alone:
    /// the search reads the whole evidence of the results it shows only.
    func standing(row: Int) -> RowStanding? {
        read(row) { values in
            switch description.kind {
            case .licensed: RowStanding(identifier: identifier(.bin, of: values), kind: VerdictKind(statuses.value(of: values.text(.status) ?? "")!))
            case .warning: RowStanding(identifier: identifier(.bin, of: values), kind: .warningList)
            case .criminalCase: RowStanding(identifier: identifier(.id, of: values), kind: .criminalCase)
            }
        }
    }

    private func identifier(_ field: Field, of row: any RowValues) -> Identifier? {
        // Twelve digits as written, the usual case, need no parsing of typed text.
        if let number = row.withBytes(field, column: 0, { Identifier.number(fromASCII: $0) }) {
            return try? Identifier(number: number)
        }
        return row.text(field).flatMap { try? IdentifierParser.parse($0).get() }
    }

    private func details(_ row: any RowValues) -> RecordDetails {
        func identifier(_ field: Field) -> Identifier? { self.identifier(field, of: row) }
        func date(_ field: Field) -> CalendarDate? { row.text(field).flatMap(CalendarDate.init(parsing:)) }
        // Rows were validated on load, so the required values are present.
        switch description.kind {
        case .licensed:
            let typeText = row.text(.licenceType) ?? ""
            return .licensed(LicensedEntity(
                bin: identifier(.bin)!, nameKk: row.text(.nameKk), nameRu: row.text(.nameRu) ?? row.text(.name),
                licenceType: types.value(of: typeText) ?? .other, licenceTypeText: typeText,
                licenceNumber: row.text(.licenceNumber) ?? "", issueDate: date(.issueDate)!,
                status: statuses.value(of: row.text(.status) ?? "")!, statusDate: date(.statusDate)))
        case .warning:
            return .warning(WarningSubject(
                number: row.text(.number) ?? "", name: row.text(.name) ?? "", bin: identifier(.bin),
                links: row.links(), dateAdded: date(.dateAdded)!, note: row.text(.note)))
        case .criminalCase:
            return .criminalCase(CriminalCase(
                caseNumber: row.text(.caseNumber) ?? "", subject: identifier(.id)!, name: row.text(.name) ?? "",
                article: row.text(.article) ?? "", registrationDate: date(.registrationDate)!,
                status: row.text(.status) ?? "", agency: row.text(.agency)))
        }
    }
}

/// A row's identifier and the verdict it gives on its own (see `RegistrySource.standing`).
struct RowStanding {
    let identifier: Identifier?
    let kind: VerdictKind

    /// A person's row: found by citizens only by their exact IIN.
    var isPerson: Bool { identifier?.kind == .iin }
}

/// Where a source's loaded rows are read from.
enum RowStore: Sendable {
    /// The parsed CSV file and the record of each loaded row.
    case csv(CSVRows)
    /// The rows section of a compiled file.
    case compiled(CompiledRows)

    var count: Int {
        switch self {
        case .csv(let rows): rows.records.count
        case .compiled(let rows): rows.count
        }
    }
}

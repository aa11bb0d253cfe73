import Foundation

/// One loaded registry file: the parsed CSV kept as its own column store, the rows that
/// passed validation, and an index from identifier to row.
///
/// Rows are turned into `Evidence` only when a lookup matches them, so loading a
/// million rows makes no `String` per field.
public struct RegistrySource: Sendable {
    public let summary: SourceSummary
    public let report: LoadReport
    let description: SourceDescription
    let document: CSVDocument
    /// Field → column indexes in the file (several only for `links`).
    let columns: [Field: [Int]]
    /// The CSV record of each loaded row.
    let records: [UInt32]
    let index: IdentifierIndex
    let statuses: ValueMapper<LicenceStatus>
    let types: ValueMapper<LicenceType>

    /// Reads and validates `description.file` inside `directory`.
    public static func load(_ description: SourceDescription, directory: URL) throws(SourceError) -> RegistrySource {
        let url = directory.appendingPathComponent(description.file)
        guard let bytes = FileBytes.read(url) else { throw .unreadable(path: url.path) }
        let document = CSVDocument.parse(consume bytes, encoding: description.encoding, delimiter: description.delimiter)
        if document.malformed.contains(where: { if case .fileTooLarge = $0.reason { true } else { false } }) {
            throw .tooLarge(path: url.path)
        }
        return try RegistryLoader(description: description, document: document, path: url.path).load()
    }

    /// The loaded rows whose identifier is `number`, in file order.
    public func rows(matching number: UInt64) -> [Int] {
        index.rows(for: number)
    }

    /// Whether any loaded row carries `number`; allocates nothing.
    public func contains(_ number: UInt64) -> Bool {
        index.contains(number)
    }

    /// How many rows are loaded.
    public var rowCount: Int { records.count }

    /// The 1-based file line of loaded row `row`.
    func line(ofRow row: Int) -> Int {
        document.line(ofRecord: Int(records[row]))
    }

    /// The loaded row on 1-based file line `line`, if one starts there (rows are in file order).
    func row(atLine line: Int) -> Int? {
        var lo = 0, hi = records.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self.line(ofRow: mid) < line { lo = mid + 1 } else { hi = mid }
        }
        return lo < records.count && self.line(ofRow: lo) == line ? lo : nil
    }

    /// The links of loaded row `row` as written (only warning lists have them).
    func links(row: Int) -> [String] {
        guard columns[.links] != nil else { return [] }
        return RowReader(document: document, record: Int(records[row]), columns: columns).links()
    }

    /// The full evidence of loaded row `row`.
    public func evidence(row: Int) -> Evidence {
        let record = Int(records[row])
        let reader = RowReader(document: document, record: record, columns: columns)
        let fields = description.kind.fields.compactMap { field -> Evidence.FieldValue? in
            guard columns[field] != nil else { return nil }
            return Evidence.FieldValue(field: field, value: reader.joined(field))
        }
        return Evidence(source: summary, line: document.line(ofRecord: record), fields: fields, details: details(reader))
    }

    private func details(_ row: RowReader) -> RecordDetails {
        func identifier(_ field: Field) -> Identifier? {
            row.text(field).flatMap { try? IdentifierParser.parse($0).get() }
        }
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

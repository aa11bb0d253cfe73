/// Validates the rows of a parsed registry file and builds its index.
struct RegistryLoader {
    let description: SourceDescription
    let document: CSVDocument
    let path: String
    /// Computed once: deciding 19YY or 20YY needs the current year, which is slow to ask for per row.
    let referenceYear = Identifier.currentYear

    func load() throws(SourceError) -> RegistrySource {
        guard document.recordCount > 0 else { throw .empty(path: path) }
        let columns = try mapHeader()
        let summary = SourceSummary(
            id: description.id, kind: description.kind, publisher: description.publisher,
            file: description.file, asOf: description.asOf)
        let statuses = ValueMapper<LicenceStatus>(
            builtIn: LicenceStatus.spellings, extra: description.values[.status] ?? [:], substring: false)
        let types = ValueMapper<LicenceType>(
            builtIn: LicenceType.spellings, extra: description.values[.licenceType] ?? [:],
            order: LicenceType.matchOrder, substring: true)

        var report = LoadReport(source: summary)
        report.encoding = document.encoding
        report.delimiter = document.delimiter
        let malformed = Set(document.malformed.map(\.record))
        let headerWidth = document.fieldCount(ofRecord: 0)
        let keyField = description.kind == .criminalCase ? Field.id : .bin
        var records: [UInt32] = []
        var packed: [UInt64] = []
        records.reserveCapacity(document.recordCount)
        packed.reserveCapacity(document.recordCount)
        var duplicates = DuplicateFinder(kind: description.kind)
        var statusCache = StatusCache(mapper: statuses)

        for record in 1 ..< document.recordCount {
            report.rowsRead += 1
            let line = document.line(ofRecord: record)
            let row = RowReader(document: document, record: record, columns: columns)
            let problem: RowProblem?
            let number: UInt64?
            if malformed.contains(record) {
                (problem, number) = (.unterminatedQuote, nil)
            } else if document.fieldCount(ofRecord: record) != headerWidth {
                (problem, number) = (.wrongColumnCount(expected: headerWidth, found: document.fieldCount(ofRecord: record)), nil)
            } else {
                (problem, number) = validate(row, keyField: keyField, statuses: &statusCache)
            }
            if let problem {
                report.rejections.append(.init(line: line, problem: problem))
                continue
            }
            if let firstRecord = duplicates.firstRecord(sameAs: row) {
                let key = duplicates.keyText(row)
                report.rejections.append(.init(line: line, problem: .duplicate(key: key, firstLine: document.line(ofRecord: firstRecord))))
                continue
            }
            if records.count >= IdentifierIndex.maxRows { throw .tooLarge(path: path) }
            if let number { packed.append(IdentifierIndex.pack(number: number, row: records.count)) }
            records.append(UInt32(record))
            report.loaded += 1
        }
        return RegistrySource(
            summary: summary, report: report, description: description, document: document,
            columns: columns, records: records, index: IdentifierIndex(packing: packed),
            statuses: statuses, types: types)
    }

    /// Finds each mapped header in the first record.
    private func mapHeader() throws(SourceError) -> [Field: [Int]] {
        var headers: [String: Int] = [:]
        for column in 0 ..< document.fieldCount(ofRecord: 0) {
            let name = document.string(document.field(column, ofRecord: 0))
            headers[Self.headerKey(name)] = headers[Self.headerKey(name)] ?? column
        }
        var columns: [Field: [Int]] = [:]
        for field in description.kind.fields {
            for name in description.columns[field] ?? [] {
                guard let column = headers[Self.headerKey(name)] else {
                    throw .missingColumn(path: path, field: field, header: name)
                }
                columns[field, default: []].append(column)
            }
        }
        return columns
    }

    static func headerKey(_ header: String) -> String {
        header.trimmingSpaces.lowercased()
    }

    /// The first problem of a row, or the identifier number it is indexed under.
    private func validate(_ row: RowReader, keyField: Field, statuses: inout StatusCache) -> (RowProblem?, UInt64?) {
        for field in description.kind.requiredFields where row.isBlank(field) {
            return (.missingField(field), nil)
        }
        if description.kind == .licensed, row.isBlank(.nameKk), row.isBlank(.nameRu), row.isBlank(.name) {
            return (.missingField(.name), nil)
        }
        for field in Field.dateFieldsInOrder where columns(has: field) {
            let bytes = row.bytes(field)
            if !bytes.isEmpty, CalendarDate(ascii: bytes) == nil {
                return (.badDate(field, String(decoding: bytes, as: UTF8.self)), nil)
            }
        }
        if description.kind == .licensed, !statuses.isKnown(row.bytes(.status)) {
            return (.unknownValue(.status, String(decoding: row.bytes(.status), as: UTF8.self)), nil)
        }
        let idBytes = row.bytes(keyField)
        if idBytes.isEmpty { return (nil, nil) }
        if let number = Identifier.number(fromASCII: idBytes) {
            do {
                _ = try Identifier(number: number, referenceYear: referenceYear)
                return (nil, number)
            } catch {
                return (.badIdentifier(keyField, error), nil)
            }
        }
        switch IdentifierParser.parse(String(decoding: idBytes, as: UTF8.self)) {
        case .failure(let problem): return (.badIdentifier(keyField, problem), nil)
        case .success(let identifier): return (nil, identifier.number)
        }
    }

    private func columns(has field: Field) -> Bool { description.columns[field] != nil }
}

extension Field {
    static let dateFieldsInOrder: [Field] = [.issueDate, .statusDate, .dateAdded, .registrationDate]
}

/// Remembers the few status spellings of a file by their bytes, so a million rows make no strings.
struct StatusCache {
    let mapper: ValueMapper<LicenceStatus>
    private var known: [ArraySlice<UInt8>: Bool] = [:]

    init(mapper: ValueMapper<LicenceStatus>) { self.mapper = mapper }

    mutating func isKnown(_ bytes: ArraySlice<UInt8>) -> Bool {
        if let answer = known[bytes] { return answer }
        let answer = mapper.value(of: String(decoding: bytes, as: UTF8.self)) != nil
        if known.count < 64 { known[ArraySlice(Array(bytes))] = answer }
        return answer
    }
}

/// Validates the rows of a parsed registry file and builds its index.
struct RegistryLoader {
    let description: SourceDescription
    let document: CSVDocument
    let path: String
    let progress: BuildProgress?

    func load() throws(SourceError) -> RegistrySource {
        guard document.recordCount > 0 else { throw .empty(path: path) }
        let columns = try mapHeader()
        let summary = SourceSummary(
            id: description.id, kind: description.kind, publisher: description.publisher,
            file: description.file, asOf: description.asOf)
        let statuses = ValueMapper.statuses(of: description)

        var report = LoadReport(source: summary)
        report.encoding = document.encoding
        report.delimiter = document.delimiter
        let checked = RowChecks.run(document: document, columns: columns, kind: description.kind, statuses: statuses, progress: progress)

        var records: [UInt32] = []
        var packed: [UInt64] = []
        records.reserveCapacity(document.recordCount)
        packed.reserveCapacity(document.recordCount)
        var firstByKey = FirstRowTable(capacity: document.recordCount)
        let duplicates = checked.duplicates
        for record in 1 ..< document.recordCount {
            report.rowsRead += 1
            if let problem = checked.problems[record] {
                report.rejections.append(.init(line: document.line(ofRecord: record), problem: problem))
                continue
            }
            if let first = firstByKey.firstRow(for: checked.keyHashes[record], orRemember: record),
               duplicates.sameKey(first, record) {
                report.rejections.append(.init(line: document.line(ofRecord: record), problem: .duplicate(
                    key: duplicates.keyText(record), firstLine: document.line(ofRecord: first))))
                continue
            }
            if records.count >= IdentifierIndex.maxRows { throw .tooLarge(path: path) }
            let number = checked.numbers[record]
            if number != 0 { packed.append(IdentifierIndex.pack(number: number, row: records.count)) }
            records.append(UInt32(record))
            report.loaded += 1
        }
        return RegistrySource(
            summary: summary, report: report, description: description,
            store: .csv(CSVRows(document: document, columns: columns, records: records)), index: IdentifierIndex(packing: packed))
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
}

extension Field {
    static let dateFieldsInOrder: [Field] = [.issueDate, .statusDate, .dateAdded, .registrationDate]
}

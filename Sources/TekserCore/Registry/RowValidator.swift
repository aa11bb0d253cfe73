/// Checks the rows of one file at loading speed: column indexes resolved once, bytes read
/// through one unsafe buffer, no `String` unless a row is rejected.
struct RowValidator {
    let kind: SourceKind
    let document: CSVDocument
    let keyField: Field
    private let keyColumn: Int?
    private let required: [(Field, Int)]
    private let names: [Int]
    private let dates: [(Field, Int)]
    private let statusColumn: Int?
    private var statuses: StatusCache
    /// Computed once: deciding 19YY or 20YY needs the current year, which is slow to ask for per row.
    private let referenceYear = Identifier.currentYear

    init(kind: SourceKind, document: CSVDocument, columns: [Field: [Int]], statuses: ValueMapper<LicenceStatus>) {
        self.kind = kind
        self.document = document
        keyField = kind == .criminalCase ? .id : .bin
        keyColumn = columns[keyField]?.first
        required = kind.requiredFields.compactMap { field in columns[field]?.first.map { (field, $0) } }
        names = kind == .licensed ? [Field.nameKk, .nameRu, .name].compactMap { columns[$0]?.first } : []
        dates = Field.dateFieldsInOrder.compactMap { field in columns[field]?.first.map { (field, $0) } }
        statusColumn = kind == .licensed ? columns[.status]?.first : nil
        self.statuses = StatusCache(mapper: statuses)
    }

    /// The first problem of a record, or the identifier number it is indexed under (nil: none).
    mutating func validate(record: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (RowProblem?, UInt64?) {
        func span(_ column: Int) -> UnsafeBufferPointer<UInt8> {
            let field = document.trimmed(document.field(column, ofRecord: record))
            return UnsafeBufferPointer(rebasing: buffer[field.range])
        }
        func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

        for (field, column) in required where span(column).isEmpty {
            return (.missingField(field), nil)
        }
        if !names.isEmpty, names.allSatisfy({ span($0).isEmpty }) {
            return (.missingField(.name), nil)
        }
        for (field, column) in dates {
            let bytes = span(column)
            if !bytes.isEmpty, CalendarDate(ascii: bytes) == nil { return (.badDate(field, text(bytes)), nil) }
        }
        if let statusColumn, !statuses.isKnown(span(statusColumn)) {
            return (.unknownValue(.status, text(span(statusColumn))), nil)
        }
        guard let keyColumn else { return (nil, nil) }
        let id = span(keyColumn)
        if id.isEmpty { return (nil, nil) }
        if let number = Identifier.number(fromASCII: id) {
            do {
                _ = try Identifier(number: number, referenceYear: referenceYear)
                return (nil, number)
            } catch {
                return (.badIdentifier(keyField, error), nil)
            }
        }
        switch IdentifierParser.parse(text(id), referenceYear: referenceYear) {
        case .failure(let problem): return (.badIdentifier(keyField, problem), nil)
        case .success(let identifier): return (nil, identifier.number)
        }
    }
}

/// Remembers the few status spellings of a file by their bytes, so a million rows make no strings.
struct StatusCache {
    let mapper: ValueMapper<LicenceStatus>
    private var known: [([UInt8], Bool)] = []

    init(mapper: ValueMapper<LicenceStatus>) { self.mapper = mapper }

    mutating func isKnown(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let entry = known.first(where: { $0.0.elementsEqual(bytes) }) { return entry.1 }
        let answer = mapper.value(of: String(decoding: bytes, as: UTF8.self)) != nil
        if known.count < 32 { known.append((Array(bytes), answer)) }
        return answer
    }
}

/// Reads the mapped fields of one CSV record, trimmed of surrounding spaces.
struct RowReader {
    let document: CSVDocument
    let record: Int
    let columns: [Field: [Int]]

    /// The trimmed bytes of `field`'s first column, or an empty slice.
    func bytes(_ field: Field, column: Int = 0) -> ArraySlice<UInt8> {
        guard let indexes = columns[field], column < indexes.count,
              indexes[column] < document.fieldCount(ofRecord: record) else { return [] }
        let span = document.field(indexes[column], ofRecord: record)
        var slice = document.bytes[Int(span.start) ..< Int(span.start) + Int(span.length)]
        while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D || last == 0x0A { slice.removeLast() }
        return slice
    }

    func isBlank(_ field: Field) -> Bool {
        (0 ..< (columns[field]?.count ?? 0)).allSatisfy { bytes(field, column: $0).isEmpty }
    }

    /// The field as text, `nil` when empty.
    func text(_ field: Field) -> String? {
        let slice = bytes(field)
        return slice.isEmpty ? nil : String(decoding: slice, as: UTF8.self)
    }

    /// All columns of a field, joined with a space (for evidence).
    func joined(_ field: Field) -> String {
        (0 ..< (columns[field]?.count ?? 0))
            .map { String(decoding: bytes(field, column: $0), as: UTF8.self) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// The links of a warning-list subject: every column mapped to `links`, split on spaces,
    /// line breaks, commas and semicolons.
    func links() -> [String] {
        joined(.links)
            .split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" })
            .map(String.init)
    }
}

/// What makes two rows of one source the same row: the same BIN and licence number, the
/// same list number, the same case and subject.
///
/// Rows are compared by a 64-bit hash of those fields' bytes, confirmed byte for byte.
struct DuplicateFinder: Sendable {
    let document: CSVDocument
    /// The identity's columns in the file.
    let keyColumns: [Int]

    init(kind: SourceKind, document: CSVDocument, columns: [Field: [Int]]) {
        let fields: [Field]
        switch kind {
        case .licensed: fields = [.bin, .licenceNumber]
        case .warning: fields = [.number]
        case .criminalCase: fields = [.caseNumber, .id]
        }
        self.document = document
        keyColumns = fields.compactMap { columns[$0]?.first }
    }

    private func span(_ column: Int, _ record: Int) -> Range<Int> {
        document.trimmed(document.field(column, ofRecord: record)).range
    }

    /// FNV-1a over the identity's trimmed bytes.
    func hash(_ record: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for column in keyColumns {
            for byte in UnsafeBufferPointer(rebasing: buffer[span(column, record)]) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3
        }
        return hash
    }

    /// Whether two records have the same identity, byte for byte.
    func sameKey(_ a: Int, _ b: Int) -> Bool {
        keyColumns.allSatisfy { document.bytes[span($0, a)].elementsEqual(document.bytes[span($0, b)]) }
    }

    /// The identity as text, for the rejection message.
    func keyText(_ record: Int) -> String {
        keyColumns.map { String(decoding: document.bytes[span($0, record)], as: UTF8.self) }.joined(separator: " / ")
    }
}

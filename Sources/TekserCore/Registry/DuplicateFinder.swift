/// Finds rows that repeat an earlier row's identity within one source:
/// the same BIN and licence number, the same list number, the same case and subject.
///
/// Keys are 64-bit hashes of the identity's bytes; a hash match is confirmed byte for byte.
struct DuplicateFinder {
    let keyFields: [Field]
    private var firstByHash: [UInt64: Int] = [:]

    init(kind: SourceKind) {
        switch kind {
        case .licensed: keyFields = [.bin, .licenceNumber]
        case .warning: keyFields = [.number]
        case .criminalCase: keyFields = [.caseNumber, .id]
        }
    }

    /// The record of an earlier row with the same identity; otherwise remembers this one.
    mutating func firstRecord(sameAs row: RowReader) -> Int? {
        let hash = self.hash(row)
        if let first = firstByHash[hash] {
            let earlier = RowReader(document: row.document, record: first, columns: row.columns)
            if keyFields.allSatisfy({ earlier.bytes($0) == row.bytes($0) }) { return first }
            return nil
        }
        firstByHash[hash] = row.record
        return nil
    }

    func keyText(_ row: RowReader) -> String {
        keyFields.map { String(decoding: row.bytes($0), as: UTF8.self) }.joined(separator: " / ")
    }

    private func hash(_ row: RowReader) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a
        for field in keyFields {
            for byte in row.bytes(field) {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            hash = (hash ^ 0x1F) &* 0x100_0000_01b3
        }
        return hash
    }
}

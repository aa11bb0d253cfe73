/// A registry row under the key it keeps from one version of the file to the next, so two
/// versions can be compared row by row rather than line by line.
public struct KeyedRow: Sendable, Hashable {
    /// The list or case number; for a licence, the BIN and the licence number (an organisation
    /// may hold several licences). A second row with the same key gets `#2`, and so on.
    public let key: String
    public let evidence: Evidence

    /// The row's value of `field` as written in the file, or "" when the source does not map it.
    public func value(_ field: Field) -> String {
        evidence.fields.first { $0.field == field }?.value ?? ""
    }

    /// The key every version of this row shares: what the regulator numbers it by.
    static func baseKey(_ details: RecordDetails) -> String {
        switch details {
        case .licensed(let entity): "\(entity.bin.digits) \(entity.licenceNumber)"
        case .warning(let subject): "№\(subject.number)"
        case .criminalCase(let record): record.caseNumber
        }
    }
}

extension RegistrySource {
    /// Every loaded row under its key, in file order (a row the compiled file cannot give is left out).
    public func keyedRows() -> [KeyedRow] {
        var seen: [String: Int] = [:]
        return (0 ..< rowCount).compactMap { row in
            guard let evidence = evidence(row: row) else { return nil }
            let base = KeyedRow.baseKey(evidence.details)
            let occurrence = seen[base, default: 0] + 1
            seen[base] = occurrence
            return KeyedRow(key: occurrence == 1 ? base : "\(base) #\(occurrence)", evidence: evidence)
        }
    }
}

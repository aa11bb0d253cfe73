import DemoData
import Foundation
import TekserCore

/// Identifiers to look up in one registry file: ones it holds (hits, drawn at random from its
/// rows) and the same numbers with the last bit flipped (almost all misses).
struct Probes {
    let hits: [UInt64]
    let misses: [UInt64]

    init(file: URL, source: SourceDescription, count: Int) throws {
        let document = CSVDocument.parse([UInt8](try Data(contentsOf: file)), encoding: source.encoding, delimiter: source.delimiter)
        guard let header = (source.columns[.bin] ?? source.columns[.id])?.first,
              let column = document.fields(ofRecord: 0).firstIndex(where: { document.string($0) == header })
        else { throw BenchError.noIdentifierColumn(source.file) }
        let offset = document.fields(ofRecord: 0).startIndex
        var random = SplitMix64(seed: 7)
        var hits: [UInt64] = []
        for _ in 0..<count * 2 where hits.count < count && document.recordCount > 1 {
            let record = 1 + Int(random.next() % UInt64(document.recordCount - 1))
            let field = document.trimmed(document.field(column - offset, ofRecord: record))
            if let number = Identifier.number(fromASCII: document.bytes[field.range]) { hits.append(number) }
        }
        self.hits = hits
        misses = hits.map { $0 ^ 1 }
    }

    /// Twelve digits, as the identifier is written in the file.
    static func digits(_ number: UInt64) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 12 - text.count)) + text
    }
}

import Foundation

/// The per-row half of loading, run on all cores: each worker validates a contiguous range of
/// records and hashes their identity; assembling the source afterwards is sequential and cheap.
struct RowChecks {
    /// Rejected records and why (sparse).
    var problems: [Int: RowProblem] = [:]
    /// Per record: the identifier number it is indexed under, 0 when it has none.
    var numbers: [UInt64]
    /// Per record: a hash of its identity (see `DuplicateFinder`).
    var keyHashes: [UInt64]
    let duplicates: DuplicateFinder

    static func run(document: CSVDocument, columns: [Field: [Int]], kind: SourceKind, statuses: ValueMapper<LicenceStatus>, progress: BuildProgress?) -> RowChecks {
        let count = document.recordCount
        let duplicates = DuplicateFinder(kind: kind, document: document, columns: columns)
        var checks = RowChecks(numbers: [UInt64](repeating: 0, count: count), keyHashes: [UInt64](repeating: 0, count: count), duplicates: duplicates)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / 50_000))
        let chunk = (count + workers - 1) / workers
        let found = ConcurrentResults<[Int: RowProblem]>(count: workers)
        let malformed = Dictionary(document.malformed.map { ($0.record, $0) }) { first, _ in first }
        let headerWidth = count > 0 ? document.fieldCount(ofRecord: 0) : 0
        checks.numbers.withUnsafeMutableBufferPointer { numbers in
            checks.keyHashes.withUnsafeMutableBufferPointer { hashes in
                document.bytes.withUnsafeBufferPointer { buffer in
                    nonisolated(unsafe) let numbers = numbers, hashes = hashes, buffer = buffer
                    DispatchQueue.concurrentPerform(iterations: workers) { worker in
                        var validator = RowValidator(kind: kind, document: document, columns: columns, statuses: statuses)
                        var problems: [Int: RowProblem] = [:]
                        for record in max(1, worker * chunk) ..< min(count, (worker + 1) * chunk) {
                            if record % 16_384 == 0 { progress?.advance(16_384) }
                            let fieldCount = document.fieldCount(ofRecord: record)
                            if let bad = malformed[record], case .unterminatedQuote(let last) = bad.reason {
                                problems[record] = .unterminatedQuote(openedAt: bad.line, lastLine: last)
                            } else if fieldCount != headerWidth {
                                problems[record] = .wrongColumnCount(expected: headerWidth, found: fieldCount)
                            } else {
                                let (problem, number) = validator.validate(record: record, in: buffer)
                                if let problem { problems[record] = problem } else {
                                    numbers[record] = number ?? 0
                                    hashes[record] = duplicates.hash(record, in: buffer)
                                }
                            }
                        }
                        found[worker] = problems
                    }
                }
            }
        }
        for problems in found.values { checks.problems.merge(problems) { a, _ in a } }
        return checks
    }
}

/// Edit distance between two short words, counting a swap of neighbours as one edit
/// (the commonest typo), and giving up as soon as it exceeds `limit`.
enum EditDistance {
    /// The distance, or `nil` when it is above `limit`.
    static func within(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let (m, n) = (a.count, b.count)
        if abs(m - n) > limit { return nil }
        if m == 0 || n == 0 { return max(m, n) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (n + 1)) { rows in
            var previous2 = rows.baseAddress!, previous = previous2 + (n + 1), current = previous + (n + 1)
            for j in 0 ... n { previous[j] = j }
            for i in 1 ... m {
                current[0] = i
                var best = i
                for j in 1 ... n {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, previous2[j - 2] + 1) }
                    current[j] = d
                    best = min(best, d)
                }
                if best > limit { return nil }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return previous[n] <= limit ? previous[n] : nil
        }
    }

    /// How many edits a query word of `length` skeleton letters may have: none for very
    /// short words (too many near neighbours), one for short, two for long.
    static func tolerance(forLength length: Int) -> Int {
        length <= 3 ? 0 : length <= 7 ? 1 : 2
    }
}

import Foundation

/// Formatting of the printed figures, so every table uses the same units.
enum Figures {
    static func seconds(_ s: Double) -> String { String(format: "%.3f s", s) }
    static func milliseconds(_ s: Double) -> String { String(format: "%.1f ms", s * 1e3) }
    static func microseconds(_ s: Double) -> String { String(format: "%.3f µs", s * 1e6) }
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    static func ratio(_ a: Int, _ b: Int) -> String { ratio(Double(a), Double(b)) }
    static func ratio(_ a: Double, _ b: Double) -> String { b > 0 ? String(format: "%.2f×", a / b) : "—" }
    static func rows(_ count: Int) -> String { count.formatted() }

    /// One line of a table: each cell padded (left-aligned first column, right-aligned others).
    static func row(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            let (cell, width) = pair
            let pad = String(repeating: " ", count: max(0, width - cell.count))
            return index == 0 ? cell + pad : pad + cell
        }.joined(separator: "  ")
    }
}

/// Wall-clock timing of a piece of work.
enum Stopwatch {
    static func time<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
        let start = ContinuousClock.now
        let value = try body()
        let elapsed = ContinuousClock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }

    /// The median of `runs` timings of `body`, to keep one slow run (another build) from deciding.
    static func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var timings: [Double] = []
        for _ in 0..<runs { timings.append(try time(body).seconds) }
        return timings.sorted()[timings.count / 2]
    }
}

import Foundation
import TekserCore

/// The data set in use, replaced at once under a lock, as a live reload does: readers take the
/// current value and keep answering from it while a new one loads.
final class DataHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var data: DataSet

    init(_ data: DataSet) { self.data = data }

    var current: DataSet { lock.withLock { data } }

    func replace(with new: DataSet) { lock.withLock { data = new } }
}

/// What one swap cost: the load of the new set and the replacement, and the readers meanwhile.
struct SwapFigures {
    let seconds: Double
    /// Extra memory at the peak of the swap (old and new sets both alive), in bytes.
    let peak: Int
    /// Lookups answered from the old set while the new one loaded.
    let lookupsDuring: Int
}

enum SwapBench {
    /// Loads `folder` once as the set in use, then times loading it again and swapping it in
    /// while another thread keeps looking up `probes` in whatever the holder holds.
    static func measure(folder: URL, probes: [UInt64]) throws -> SwapFigures {
        let holder = DataHolder(try DataSet.load(directory: folder))
        let reader = Reader(holder: holder, probes: probes.isEmpty ? [0] : probes)
        let thread = Thread { reader.run() }
        thread.start()
        while reader.count == 0 { usleep(100) }
        let before = reader.count
        let swap = try Memory.growth {
            try Stopwatch.time { holder.replace(with: try DataSet.load(directory: folder)) }.seconds
        }
        let during = reader.count - before
        reader.stop()
        return SwapFigures(seconds: swap.value, peak: swap.peak, lookupsDuring: during)
    }

    /// A thread that looks up one probe after another until stopped.
    final class Reader: @unchecked Sendable {
        private let holder: DataHolder
        private let probes: [UInt64]
        private let lock = NSLock()
        private var done = 0
        private var stopped = false

        init(holder: DataHolder, probes: [UInt64]) {
            self.holder = holder
            self.probes = probes
        }

        var count: Int { lock.withLock { done } }

        func stop() {
            lock.withLock { stopped = true }
            while lock.withLock({ done >= 0 }) { usleep(100) }
        }

        func run() {
            var index = 0
            while lock.withLock({ !stopped }) {
                _ = holder.current.evidence(for: probes[index % probes.count])
                index += 1
                lock.withLock { done += 1 }
            }
            lock.withLock { done = -1 }
        }
    }
}

import Foundation

/// Resident memory of this process, from /proc/self/status.
enum Memory {
    static func resident() -> Int { field("VmRSS:") }
    static func peak() -> Int { field("VmHWM:") }

    /// Resets the peak (VmHWM) to the current resident size.
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .ascii)
    }

    /// Growth of resident memory over `body`: after it and at its peak, in bytes.
    /// Memory freed by earlier measurements is handed back to the system first (`malloc_trim`),
    /// or the allocator would reuse it and the growth would read as nothing.
    static func growth<T>(_ body: () throws -> T) rethrows -> (value: T, resident: Int, peak: Int) {
        _ = trim?(0)
        resetPeak()
        let before = resident()
        let value = try body()
        return (value, resident() - before, peak() - before)
    }

    /// glibc's `malloc_trim`, which Swift's Glibc module does not export.
    private static let trim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim")
        .map { unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self) }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}

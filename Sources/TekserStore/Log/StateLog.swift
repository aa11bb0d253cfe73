import Foundation
import TekserCore

/// `$XDG_STATE_HOME/tekser/tekser.log`: loads, swaps, refusals and errors, one line each,
/// rotated by size. Every line is masked first, so no IIN reaches the file in clear, and a
/// failure to write is swallowed: the log must never take the program down.
public final class StateLog: @unchecked Sendable {
    public let url: URL
    public let maxBytes: Int
    public let keep: Int
    private let clock: @Sendable () -> Date
    private let lock = NSLock()

    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.stateHome(environment: environment).appendingPathComponent("tekser/tekser.log")
    }

    /// Rotates when a line would take the file past `maxBytes`, keeping `keep` old files (`.1` newest).
    public init(url: URL = StateLog.defaultURL(), maxBytes: Int = 1_000_000, keep: Int = 5,
                clock: @escaping @Sendable () -> Date = Date.init) {
        self.url = url
        self.maxBytes = maxBytes
        self.keep = keep
        self.clock = clock
    }

    /// The text as it may be written: every IIN in it masked, on one line.
    public static func masked(_ text: String) -> String {
        PersonalData.masked(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// Appends `<time> <kind> <text>`; errors are ignored.
    public func write(_ kind: String, _ text: String) {
        let stamp = clock().formatted(.iso8601)
        let line = Data("\(stamp) \(kind) \(Self.masked(text))\n".utf8)
        lock.withLock {
            let manager = FileManager.default
            let size = (try? manager.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            if size > 0, size + line.count > maxBytes { rotate() }
            try? PrivateFiles.createFile(at: url)
            guard let handle = try? FileHandle(forWritingTo: url) else { return }
            defer { try? handle.close() }
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: line)
        }
    }

    /// The file with rotation number `number` (0: the live log).
    public func file(_ number: Int) -> URL {
        number == 0 ? url : URL(fileURLWithPath: url.path + ".\(number)")
    }

    private func rotate() {
        let manager = FileManager.default
        try? manager.removeItem(at: file(keep))
        for number in stride(from: keep - 1, through: 0, by: -1) {
            try? manager.moveItem(at: file(number), to: file(number + 1))
        }
    }
}

import Foundation
import Testing

extension Tmux {
    /// Everything tmux keeps of the pane: the visible screen and up to `rows` of scroll-back.
    func history(rows: Int = 2000) throws -> String {
        try run(["capture-pane", "-p", "-S", "-\(rows)", "-t", "0"])
    }

    /// Waits a moment for the program to take the last key, then checks the kiosk still owns
    /// the screen: its header on top and its instructions at the bottom.
    func expectKioskIntact(after what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        Thread.sleep(forTimeInterval: 0.3)
        try waitUntil("the kiosk to be intact after \(what)", timeout: 5, sourceLocation: sourceLocation) { lines in
            lines.first?.contains("Tekser") == true && lines.contains { $0.contains("Type a BIN (12 digits) and press Enter") }
        }
    }

    /// A tmux format for the first pane, e.g. `#{pane_pid}`.
    func query(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "0", format])
    }
}

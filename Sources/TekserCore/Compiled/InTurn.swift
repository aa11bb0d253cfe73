import Foundation

/// Work that many threads finish in any order but must hand over in order (turn 0, 1, 2…),
/// on a value they share. Nothing waits for its turn: a turn handed over early is kept, and
/// run by whichever thread hands over the turn before it. Once a turn throws, no later one runs.
final class InTurn<Value>: @unchecked Sendable {
    typealias Work = (inout Value) throws(CompiledWriteError) -> Void
    private var value: Value
    private var next = 0
    private var early: [Int: Work] = [:]
    private var error: CompiledWriteError?
    private let lock = NSLock()

    init(_ value: Value) {
        self.value = value
    }

    /// Hands over turn `turn`: `body` runs on the shared value now if every earlier turn has
    /// run, else when the last of them is handed over (on that thread).
    func take(turn: Int, _ body: @escaping Work) {
        lock.lock()
        defer { lock.unlock() }
        early[turn] = body
        while let ready = early.removeValue(forKey: next) {
            if error == nil {
                do throws(CompiledWriteError) { try ready(&value) } catch { self.error = error }
            }
            next += 1
        }
    }

    /// The value after every turn, or the first error.
    func result() throws(CompiledWriteError) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let error { throw error }
        return value
    }
}

import Foundation

/// A value a data set builds once, on first use, whichever thread asks first: the name and
/// link indexes, which a one-shot `tekser check BIN` never needs and so never pays for.
final class BuiltOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var built: Value?

    init() {}

    func get(_ build: () -> Value) -> Value {
        lock.withLock {
            if let built { return built }
            let value = build()
            built = value
            return value
        }
    }
}

import Foundation

/// One value drawn in the last frame, kept while what it was drawn from stays the same: the
/// reply keyboard is laid out again only when it, the width or the focus change. A cache, not
/// state (dropping it changes nothing but speed); shared by copies of a model, so it is locked.
final class LastDrawn<Key: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (key: Key, value: Value)?

    func value(for key: Key, make: () -> Value) -> Value {
        if let last = lock.withLock({ last }), last.key == key { return last.value }
        let value = make()
        lock.withLock { last = (key, value) }
        return value
    }
}

import Foundation

/// Memory that flat arrays point into: an allocation of this process, or a read-only mapping
/// of a compiled data file that every process opening it shares. Freed or unmapped with the
/// last array that uses it.
final class FlatStorage: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int
    private let mapped: Bool

    /// A copy of `bytes` in memory of its own.
    init(copying bytes: UnsafeRawBufferPointer) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        if let source = bytes.baseAddress { memory.copyMemory(from: source, byteCount: bytes.count) }
        base = UnsafeRawPointer(memory)
        count = bytes.count
        mapped = false
    }

    /// Takes over a read-only mapping of `count` bytes made with `mmap`.
    init(mapping base: UnsafeRawPointer, count: Int) {
        self.base = base
        self.count = count
        mapped = true
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), count) } else { base.deallocate() }
    }
}

/// A read-only array of plain values in `FlatStorage`: built in memory from the CSV files or
/// mapped from a compiled file, and read the same way either way.
struct FlatArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    private let storage: FlatStorage?
    private let base: UnsafePointer<Element>?
    let count: Int

    init(_ elements: [Element]) {
        if elements.isEmpty {
            storage = nil
            base = nil
        } else {
            let copy = elements.withUnsafeBytes { FlatStorage(copying: $0) }
            storage = copy
            base = copy.base.assumingMemoryBound(to: Element.self)
        }
        count = elements.count
    }

    /// `count` elements at `offset` bytes into `storage` (aligned for `Element`, in bounds).
    init(storage: FlatStorage, offset: Int, count: Int) {
        precondition(offset % MemoryLayout<Element>.alignment == 0 && offset + count * MemoryLayout<Element>.stride <= storage.count)
        self.storage = storage
        base = (storage.base + offset).assumingMemoryBound(to: Element.self)
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always) subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "index out of range")
        return base.unsafelyUnwrapped[position]
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The elements' bytes, as written to a compiled file.
    var rawBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base.map(UnsafeRawPointer.init), count: count * MemoryLayout<Element>.stride)
    }
}

/// Draws choices from the fuzz input front to back, so that libFuzzer's mutations of a byte
/// change one decision; once the bytes run out every choice is the first option.
public struct FuzzReader {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var isAtEnd: Bool { offset >= bytes.count }

    /// The next byte, or 0 past the end.
    public mutating func byte() -> UInt8 {
        guard offset < bytes.count else { return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// A number in `range` (up to 256 values) taken from one byte.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(byte()) % range.count
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ options: [T]) -> T {
        options[Int(byte()) % options.count]
    }

    /// A length byte followed by that many bytes, read as (possibly damaged) UTF-8.
    public mutating func string(maxBytes: Int = 64) -> String {
        let count = min(Int(byte()) % (maxBytes + 1), bytes.count - min(offset, bytes.count))
        defer { offset += count }
        return String(decoding: bytes[min(offset, bytes.count)..<min(offset, bytes.count) + count], as: UTF8.self)
    }

    /// Everything not yet read.
    public mutating func rest() -> [UInt8] {
        defer { offset = bytes.count }
        return offset < bytes.count ? Array(bytes[offset...]) : []
    }
}

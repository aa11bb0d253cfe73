/// The rows of one source in a compiled file: each row is
/// `checksum: u32, length: u32, line: u32, k × value length: u32, values`, where the values are
/// the trimmed bytes of every mapped column in `layout` order and the checksum is the low half
/// of XXH64 over everything after it, seeded with the row's ordinal, so a row read from the
/// wrong place fails as surely as a damaged one.
struct CompiledRows: Sendable {
    let bytes: FlatArray<UInt8>
    /// Where each row starts in `bytes`.
    let starts: FlatArray<UInt64>
    let layout: RowLayout

    var count: Int { starts.count }

    static let headerSize = 12

    /// Row `row`'s values, or `nil` when its bytes do not match their checksum.
    func values(ofRow row: Int) -> CompiledRowValues? {
        let start = Int(truncatingIfNeeded: starts[row])
        let slots = layout.valueCount
        let minimum = Self.headerSize + 4 * slots
        guard start >= 0, start <= bytes.count - minimum else { return nil }
        return bytes.withUnsafeBufferPointer { all -> CompiledRowValues? in
            let base = UnsafeRawPointer(all.baseAddress!) + start
            let length = Int(base.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
            guard length >= minimum, length <= bytes.count - start else { return nil }
            let sum = Checksum.of(UnsafeRawBufferPointer(start: base + 4, count: length - 4), seed: UInt64(row))
            guard UInt32(truncatingIfNeeded: sum) == base.loadUnaligned(as: UInt32.self) else { return nil }
            var total = minimum
            for slot in 0 ..< slots { total += Int(base.loadUnaligned(fromByteOffset: Self.headerSize + 4 * slot, as: UInt32.self)) }
            guard total == length else { return nil }
            return CompiledRowValues(rows: self, base: base)
        }
    }

    /// Appends row `row` to `buffer` in the compiled form; `values` are in `layout` order.
    static func append(row: Int, line: Int, values: [UnsafeBufferPointer<UInt8>], to buffer: inout [UInt8]) {
        let start = buffer.count
        let length = headerSize + 4 * values.count + values.reduce(0) { $0 + $1.count }
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) } }
        put(0)
        put(UInt32(length))
        put(UInt32(line))
        for value in values { put(UInt32(value.count)) }
        for value in values { buffer.append(contentsOf: value) }
        let sum = buffer.withUnsafeBytes { Checksum.of(UnsafeRawBufferPointer(rebasing: $0[start + 4 ..< start + length]), seed: UInt64(row)) }
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: sum).littleEndian) { sumBytes in
            for offset in 0 ..< 4 { buffer[start + offset] = sumBytes[offset] }
        }
    }
}

/// Which fields a source's compiled rows hold, and in how many columns each.
struct RowLayout: Sendable, Codable, Equatable {
    /// In the source kind's field order; only mapped fields.
    let fields: [Field]
    let columnCounts: [Int]

    init(kind: SourceKind, columns: [Field: [Int]]) {
        fields = kind.fields.filter { columns[$0] != nil }
        columnCounts = fields.map { columns[$0]!.count }
    }

    var valueCount: Int { columnCounts.reduce(0, +) }

    /// The position of `field`'s first value in a row, and its column count (0: not mapped).
    func slots(_ field: Field) -> (first: Int, count: Int) {
        var first = 0
        for (position, candidate) in fields.enumerated() {
            if candidate == field { return (first, columnCounts[position]) }
            first += columnCounts[position]
        }
        return (0, 0)
    }
}

/// One verified compiled row, read in place from the mapping.
struct CompiledRowValues: RowValues {
    let rows: CompiledRows
    let base: UnsafeRawPointer

    var line: Int { Int(base.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) }

    func columnCount(_ field: Field) -> Int { rows.layout.slots(field).count }

    func withBytes<R>(_ field: Field, column: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let (first, count) = rows.layout.slots(field)
        guard column < count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let slots = rows.layout.valueCount
        var offset = CompiledRows.headerSize + 4 * slots
        for slot in 0 ..< first + column { offset += Int(base.loadUnaligned(fromByteOffset: CompiledRows.headerSize + 4 * slot, as: UInt32.self)) }
        let length = Int(base.loadUnaligned(fromByteOffset: CompiledRows.headerSize + 4 * (first + column), as: UInt32.self))
        return body(UnsafeBufferPointer(start: (base + offset).assumingMemoryBound(to: UInt8.self), count: length))
    }
}

/// The first 64 bytes of a compiled file and its section table, as `CompiledFormat` lays them out.
struct CompiledHeader {
    var version = CompiledFormat.version
    var sectionCount: Int
    var fileLength: Int
    var key: UInt64
    var tableChecksum: UInt64

    func encoded() -> [UInt8] {
        var bytes = CompiledFormat.magic
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        put(version)
        put(UInt32(sectionCount))
        put(UInt64(fileLength))
        put(key)
        put(tableChecksum)
        put(bytes.withUnsafeBytes { Checksum.of($0) })
        return bytes + [UInt8](repeating: 0, count: CompiledFormat.headerSize - bytes.count - 8)
    }

    /// Reads and checks the header of a mapped file of `length` bytes.
    init(reading file: UnsafeRawBufferPointer, path: String) throws(CompiledFileError) {
        guard file.count >= CompiledFormat.headerSize, file.prefix(8).elementsEqual(CompiledFormat.magic) else {
            throw .unreadable(path: path)
        }
        func value<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T { T(littleEndian: file.loadUnaligned(fromByteOffset: offset, as: T.self)) }
        // The version comes first: another version may lay out even its header differently.
        let version = value(8, UInt32.self)
        guard version == CompiledFormat.version else { throw .wrongVersion(path: path, found: Int(version)) }
        guard Checksum.of(UnsafeRawBufferPointer(rebasing: file[0 ..< 40])) == value(40, UInt64.self) else {
            throw .damaged(path: path, part: "header")
        }
        self.version = version
        sectionCount = Int(value(12, UInt32.self))
        fileLength = Int(value(16, UInt64.self))
        key = value(24, UInt64.self)
        tableChecksum = value(32, UInt64.self)
        guard file.count == fileLength else { throw .truncated(path: path, length: file.count, expected: fileLength) }
    }

    init(sectionCount: Int, fileLength: Int, key: UInt64, tableChecksum: UInt64) {
        self.sectionCount = sectionCount
        self.fileLength = fileLength
        self.key = key
        self.tableChecksum = tableChecksum
    }

    static func encode(_ table: [SectionEntry]) -> [UInt8] {
        var bytes: [UInt8] = []
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        for entry in table {
            put(entry.tag.rawValue)
            put(UInt32(entry.source))
            put(UInt64(entry.offset))
            put(UInt64(entry.length))
            put(entry.checksum)
        }
        return bytes
    }

    /// The section table of a file whose header was read; every section lies inside the file.
    func table(in file: UnsafeRawBufferPointer, path: String) throws(CompiledFileError) -> [SectionEntry] {
        let end = CompiledFormat.headerSize + sectionCount * CompiledFormat.tableEntrySize
        guard sectionCount < 10_000, end <= file.count else { throw .damaged(path: path, part: "section table") }
        let bytes = UnsafeRawBufferPointer(rebasing: file[CompiledFormat.headerSize ..< end])
        guard Checksum.of(bytes) == tableChecksum else { throw .damaged(path: path, part: "section table") }
        return try (0 ..< sectionCount).map { (index) throws(CompiledFileError) -> SectionEntry in
            let at = index * CompiledFormat.tableEntrySize
            func value<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T { T(littleEndian: bytes.loadUnaligned(fromByteOffset: at + offset, as: T.self)) }
            guard let tag = SectionTag(rawValue: value(0, UInt32.self)) else { throw .damaged(path: path, part: "section table") }
            let entry = SectionEntry(tag: tag, source: Int(value(4, UInt32.self)), offset: Int(value(8, UInt64.self)),
                                     length: Int(value(16, UInt64.self)), checksum: value(24, UInt64.self))
            guard entry.offset % CompiledFormat.alignment == 0, entry.offset >= 0, entry.length >= 0,
                  entry.offset <= file.count, entry.length <= file.count - entry.offset
            else { throw .damaged(path: path, part: "section table") }
            return entry
        }
    }
}

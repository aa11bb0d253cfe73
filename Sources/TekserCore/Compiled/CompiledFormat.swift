/// The layout of a compiled data file (see docs/compiled-format.md). Little-endian throughout.
///
/// ```
/// 0   magic "TEKSERDB"          8 bytes
/// 8   format version            u32
/// 12  section count             u32
/// 16  file length               u64   (a truncated file is caught here)
/// 24  data folder key           u64   (FolderFingerprint.key: which files it was built from)
/// 32  section table checksum    u64   (XXH64)
/// 40  header checksum           u64   (XXH64 of bytes 0..<40)
/// 48  reserved                  16 bytes of zero
/// 64  section table: count × (tag u32, source u32, offset u64, length u64, checksum u64)
/// ... sections, each starting on a 64-byte boundary
/// ```
enum CompiledFormat {
    static let magic = Array("TEKSERDB".utf8)
    /// Raised whenever the layout of any section changes; another version is rebuilt, never read.
    static let version: UInt32 = 2
    static let headerSize = 64
    static let tableEntrySize = 32
    static let alignment = 64

    static func tableEnd(sections: Int) -> Int {
        aligned(headerSize + sections * tableEntrySize)
    }

    static func aligned(_ offset: Int) -> Int {
        (offset + alignment - 1) / alignment * alignment
    }
}

/// What a section holds. Sections marked `checkedOnRead` carry no checksum of their own: each
/// row and each index block carries one, verified whenever it is read. All others are
/// verified whole before first use (the metadata and fences when the file is opened; names
/// and links on the first search).
enum SectionTag: UInt32, Sendable {
    case meta = 1
    // Per source.
    case rowBytes = 10, rowStarts, ids, idFences, idSums, idFilter
    // The name index of the whole data set.
    case vocabBytes = 20, vocabStart, trigramStart, trigramWords, postingStart, postings, wordCounts, orderHashes, ranks, nameReferences
    // The link index of the whole data set.
    case linkKeyHashes = 40, linkListingStart, linkRefs, linkLines, linkOrdinals
    // The impostors of licensed names found in the whole data set.
    case impostorRefs = 50, impostorsByLicensee

    var checkedOnRead: Bool {
        switch self {
        case .rowBytes, .rowStarts, .ids, .idSums: true
        default: false
        }
    }

    static let perSource: [SectionTag] = [.rowBytes, .rowStarts, .ids, .idFences, .idSums, .idFilter]
}

/// One entry of the section table.
struct SectionEntry: Sendable {
    let tag: SectionTag
    /// The source's position for per-source sections, else 0.
    let source: Int
    /// Where the section starts and how long it is, in bytes.
    let offset: Int, length: Int
    /// XXH64 of the section (0 for sections checked on read).
    let checksum: UInt64
}

/// Why a compiled file cannot be used; it is then rebuilt from the CSV files.
public enum CompiledFileError: Error, Sendable, Equatable, Localizable {
    /// Missing, unreadable, or not a compiled data file at all.
    case unreadable(path: String)
    case truncated(path: String, length: Int, expected: Int)
    case wrongVersion(path: String, found: Int)
    /// Built from other versions of the data files.
    case stale(path: String)
    /// A checksum does not match: `part` names what.
    case damaged(path: String, part: String)

    public var message: Message {
        switch self {
        case .unreadable(let path): Message("compiled.unreadable", ["path": .text(path)])
        case .truncated(let path, let length, let expected):
            Message("compiled.truncated", ["path": .text(path), "count": .number(length), "expected": .number(expected)])
        case .wrongVersion(let path, let found):
            Message("compiled.wrongVersion", ["path": .text(path), "found": .number(found), "version": .number(Int(CompiledFormat.version))])
        case .stale(let path): Message("compiled.stale", ["path": .text(path)])
        case .damaged(let path, let part): Message("compiled.damaged", ["path": .text(path), "part": .text(part)])
        }
    }
}

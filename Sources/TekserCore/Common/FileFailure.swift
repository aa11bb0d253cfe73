import Foundation

/// Why a file or folder could not be read or written, in the user's language.
///
/// The causes an operator can act on (permissions, a full disk, a read-only disk, a missing
/// folder…) have texts of their own in the catalog; any other is given as the system words it,
/// since a cause Tekser does not know is better quoted than hidden.
public enum FileFailure: Error, Hashable, Sendable, Localizable {
    case permissionDenied
    case noSpace
    case readOnly
    case noSuchFile
    case isFolder
    case notFolder
    case inputOutput
    case tooManyOpen
    case nameTooLong
    /// The file is not text in UTF-8.
    case notText
    /// Neither the data folder nor the cache folder can be written.
    case noWritableFolder
    /// The file holds `bytes` bytes where `expected` belong (a key file cut short).
    case wrongSize(bytes: Int, expected: Int)
    /// A cause without a text of its own, in the system's words.
    case other(String)

    /// The failure an `errno` value names.
    public init(code: Int32) {
        switch code {
        case EACCES, EPERM: self = .permissionDenied
        case ENOSPC, EDQUOT: self = .noSpace
        case EROFS: self = .readOnly
        case ENOENT: self = .noSuchFile
        case EISDIR: self = .isFolder
        case ENOTDIR: self = .notFolder
        case EIO: self = .inputOutput
        case EMFILE, ENFILE: self = .tooManyOpen
        case ENAMETOOLONG: self = .nameTooLong
        default: self = .other(String(cString: strerror(code)))
        }
    }

    /// The failure `errno` holds now, just after a system call failed.
    public static var current: FileFailure { FileFailure(code: errno) }

    /// Why `path` cannot be written (or, when it does not exist yet, created in its folder);
    /// `nil` when the system sees nothing in the way. For a library that reports a refusal without
    /// its cause, as SQLite's "unable to open database file" does. It only asks (`stat`,
    /// `access`) and never opens the file: closing a descriptor of a database would drop the
    /// process's POSIX locks on it, SQLite's among them.
    public static func probe(writing path: String) -> FileFailure? { probe(path, access: W_OK) }

    /// `probe(writing:)`, or with `R_OK` the same for reading (a file that does not exist cannot be read).
    private static func probe(_ path: String, access mode: Int32) -> FileFailure? {
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return .isFolder }
            return access(path, mode) == 0 ? nil : .current
        }
        guard errno == ENOENT, mode == W_OK else { return .current }
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) == 0 ? nil : .current
    }

    /// A Foundation error, by the POSIX code it carries or wraps, or by its Cocoa code; a read or
    /// write that says neither (Foundation's "error 256" or "512", as for a folder read as a file
    /// or one that cannot be made) by probing its path.
    public init(_ error: any Error) {
        if let failure = error as? FileFailure {
            self = failure
            return
        }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain {
            self.init(code: Int32(truncatingIfNeeded: error.code))
        } else if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            self.init(underlying)
        } else if error.domain == NSCocoaErrorDomain, let failure = Self.cocoa[CocoaError.Code(rawValue: error.code)] {
            self = failure
        } else if error.domain == NSCocoaErrorDomain, let mode = Self.unknown[CocoaError.Code(rawValue: error.code)],
                  let path = error.userInfo[NSFilePathErrorKey] as? String, let failure = Self.probe(path, access: mode) {
            self = failure
        } else {
            self = .other(error.localizedFailureReason ?? error.localizedDescription)
        }
    }

    /// Foundation's failures of no stated cause, and the access to probe their path for.
    private static let unknown: [CocoaError.Code: Int32] = [.fileReadUnknown: R_OK, .fileWriteUnknown: W_OK]

    private static let cocoa: [CocoaError.Code: FileFailure] = [
        .fileNoSuchFile: .noSuchFile, .fileReadNoSuchFile: .noSuchFile,
        .fileReadNoPermission: .permissionDenied, .fileWriteNoPermission: .permissionDenied,
        .fileWriteOutOfSpace: .noSpace, .fileWriteVolumeReadOnly: .readOnly,
        // Swift's Foundation reads text that is not UTF-8 as a "corrupt file".
        .fileReadInapplicableStringEncoding: .notText, .fileReadUnknownStringEncoding: .notText, .fileReadCorruptFile: .notText,
    ]

    public var message: Message {
        switch self {
        case .permissionDenied: Message("file.permissionDenied")
        case .noSpace: Message("file.noSpace")
        case .readOnly: Message("file.readOnly")
        case .noSuchFile: Message("file.noSuchFile")
        case .isFolder: Message("file.isFolder")
        case .notFolder: Message("file.notFolder")
        case .inputOutput: Message("file.inputOutput")
        case .tooManyOpen: Message("file.tooManyOpen")
        case .nameTooLong: Message("file.nameTooLong")
        case .notText: Message("file.notText")
        case .noWritableFolder: Message("file.noWritableFolder")
        case .wrongSize(let bytes, let expected): Message("file.wrongSize", ["count": .number(bytes), "expected": .number(expected)])
        case .other(let words): Message("file.other", ["words": .text(words)])
        }
    }
}

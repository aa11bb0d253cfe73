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

    /// Why `path` cannot be opened for writing (or, when it does not exist yet, created in its
    /// folder); `nil` when the system sees nothing in the way. For a library that reports a
    /// refusal without its cause, as SQLite's "unable to open database file" does.
    public static func probe(writing path: String) -> FileFailure? {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        if descriptor >= 0 {
            close(descriptor)
            return nil
        }
        guard errno == ENOENT else { return .current }
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) == 0 ? nil : .current
    }

    /// A Foundation error, by the POSIX code it carries or wraps, or by its Cocoa code; one that
    /// says neither (Foundation's "error 512" when a folder cannot be made) by probing its path.
    public init(_ error: any Error) {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain {
            self.init(code: Int32(truncatingIfNeeded: error.code))
        } else if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            self.init(underlying)
        } else if error.domain == NSCocoaErrorDomain, let failure = Self.cocoa[CocoaError.Code(rawValue: error.code)] {
            self = failure
        } else if let path = error.userInfo[NSFilePathErrorKey] as? String, let failure = Self.probe(writing: path) {
            self = failure
        } else {
            self = .other(error.localizedFailureReason ?? error.localizedDescription)
        }
    }

    private static let cocoa: [CocoaError.Code: FileFailure] = [
        .fileNoSuchFile: .noSuchFile, .fileReadNoSuchFile: .noSuchFile,
        .fileReadNoPermission: .permissionDenied, .fileWriteNoPermission: .permissionDenied,
        .fileWriteOutOfSpace: .noSpace, .fileWriteVolumeReadOnly: .readOnly,
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
        case .noWritableFolder: Message("file.noWritableFolder")
        case .wrongSize(let bytes, let expected): Message("file.wrongSize", ["count": .number(bytes), "expected": .number(expected)])
        case .other(let words): Message("file.other", ["words": .text(words)])
        }
    }
}

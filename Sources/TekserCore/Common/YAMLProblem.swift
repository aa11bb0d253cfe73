import Foundation
import Yams

/// Why a YAML file Tekser reads (the kiosk's or the desk's settings, a data folder's samples)
/// cannot be used, in the user's language: where in the file, and what is wrong there.
public enum YAMLProblem: Error, Hashable, Sendable, Localizable {
    /// The file cannot be read.
    case unreadable(FileFailure)
    /// The text is not YAML; where the reader stopped.
    case syntax(line: Int, column: Int)
    /// A required entry is missing; `key` is its path, as `samples.2.input` (entries counted from 1).
    case missing(key: String)
    /// An entry holds a value of the wrong kind, or one Tekser does not take.
    case badValue(key: String)
    /// An entry is given twice.
    case duplicate(key: String)
    /// The file holds no entries (it is empty, or one plain value) where entries belong.
    case noEntries
    /// Anything else, as the YAML reader words it.
    case other(String)

    /// Sorts what reading or decoding a YAML file threw.
    public init(_ error: any Error) {
        switch error {
        case let error as YamlError: self = Self.syntax(error)
        case DecodingError.keyNotFound(let key, let context): self = .missing(key: Self.path(context.codingPath + [key]))
        case DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError:
            self = Self.syntax(context.underlyingError as! YamlError)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context), DecodingError.dataCorrupted(let context):
            self = context.codingPath.isEmpty ? .noEntries : .badValue(key: Self.path(context.codingPath))
        default: self = .unreadable(FileFailure(error))
        }
    }

    private static func syntax(_ error: YamlError) -> YAMLProblem {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            .syntax(line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, _): .duplicate(key: duplicates.sorted().first ?? "")
        // The reader refuses control characters and bytes that are no text; its words would quote the file.
        case .reader, .dataCouldNotBeDecoded: .unreadable(.notText)
        default: .other(error.description)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { key in key.intValue.map { String($0 + 1) } ?? key.stringValue }.joined(separator: ".")
    }

    public var message: Message {
        switch self {
        case .unreadable(let reason): reason.message
        case .syntax(let line, let column): Message("yaml.syntax", ["line": .number(line), "column": .number(column)])
        case .missing(let key): Message("yaml.missing", ["key": .text(key)])
        case .badValue(let key): Message("yaml.badValue", ["key": .text(key)])
        case .duplicate(let key): Message("yaml.duplicate", ["key": .text(key)])
        case .noEntries: Message("yaml.noEntries")
        case .other(let words): Message("yaml.other", ["words": .text(words)])
        }
    }
}

/// What loading one registry file found: rows read = loaded + rejected, always.
public struct LoadReport: Sendable, Equatable, Codable {
    public let source: SourceSummary
    public var rowsRead = 0
    public var loaded = 0
    public var rejections: [Rejection] = []
    public var encoding: TextEncoding?
    public var delimiter: UInt8?

    public var rejected: Int { rejections.count }
    /// Rejections that are duplicates of an earlier row.
    public var duplicates: [Rejection] { rejections.filter { if case .duplicate = $0.problem { true } else { false } } }

    public init(source: SourceSummary) { self.source = source }

    /// One rejected row: where, and why.
    public struct Rejection: Sendable, Equatable, Codable {
        public let line: Int
        public let problem: RowProblem
    }
}

/// Why a row was not loaded.
public enum RowProblem: Error, Sendable, Equatable, Codable, Localizable {
    case wrongColumnCount(expected: Int, found: Int)
    /// The quote opened at `openedAt` swallowed every line to `lastLine`, the end of the file.
    case unterminatedQuote(openedAt: Int, lastLine: Int)
    case missingField(Field)
    case badIdentifier(Field, IdentifierProblem)
    case badDate(Field, String)
    case unknownValue(Field, String)
    case duplicate(key: String, firstLine: Int)

    public var message: Message {
        switch self {
        case .wrongColumnCount(let expected, let found):
            Message("row.wrongColumnCount", ["expected": .number(expected), "count": .number(found)])
        case .unterminatedQuote(let opened, let last):
            Message(opened == last ? "row.unterminatedQuote.lastLine" : "row.unterminatedQuote",
                    ["line": .number(opened), "last": .number(last)])
        case .missingField(let field):
            Message("row.missingField", ["field": .message(field.message)])
        case .badIdentifier(let field, let problem):
            Message("row.badIdentifier", ["field": .message(field.message), "reason": .message(problem.message)])
        case .badDate(let field, let text):
            Message("row.badDate", ["field": .message(field.message), "value": .text(text)])
        case .unknownValue(let field, let text):
            Message("row.unknownValue", ["field": .message(field.message), "value": .text(text)])
        case .duplicate(let key, let firstLine):
            Message("row.duplicate", ["key": .text(key), "line": .number(firstLine)])
        }
    }
}

/// Why a whole registry file could not be loaded. The data already in use stays in use.
public enum SourceError: Error, Sendable, Equatable, Localizable {
    case unreadable(path: String)
    case empty(path: String)
    case missingColumn(path: String, field: Field, header: String)
    case tooLarge(path: String)

    public var message: Message {
        switch self {
        case .unreadable(let path): Message("source.unreadable", ["path": .text(path)])
        case .empty(let path): Message("source.empty", ["path": .text(path)])
        case .missingColumn(let path, let field, let header):
            Message("source.missingColumn", ["path": .text(path), "field": .message(field.message), "header": .text(header)])
        case .tooLarge(let path): Message("source.tooLarge", ["path": .text(path)])
        }
    }
}

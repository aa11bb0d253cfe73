import TekserCore

/// What the journal remembers as the outcome: the verdict, or that the input was no identifier.
public enum InquiryVerdict: Hashable, Sendable, Localizable {
    case verdict(VerdictKind)
    case invalid

    /// Every outcome, most severe first, as filters and reports list them.
    public static let allCases: [InquiryVerdict] = VerdictKind.allCases.reversed().map(Self.verdict) + [.invalid]

    /// The stable name stored in the journal and exported: `VerdictKind.code` or `invalid`.
    public var code: String {
        switch self {
        case .verdict(let kind): kind.code
        case .invalid: "invalid"
        }
    }

    public init?(code: String) {
        guard let found = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = found
    }

    /// A short label for tables; the full headline stays `VerdictKind.message`.
    public var message: Message { Message("journal.verdict.\(code)") }
}

/// A registry that matched, with the date its data was current: the answer is only as good as that date.
public struct MatchedSource: Hashable, Sendable {
    /// The source's id in the manifest, e.g. `afm`.
    public let source: String
    public let kind: SourceKind
    public let publisher: Publisher
    public let asOf: CalendarDate

    public init(source: String, kind: SourceKind, publisher: Publisher, asOf: CalendarDate) {
        self.source = source
        self.kind = kind
        self.publisher = publisher
        self.asOf = asOf
    }

    init(_ summary: SourceSummary) {
        self.init(source: summary.id, kind: summary.kind, publisher: summary.publisher, asOf: summary.asOf)
    }
}

/// The journal's number for an inquiry, shown to operators as `№ 12`.
public struct InquiryID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public static func < (a: InquiryID, b: InquiryID) -> Bool { a.rawValue < b.rawValue }

    public var description: String { String(rawValue) }
}

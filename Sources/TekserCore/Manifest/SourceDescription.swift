/// One registry file as the manifest describes it.
public struct SourceDescription: Sendable, Equatable {
    public var id: String
    public var kind: SourceKind
    public var publisher: Publisher
    /// File name relative to the data folder.
    public var file: String
    /// The date the export was taken; every answer names it.
    public var asOf: CalendarDate
    /// `nil`: detected from the bytes.
    public var encoding: TextEncoding?
    /// `nil`: detected from the header line.
    public var delimiter: UInt8?
    /// Tekser field → the header(s) in the file. Several headers only make sense for `links`.
    public var columns: [Field: [String]]
    /// Extra spellings of coded values: field → canonical value → spellings in the file.
    public var values: [Field: [String: [String]]]
    /// Refuse a new version of the file with more rejected rows than this share (percent).
    public var maxRejectedPercent: Double
    /// Refuse a new version of the file that has lost more than this share (percent) of the
    /// rows loaded now: a truncated export must not pass for a shorter registry.
    public var maxShrinkPercent: Double
}

/// The manifest as written in YAML, before it is checked.
struct RawManifest: Decodable {
    var dataset: Manifest.Dataset
    var sources: [RawSource]

    struct RawSource: Decodable {
        var id: String
        var kind: SourceKind
        var publisher: Publisher
        var file: String
        var asOf: CalendarDate
        var encoding: TextEncoding?
        var delimiter: String?
        var columns: [String: OneOrMany]
        var values: [String: [String: [String]]]?
        var maxRejectedPercent: Double?
        var maxShrinkPercent: Double?

        enum CodingKeys: String, CodingKey {
            case id, kind, publisher, file, encoding, delimiter, columns, values
            case asOf = "as_of"
            case maxRejectedPercent = "max_rejected_percent"
            case maxShrinkPercent = "max_shrink_percent"
        }

        /// `defaultShrink`: the data set's `max_shrink_percent`, for sources that set none.
        func description(defaultShrink: Double) throws -> SourceDescription {
            var mapped: [Field: [String]] = [:]
            for (name, headers) in columns {
                guard let field = Field(rawValue: name) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(id): unknown field “\(name)”"))
                }
                mapped[field] = headers.values
            }
            var valueTable: [Field: [String: [String]]] = [:]
            for (name, table) in values ?? [:] {
                guard let field = Field(rawValue: name) else {
                    throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(id): unknown field “\(name)”"))
                }
                valueTable[field] = table
            }
            return SourceDescription(
                id: id, kind: kind, publisher: publisher, file: file, asOf: asOf,
                encoding: encoding, delimiter: try delimiterByte(), columns: mapped,
                values: valueTable, maxRejectedPercent: try Self.percent("max_rejected_percent", maxRejectedPercent ?? 1, of: id),
                maxShrinkPercent: try Self.percent("max_shrink_percent", maxShrinkPercent ?? defaultShrink, of: id)
            )
        }

        /// A share of a source's rows, from 0 to 100.
        static func percent(_ name: String, _ value: Double, of id: String) throws -> Double {
            guard (0...100).contains(value) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(id): \(name) must be from 0 to 100, not \(value)"))
            }
            return value
        }

        private func delimiterByte() throws -> UInt8? {
            guard let delimiter else { return nil }
            switch delimiter {
            case ",": return UInt8(ascii: ",")
            case ";": return UInt8(ascii: ";")
            case "\t", "tab", "\\t": return UInt8(ascii: "\t")
            default:
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(id): delimiter must be “,” “;” or tab, not “\(delimiter)”"))
            }
        }
    }

    /// A column mapping: one header or a list of them.
    struct OneOrMany: Decodable {
        var values: [String]
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) {
                values = [one]
            } else {
                values = try container.decode([String].self)
            }
        }
    }
}

import Foundation
import Yams

/// `data/manifest.yaml`: which file holds which registry, and how its columns map to Tekser's fields.
public struct Manifest: Sendable, Equatable {
    public var dataset: Dataset
    public var sources: [SourceDescription]

    /// What the data set as a whole is.
    public struct Dataset: Sendable, Equatable, Codable {
        public var title: String
        /// A demo set: every answer given from it says "demo data — not official registries".
        public var demo: Bool
        /// The labelled sample inputs for trainers, relative to the data folder.
        public var samples: String?
        /// The default share (percent) of rows a source may lose in a live update before the
        /// new version is refused; a source's own `max_shrink_percent` wins.
        public var maxShrinkPercent: Double?

        public static let defaultMaxShrinkPercent = 20.0

        enum CodingKeys: String, CodingKey {
            case title, demo, samples
            case maxShrinkPercent = "max_shrink_percent"
        }
    }

    public static let fileName = "manifest.yaml"

    /// Reads and validates `<directory>/manifest.yaml`.
    public static func load(directory: URL) throws(ManifestError) -> Manifest {
        let url = directory.appendingPathComponent(fileName)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: url.path)
        }
        return try parse(text, path: url.path)
    }

    /// Parses and validates manifest text; `path` names it in errors.
    public static func parse(_ text: String, path: String) throws(ManifestError) -> Manifest {
        let manifest: Manifest
        do {
            let raw = try YAMLDecoder().decode(RawManifest.self, from: text)
            let defaultShrink = try RawManifest.RawSource.percent("max_shrink_percent", raw.dataset.maxShrinkPercent ?? Dataset.defaultMaxShrinkPercent,
                                                      of: "dataset")
            manifest = Manifest(dataset: raw.dataset, sources: try raw.sources.map { try $0.description(defaultShrink: defaultShrink) })
        } catch {
            throw .malformed(path: path, detail: Self.describe(error))
        }
        try manifest.validate(path: path)
        return manifest
    }

    func validate(path: String) throws(ManifestError) {
        if sources.isEmpty { throw .noSources(path: path) }
        var seen = Set<String>()
        for source in sources {
            if !seen.insert(source.id).inserted { throw .duplicateSource(path: path, id: source.id) }
            for field in source.kind.requiredFields where source.columns[field] == nil {
                throw .missingMapping(path: path, source: source.id, field: field)
            }
            let allowed = Set(source.kind.fields)
            if let stray = source.columns.keys.first(where: { !allowed.contains($0) }) {
                throw .fieldNotForKind(path: path, source: source.id, field: stray)
            }
            if source.kind == .licensed, ![Field.nameKk, .nameRu, .name].contains(where: { source.columns[$0] != nil }) {
                throw .missingMapping(path: path, source: source.id, field: .name)
            }
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing “\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))”"
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }
}

/// Why a manifest could not be used. The data already loaded stays in use.
public enum ManifestError: Error, Equatable, Sendable, Localizable {
    case unreadable(path: String)
    case malformed(path: String, detail: String)
    case noSources(path: String)
    /// A file named outside the data folder (absolute, or through `..`): it cannot be published.
    case unsafeFile(path: String, file: String)
    case duplicateSource(path: String, id: String)
    case missingMapping(path: String, source: String, field: Field)
    case fieldNotForKind(path: String, source: String, field: Field)

    public var message: Message {
        switch self {
        case .unreadable(let path): Message("manifest.unreadable", ["path": .text(path)])
        case .malformed(let path, let detail): Message("manifest.malformed", ["path": .text(path), "detail": .text(detail)])
        case .noSources(let path): Message("manifest.noSources", ["path": .text(path)])
        case .unsafeFile(let path, let file): Message("manifest.unsafeFile", ["path": .text(path), "file": .text(file)])
        case .duplicateSource(let path, let id): Message("manifest.duplicateSource", ["path": .text(path), "source": .text(id)])
        case .missingMapping(let path, let source, let field):
            Message("manifest.missingMapping", ["path": .text(path), "source": .text(source), "field": .text(field.rawValue)])
        case .fieldNotForKind(let path, let source, let field):
            Message("manifest.fieldNotForKind", ["path": .text(path), "source": .text(source), "field": .text(field.rawValue)])
        }
    }
}

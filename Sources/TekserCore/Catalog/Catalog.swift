import Foundation
import Yams

/// The message catalogs: one folder per language, each with YAML files of `key: text`.
///
/// A text may contain `{name}` placeholders. A text may instead be a map of plural
/// forms (`one`, `few`, `many`, `other`), chosen by the argument named `count`.
public struct Catalog: Sendable {
    /// One catalog entry: a plain text, or plural forms keyed by category.
    public enum Entry: Sendable, Equatable {
        case text(String)
        case plural([String: String])
    }

    public private(set) var entries: [Language: [String: Entry]]

    public init(entries: [Language: [String: Entry]]) {
        self.entries = entries
    }

    /// The catalogs shipped inside the TekserCore module.
    /// The shipped catalogs, read once per process: the command line's texts and its `--help`
    /// (written from the key tables at start-up) share them. Nil when they cannot be read.
    public static let shipped: Catalog? = try? bundled()

    public static func bundled() throws -> Catalog {
        guard let url = Bundle.module.url(forResource: "Messages", withExtension: nil) else {
            throw CatalogError.missingBundle
        }
        return try load(directory: url)
    }

    /// Loads `<directory>/<lang>/*.yaml` for every language.
    public static func load(directory: URL) throws -> Catalog {
        var entries: [Language: [String: Entry]] = [:]
        let files = FileManager.default
        for language in Language.allCases {
            let folder = directory.appendingPathComponent(language.rawValue)
            let names = try files.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".yaml") }
                .sorted()
            var table: [String: Entry] = [:]
            for name in names {
                let fileURL = folder.appendingPathComponent(name)
                let text = try String(contentsOf: fileURL, encoding: .utf8)
                for (key, entry) in try parse(yaml: text, file: "\(language.rawValue)/\(name)") {
                    if table[key] != nil { throw CatalogError.duplicateKey(key, file: "\(language.rawValue)/\(name)") }
                    table[key] = entry
                }
            }
            entries[language] = table
        }
        return Catalog(entries: entries)
    }

    static func parse(yaml: String, file: String) throws -> [String: Entry] {
        guard let node = try Yams.compose(yaml: yaml), let mapping = node.mapping else {
            throw CatalogError.malformed(file: file)
        }
        var result: [String: Entry] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw CatalogError.malformed(file: file) }
            if let text = valueNode.string {
                result[key] = .text(text)
            } else if let forms = valueNode.mapping {
                var plural: [String: String] = [:]
                for (form, text) in forms {
                    guard let form = form.string, let text = text.string else { throw CatalogError.malformed(file: file) }
                    plural[form] = text
                }
                result[key] = .plural(plural)
            } else {
                throw CatalogError.malformed(file: file)
            }
        }
        return result
    }

    /// The keys present in any language.
    public var allKeys: Set<String> {
        entries.values.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
    }

    /// Whether `key` exists in `language`.
    public func has(_ key: String, in language: Language) -> Bool {
        entries[language]?[key] != nil
    }

    /// The message in words. A missing key renders as `⟦key⟧` so it shows up in tests and use.
    public func text(_ message: Message, in language: Language) -> String {
        guard let entry = entries[language]?[message.key] else { return "⟦\(message.key)⟧" }
        let template: String
        switch entry {
        case .text(let text):
            template = text
        case .plural(let forms):
            let count: Int
            if case .number(let n) = message.arguments["count"] { count = n } else { count = 0 }
            let category = PluralRule.category(of: count, in: language)
            template = forms[category] ?? forms["other"] ?? forms["many"] ?? forms.values.first ?? ""
        }
        return fill(template, message.arguments, language)
    }

    /// Shorthand for a key with arguments.
    public func text(_ key: String, _ arguments: [String: Message.Argument] = [:], in language: Language) -> String {
        text(Message(key, arguments), in: language)
    }

    public func text(_ item: some Localizable, in language: Language) -> String {
        text(item.message, in: language)
    }

    private func fill(_ template: String, _ arguments: [String: Message.Argument], _ language: Language) -> String {
        // Braces are ASCII: looked for in the bytes, not grapheme by grapheme.
        let (openBrace, closeBrace) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        guard template.utf8.contains(openBrace) else { return template }
        var output = ""
        var rest = template[...]
        while let open = rest.utf8.firstIndex(of: openBrace) {
            output += rest[..<open]
            guard let close = rest.utf8[open...].firstIndex(of: closeBrace) else { break }
            let name = String(rest[rest.index(after: open)..<close])
            switch arguments[name] {
            case .text(let value): output += value
            case .number(let value): output += String(value)
            case .message(let inner): output += text(inner, in: language)
            case nil: output += "{\(name)}"
            }
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return output
    }
}

/// Why the catalogs could not be loaded.
public enum CatalogError: Error, Equatable {
    case missingBundle
    case malformed(file: String)
    case duplicateKey(String, file: String)
}

/// CLDR plural categories for the numbers shown to users.
enum PluralRule {
    static func category(of n: Int, in language: Language) -> String {
        let n = abs(n)
        switch language {
        case .en:
            return n == 1 ? "one" : "other"
        case .kk:
            return n == 1 ? "one" : "other"
        case .ru:
            let mod10 = n % 10, mod100 = n % 100
            if mod10 == 1 && mod100 != 11 { return "one" }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return "few" }
            return "many"
        }
    }
}

import Foundation
import Testing
import TekserCore
@testable import DemoData

/// The repository's shipped `data/` folder and readers for its files.
enum DataFolder {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data")

    /// A registry file read as its `RegisterFile` says, from `data/` unless another path is given.
    static func table(_ file: RegisterFile, at path: URL? = nil) throws -> CSVTable {
        let data = try Data(contentsOf: path ?? url.appendingPathComponent(file.name))
        let text: String?
        switch file.encoding {
        case .utf8: text = String(data: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, encoding: .utf8)
        case .cp1251: text = String(data: data, encoding: .windowsCP1251)
        case .kz1048: text = nil
        }
        guard let text else { throw CocoaError(.fileReadInapplicableStringEncoding) }
        return CSVTable(text: text, delimiter: Unicode.Scalar(file.delimiter))
    }

    /// `samples.yaml` as (outcome, input, name) triples, read line by line.
    static func samples() throws -> [(outcome: String, input: String, name: String)] {
        let text = try String(contentsOf: url.appendingPathComponent("samples.yaml"), encoding: .utf8)
        var result: [(String, String, String)] = []
        var outcome = "", input = ""
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("- outcome: ") { outcome = String(trimmed.dropFirst("- outcome: ".count)) }
            if trimmed.hasPrefix("input: ") { input = unquote(trimmed.dropFirst("input: ".count)) }
            if trimmed.hasPrefix("name: ") { result.append((outcome, input, unquote(trimmed.dropFirst("name: ".count)))) }
        }
        return result
    }

    private static func unquote(_ text: Substring) -> String {
        String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
    }
}

extension RegisterFile: CustomTestStringConvertible {
    public var testDescription: String { name }
}

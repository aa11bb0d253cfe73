import Foundation
import TekserCore

/// Reads the scenario line format: `# title:` and `# lang:` headers, other `#` lines are
/// comments, and one command per line (`caption`, `pause`, `type`, `enter`, `press`, `expect`).
public enum ScenarioParser {
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> Scenario {
        var title = ""
        var language: Language?
        var steps: [Scenario.Step] = []
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (offset, raw) in lines(of: text).enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let header = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if let value = value(of: "title", in: header) { title = value }
                if let value = value(of: "lang", in: header) {
                    guard let chosen = Language(rawValue: value) else { throw .badLanguage(file: file, line: number, value: value) }
                    language = chosen
                }
                continue
            }
            steps.append(Scenario.Step(line: number, command: try command(line, file: file, line: number)))
        }
        guard let language else { throw .noLanguage(file: file) }
        guard !steps.isEmpty else { throw .noSteps(file: file) }
        return Scenario(file: file, title: title, language: language, steps: steps)
    }

    /// Reads and parses the file at `path`; errors name the path as given.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(file: path) }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    private static func command(_ line: String, file: String, line number: Int) throws(ScenarioError) -> Scenario.Command {
        let name = String(line.prefix { !$0.isWhitespace })
        let argument = line.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let needsArgument = ["caption", "pause", "type", "press", "expect"]
        if needsArgument.contains(name), argument.isEmpty { throw .missingArgument(file: file, line: number, command: name) }
        switch name {
        case "caption": return .caption(argument)
        case "type": return .type(argument)
        case "press": return .press(argument)
        case "expect": return .expect(Scenario.Expectation(argument))
        case "enter" where argument.isEmpty: return .enter
        case "pause":
            guard let seconds = Double(argument), (0...Scenario.longestPause).contains(seconds) else {
                throw .badPause(file: file, line: number, value: argument)
            }
            return .pause(seconds: seconds)
        default: throw .unknownCommand(file: file, line: number, command: name)
        }
    }

    /// `key: value` in a header comment, or nil.
    private static func value(of key: String, in header: String) -> String? {
        guard header.lowercased().hasPrefix(key + ":") else { return nil }
        return header.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
    }

    /// Splits on LF, CRLF or CR (a CRLF is one `Character`, so split on newline characters).
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
}

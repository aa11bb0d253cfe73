import Foundation
import TekserCore

/// `tekser check --file`: one result per input line, invalid lines included.
struct BatchCheck {
    let checker: Checker
    let writer: AnswerWriter
    let isDemo: Bool
    let format: Tekser.Check.BatchFormat
    /// The network of `@handle` lines, from `--platform`.
    var platform: SocialPlatform? = nil
    /// With `--journal` or `--server`: each line is committed (to the journal, or to the outbox
    /// while the server is away) before its result is printed and flushed.
    let recorder: JournalRecorder?

    /// Prints a result for every line; returns whether any line was neither a valid identifier nor a usable link.
    func run(lines: [String]) throws -> Bool {
        var anyInvalid = false
        if format == .csv { print(CSVLine.join(["input", "valid", "verdict", "identifier", "names", "matched", "reason"])) }
        for line in lines {
            let result = checker.check(line, platform: platform, language: writer.language)
            try recorder?.record(result, typed: line)
            let report = CheckReport(result, input: line, writer: writer, isDemo: isDemo)
            anyInvalid = anyInvalid || !report.valid
            switch format {
            case .jsonl:
                print(try JSON.encode(report, pretty: false))
            case .csv:
                print(CSVLine.join([
                    report.input, report.valid ? "true" : "false", report.verdict ?? "", report.identifier?.id ?? "",
                    (report.names ?? []).joined(separator: "; "),
                    (report.searched ?? []).filter(\.matched).map(\.source).joined(separator: "; "),
                    report.reason ?? "",
                ]))
            }
            if recorder != nil { fflush(nil) }
        }
        return anyInvalid
    }
}

/// One RFC 4180 line: fields quoted when they hold a comma, quote or line break.
enum CSVLine {
    static func join(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                : field
        }.joined(separator: ",")
    }
}

/// JSON with sorted keys, so output is stable and diffable.
enum JSON {
    static func encode(_ value: some Encodable, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Lets one call print either a single report or a list.
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}

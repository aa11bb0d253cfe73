import Foundation
import TekserCore

/// A lesson that plays itself in front of the room: what the trainer would type and press,
/// with captions and pauses. Parsed from a plain text file (format in README.md).
public struct Scenario: Hashable, Sendable {
    public var file: String
    public var title: String
    public var language: Language
    public var steps: [Step]

    /// The longest `pause`, in seconds: ten minutes, for a discussion in the room.
    static let longestPause = 600.0

    /// One line of the file, with its number for error messages.
    public struct Step: Hashable, Sendable {
        public var line: Int
        public var command: Command

        public init(line: Int, command: Command) {
            self.line = line
            self.command = command
        }
    }

    public enum Command: Hashable, Sendable {
        /// Shows a caption to the room until the next one.
        case caption(String)
        /// Waits, so the room can read.
        case pause(seconds: Double)
        /// Types into the input line, character by character.
        case type(String)
        /// Presses Enter.
        case enter
        /// Clicks the inline or menu button with this label.
        case press(String)
        /// The last bot answer must contain this text, or the headline of this verdict.
        case expect(Expectation)
    }

    /// What `expect` looks for in the bot's last answer.
    public enum Expectation: Hashable, Sendable {
        case verdict(VerdictKind)
        case text(String)

        /// A verdict code (`warning_list`, `licensed`, …) means its headline; anything else is literal text.
        init(_ argument: String) {
            if let kind = VerdictKind.allCases.first(where: { $0.code == argument }) { self = .verdict(kind) } else { self = .text(argument) }
        }
    }

    public init(file: String, title: String, language: Language, steps: [Step]) {
        self.file = file
        self.title = title
        self.language = language
        self.steps = steps
    }
}

/// Why a scenario cannot be read or played; every case names the file and, where known, the line.
public enum ScenarioError: Error, Hashable, Sendable, Localizable {
    case unreadable(file: String)
    case unknownCommand(file: String, line: Int, command: String)
    case missingArgument(file: String, line: Int, command: String)
    case badPause(file: String, line: Int, value: String)
    case badLanguage(file: String, line: Int, value: String)
    case noLanguage(file: String)
    case noSteps(file: String)
    case buttonNotFound(file: String, line: Int, label: String)
    case expectationFailed(file: String, line: Int, expected: String, answer: String)

    public var message: Message {
        switch self {
        case .unreadable(let file): Message("trainer.scenario.unreadable", ["file": .text(file)])
        case .unknownCommand(let file, let line, let command):
            Message("trainer.scenario.unknownCommand", ["file": .text(file), "line": .number(line), "command": .text(command)])
        case .missingArgument(let file, let line, let command):
            Message("trainer.scenario.missingArgument", ["file": .text(file), "line": .number(line), "command": .text(command)])
        case .badPause(let file, let line, let value):
            Message("trainer.scenario.badPause", ["file": .text(file), "line": .number(line), "value": .text(value)])
        case .badLanguage(let file, let line, let value):
            Message("trainer.scenario.badLanguage", ["file": .text(file), "line": .number(line), "value": .text(value)])
        case .noLanguage(let file): Message("trainer.scenario.noLanguage", ["file": .text(file)])
        case .noSteps(let file): Message("trainer.scenario.noSteps", ["file": .text(file)])
        case .buttonNotFound(let file, let line, let label):
            Message("trainer.scenario.buttonNotFound", ["file": .text(file), "line": .number(line), "label": .text(label)])
        case .expectationFailed(let file, let line, let expected, let answer):
            Message("trainer.scenario.expectationFailed", [
                "file": .text(file), "line": .number(line), "expected": .text(expected), "answer": .text(answer),
            ])
        }
    }
}

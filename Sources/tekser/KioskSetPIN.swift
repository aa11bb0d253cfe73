import ArgumentParser
import Foundation
import TekserCore
import TekserStore

extension Tekser {
    /// `tekser kiosk set-pin`: the operator's PIN, asked twice without echo and stored only as a salted hash.
    struct KioskSetPIN: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-pin",
            abstract: CommandHelp.text("kiosk.setpin.abstract")
        )

        @Option(help: .text("kiosk.config"))
        var config: String?

        @OptionGroup var common: CommonOptions

        func run() throws {
            let catalog = try common.catalog()
            let say = { (key: String, arguments: [String: Message.Argument]) in catalog.text(key, arguments, in: common.resolvedLanguage) }
            let url = config.map { URL(fileURLWithPath: $0) } ?? KioskConfig.defaultURL()
            let first = SecretInput.read(prompt: say("kiosk.setpin.prompt", [:]))
            let second = SecretInput.read(prompt: say("kiosk.setpin.repeat", [:]))
            guard let pin = first, pin == second else {
                printError(say("kiosk.setpin.mismatch", [:]))
                throw ExitCode(1)
            }
            guard (4...12).contains(pin.count), pin.allSatisfy(\.isASCIIDigit) else {
                printError(say("kiosk.setpin.invalid", [:]))
                throw ExitCode(1)
            }
            do {
                var settings = try KioskConfig.load(from: url)
                settings.pin = try PINHash(pin: pin)
                try settings.save(to: url)
            } catch let error as KioskConfigError {
                printError("tekser: " + catalog.text(error, in: common.resolvedLanguage))
                throw ExitCode(1)
            }
            print(say("kiosk.setpin.saved", ["path": .text(url.path)]))
        }
    }
}

/// A line typed without echo on a terminal; from a pipe, simply the next line.
enum SecretInput {
    static func read(prompt: String) -> String? {
        StandardStreams.writeError(prompt)
        guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true) }
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            StandardStreams.writeError("\n")
        }
        return readLine(strippingNewline: true)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

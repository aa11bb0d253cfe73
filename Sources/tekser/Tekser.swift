import ArgumentParser
import Foundation
import TekserCore

@main
struct Tekser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tekser",
        abstract: CommandHelp.text("tekser.abstract"),
        subcommands: [Chat.self, Check.self, DataCommand.self, Samples.self, Kiosk.self, Train.self, Desk.self, JournalCommand.self, Find.self, Fleet.self],
        defaultSubcommand: Chat.self
    )

    /// Parses and runs as the argument parser does, with its help screens and complaints put
    /// into the user's words: on standard output for help, else on standard error. Output that
    /// could not be written whole (a full disk) is said, and the status is then 1 at least.
    static func main() {
        var code = ExitCode.success
        do {
            var command = try parseAsRoot(CommandHelp.parserArguments(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            // `exitCode(for:)` renders the help too, at the width `$COLUMNS` gives the parser. Only
            // for the parser's own errors: a command's (an exit status) may leave threads running.
            if !(error is ExitCode) { setenv("COLUMNS", String(CommandHelp.columns), 1) }
            let message = CommandHelp.parserWords.translate(fullMessage(for: error, columns: CommandHelp.columns))
            code = exitCode(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
        }
        if let lost = StandardStreams.lostOutput() {
            printError("tekser: " + (Catalog.shipped?.text("common.outputLost", ["reason": .message(lost.message)], in: CommandHelp.language) ?? lost.message.key))
            if code == .success { code = ExitCode(1) }
        }
        Foundation.exit(code.rawValue)
    }
}

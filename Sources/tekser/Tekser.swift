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
    /// into the user's words: on standard output for help, else on standard error.
    static func main() {
        do {
            var command = try parseAsRoot(CommandHelp.parserArguments(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            let message = CommandHelp.parserWords.translate(fullMessage(for: error, columns: CommandHelp.columns))
            let code = exitCode(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

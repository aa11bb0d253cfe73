import ArgumentParser
import Foundation
import TekserCore
import TekserTUI

/// The words of `--help` and `tekser help`, from the catalogs' `help.*` keys, in the language
/// the command line asks for. Help is worded while the options are declared, before they are
/// parsed, so `--lang` is read here ahead of the parser (the last one wins, as in parsing);
/// without it, the locale's language, as every command falls back to.
enum CommandHelp {
    static let language = requested(by: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// The language `arguments` and `environment` ask for.
    static func requested(by arguments: [String], environment: [String: String]) -> Language {
        var chosen: Language?
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count {
                chosen = Language(rawValue: arguments[index + 1]) ?? chosen
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
        }
        return chosen ?? Language.fromEnvironment(environment)
    }

    /// The command line for the parser. A request for help (`tekser help …`, `… --help`, or a
    /// command group named alone, such as `tekser data`) needs no `--lang` once it is read here,
    /// and the parser would refuse it, or hand it to a group's default command and show that
    /// one's help instead: it is left out. Anything else keeps it.
    static func parserArguments(_ arguments: [String]) -> [String] {
        var withoutLanguage: [String] = []
        var skipValue = false
        for argument in arguments {
            if skipValue { skipValue = false; continue }
            if argument == "--lang" { skipValue = true } else if !argument.hasPrefix("--lang=") { withoutLanguage.append(argument) }
        }
        if withoutLanguage.first == "help" { return withoutLanguage }
        var command: any ParsableCommand.Type = Tekser.self
        var rest = withoutLanguage[...]
        while let name = rest.first, let subcommand = command.configuration.subcommands.first(where: { $0._commandName == name }) {
            command = subcommand
            rest = rest.dropFirst()
        }
        let asksForHelp = !rest.isEmpty && rest.allSatisfy { $0 == "--help" || $0 == "-h" }
        let groupAlone = rest.isEmpty && !command.configuration.subcommands.isEmpty && command.configuration.defaultSubcommand == nil
        return asksForHelp || groupAlone ? withoutLanguage : arguments
    }

    /// The parser's words in the language asked for.
    static let parserWords = ParserWords(catalog: Catalog.shipped ?? Catalog(entries: [:]), language: language)

    /// The columns help is rendered at: the terminal's, less what longer words put in take.
    static let columns = parserWords.renderingWidth(for: Terminal.width)

    /// The text of `help.<key>`.
    static func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        Catalog.shipped?.text("help." + key, arguments, in: language) ?? key
    }
}

extension ArgumentHelp {
    /// An option's or argument's help from the catalogs: `help.<key>`.
    static func text(_ key: String, _ arguments: [String: Message.Argument] = [:], valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(CommandHelp.text(key, arguments), valueName: valueName)
    }
}

/// The keys a subcommand's `--help` lists, written from the mode's key table, so the help
/// cannot tell another story than the keys do.
enum KeyHelp {
    /// Sections of "keys  what they do" lines under their titles.
    static func discussion(_ sections: [(title: String, lines: [String])]) -> String {
        sections.map { section in ([section.title] + section.lines.map { "  " + $0 }).joined(separator: "\n") }
            .joined(separator: "\n\n")
    }

    /// A section titled by `help.<titleKey>` with the table's help lines, fitted to the help's
    /// columns (less the indent, and one: the parser wraps a line that fills them); none when
    /// the catalogs cannot be read.
    static func section<Action>(_ titleKey: String, _ table: KeyTable<Action>) -> (title: String, lines: [String]) {
        (CommandHelp.text(titleKey), Catalog.shipped.map { table.helpLines($0, in: CommandHelp.language, width: CommandHelp.columns - 3) } ?? [])
    }
}

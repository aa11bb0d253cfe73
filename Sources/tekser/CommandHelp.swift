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

    /// The command line for the parser. `tekser help …` and `tekser --help` take no `--lang`
    /// (the parser would hand it to the default command, the chat), so theirs, already read
    /// here, is left out.
    static func parserArguments(_ arguments: [String]) -> [String] {
        var withoutLanguage: [String] = []
        var skipValue = false
        for argument in arguments {
            if skipValue { skipValue = false; continue }
            if argument == "--lang" { skipValue = true } else if !argument.hasPrefix("--lang=") { withoutLanguage.append(argument) }
        }
        return arguments.first == "help" || withoutLanguage == ["--help"] || withoutLanguage == ["-h"] ? withoutLanguage : arguments
    }

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

    /// A section titled by `help.<titleKey>` with the table's help lines; none when the catalogs cannot be read.
    static func section<Action>(_ titleKey: String, _ table: KeyTable<Action>) -> (title: String, lines: [String]) {
        (CommandHelp.text(titleKey), Catalog.shipped.map { table.helpLines($0, in: CommandHelp.language) } ?? [])
    }
}

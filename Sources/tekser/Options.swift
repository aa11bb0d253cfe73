import ArgumentParser
import Foundation
import TekserCore
import TekserStore
import TekserTUI

/// `--data` and `--lang`, shared by every subcommand.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: .text("option.data"))
    var dataDirectory: String?

    @OptionGroup var languageOptions: LanguageOptions

    var language: Language? { languageOptions.language }

    /// Whether a data folder was named (`--data`, `$TEKSER_DATA`): it then wins over a server's published data.
    var namesDataFolder: Bool { dataDirectory != nil || ProcessInfo.processInfo.environment["TEKSER_DATA"] != nil }

    var dataURL: URL {
        let path = dataDirectory ?? ProcessInfo.processInfo.environment["TEKSER_DATA"] ?? "data"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    var resolvedLanguage: Language { languageOptions.resolvedLanguage }

    func catalog() throws -> Catalog { try languageOptions.catalog() }

    /// A usage error from `validate()`, worded in the user's language.
    func usage(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> ValidationError {
        ValidationError(((try? catalog()) ?? Catalog(entries: [:])).text(key, arguments, in: resolvedLanguage))
    }

    /// Puts answers into words in the chosen language, with ASCII symbols when the locale is not UTF-8.
    func writer(_ catalog: Catalog) -> AnswerWriter {
        AnswerWriter(catalog: catalog, language: resolvedLanguage, ascii: !TextLocale.isUTF8)
    }

    /// Opens the data set through its compiled file (built first when there is none), or reports
    /// why not (in the user's language) and ends with status 1.
    func loadData(_ catalog: Catalog) throws -> DataSet {
        try loadData(with: compiledData(catalog), catalog)
    }

    /// The same through `opener`, e.g. one whose problems go to the log.
    func loadData(with opener: CompiledData, _ catalog: Catalog) throws -> DataSet {
        do {
            return try opener.open(directory: dataURL)
        } catch {
            printError("tekser: \(catalog.text(error, in: resolvedLanguage))")
            throw ExitCode(1)
        }
    }

    /// How this command opens data: problems with a compiled file go to standard error in one
    /// line, or with `log` to the state log (a full-screen mode must not write over its screen);
    /// a build longer than a second draws its progress on standard error.
    func compiledData(_ catalog: Catalog, log: StateLog? = nil) -> CompiledData {
        let language = resolvedLanguage
        return CompiledData(
            onProblem: { problem in
                let text = catalog.text(problem.message, in: language)
                if let log { log.write("warning", text) } else { printError("tekser: " + text) }
            },
            onBuild: { progress in BuildProgressLine.start(progress, catalog: catalog, language: language) })
    }
}

/// `--lang` and the catalogs, for every command that talks to people.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: .text("option.lang"))
    var language: Language?

    var resolvedLanguage: Language {
        language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
    }

    /// The bundled catalogs; a broken installation is reported and ends with status 1.
    func catalog() throws -> Catalog {
        if let shipped = Catalog.shipped { return shipped }
        do {
            return try Catalog.bundled()
        } catch {
            printError("tekser: cannot load the message catalogs: \(error)")
            throw ExitCode(1)
        }
    }
}

extension Language: ExpressibleByArgument {}

/// Writes a line to standard error.
func printError(_ text: String) {
    StandardStreams.writeError(text + "\n")
}

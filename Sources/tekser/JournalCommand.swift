import ArgumentParser
import Foundation
import TekserCore
import TekserStore

extension Tekser {
    /// `tekser journal …`: the help desk's record of inquiries, for team leads and audits.
    struct JournalCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "journal",
            abstract: CommandHelp.text("journal.abstract"),
            discussion: CommandHelp.text("journal.discussion"),
            subcommands: [JournalList.self, JournalShow.self, JournalExportCommand.self, JournalStatsCommand.self, JournalVerify.self,
                          JournalChanged.self, JournalReports.self]
        )
    }
}

/// `--journal`, `--server` and `--lang`, shared by the `journal` subcommands.
struct JournalOptions: ParsableArguments {
    @Option(name: .customLong("journal"), help: .text("journal.path", valueName: "path"))
    var path: String?

    @OptionGroup var server: ServerOptions

    @OptionGroup var languageOptions: LanguageOptions

    var resolvedLanguage: Language { languageOptions.resolvedLanguage }

    func catalog() throws -> Catalog { try languageOptions.catalog() }

    /// Opens the journal to read, its inquiries or its citizens' reports: the file `--journal`
    /// names, else the team's on the server, else the default file. A missing file is reported
    /// rather than created.
    func openExisting(_ catalog: Catalog) throws -> any InquiryJournal & ReportJournal {
        if path == nil, let team = try server.open(catalog: catalog, language: resolvedLanguage) { return team }
        return try JournalLocation.openExisting(path, catalog: catalog, language: resolvedLanguage)
    }
}

/// Where the journal is and how it is opened from the command line.
enum JournalLocation {
    static func url(_ path: String?) -> URL {
        path.map { URL(fileURLWithPath: $0) } ?? Journal.defaultURL()
    }

    /// Opens an existing journal; a missing one is reported (status 1) rather than created.
    static func openExisting(_ path: String?, catalog: Catalog, language: Language) throws -> Journal {
        let url = url(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            printError("tekser: " + catalog.text("journal.error.missing", ["path": .text(url.path)], in: language))
            throw ExitCode(1)
        }
        return try open(url, catalog: catalog, language: language)
    }

    /// Opens the journal, or says why not in the user's language and ends with status 1.
    static func open(_ url: URL, catalog: Catalog, language: Language) throws -> Journal {
        do {
            return try Journal.open(at: url)
        } catch {
            throw fail(error, catalog: catalog, language: language)
        }
    }

    /// Reports a journal error and gives the exit status to throw.
    static func fail(_ error: JournalError, catalog: Catalog, language: Language) -> ExitCode {
        printError("tekser: " + catalog.text(error, in: language))
        return ExitCode(1)
    }

    /// The operator's name when none is given: `operator:` in desk.yaml (`configured`), else
    /// `$TEKSER_OPERATOR`, else the login name.
    static func defaultOperator(configured: String?) -> String {
        configured.flatMap { $0.isEmpty ? nil : $0 }
            ?? ProcessInfo.processInfo.environment["TEKSER_OPERATOR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? loginName
    }

    /// The operator's name: the login name, else `$USER`, else the account's name.
    static var loginName: String {
        if let name = getlogin() { return String(cString: name) }
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        if let account = getpwuid(geteuid()) { return String(cString: account.pointee.pw_name) }
        return String(geteuid())
    }
}

/// `--from --to --operator --verdict --channel`, shared by list, export and stats.
struct JournalFilterOptions: ParsableArguments {
    @Option(help: .text("journal.from", valueName: "date"))
    var from: CalendarDate?

    @Option(help: .text("journal.to", valueName: "date"))
    var to: CalendarDate?

    @Option(name: .customLong("operator"), help: .text("journal.operator"))
    var operatorName: String?

    @Option(help: .text("journal.verdict", valueName: "verdict"))
    var verdict: InquiryVerdict?

    @Option(help: .text("journal.channel", valueName: "channel"))
    var channel: Channel?

    var filter: InquiryFilter {
        InquiryFilter(from: from, to: to, operator: operatorName, verdict: verdict, channel: channel)
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension InquiryVerdict: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }

    /// The codes, for `--help` and the parser's complaint about another value.
    public static var allValueStrings: [String] { allCases.map(\.code) }
}

extension Channel: ExpressibleByArgument {}

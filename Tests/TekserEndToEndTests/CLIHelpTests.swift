import Foundation
import Testing
import TestSupport

/// `--help`, `tekser help` and the parser's complaints as a help-desk operator meets them: in
/// Kazakh, Russian or English, the parser's own headings and complaints included, fitted to the
/// terminal's width.
@Suite struct CLIHelpTests {
    /// Every command's path (`[]` for `tekser` itself), found by following the SUBCOMMANDS of
    /// each help screen, so a command added later is covered without being listed here.
    static let commands: [[String]] = {
        var found: [[String]] = [], queue: [[String]] = [[]]
        while let command = queue.first {
            queue.removeFirst()
            found.append(command)
            let help = (try? Binary.run(["help"] + command + ["--lang", "en"]).stdout) ?? ""
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { continue }
            for line in lines[(start + 1)...] {
                guard line.hasPrefix("  "), let name = line.dropFirst(2).split(separator: " ").first, line.dropFirst(2).first != " " else {
                    if line.isEmpty { break } else { continue }
                }
                queue.append(command + [String(name)])
            }
        }
        return found
    }()

    @Test func everyCommandIsFoundFromTheHelpScreens() {
        #expect(Self.commands.count > 25, "\(Self.commands)")
        #expect(Self.commands.contains(["journal", "reports"]) && Self.commands.contains(["kiosk", "set-pin"]))
    }

    @Test(arguments: ["kk", "ru"])
    func everyHelpScreenIsInTheLanguageAskedFor(language: String) throws {
        let english = ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show help information", "default", "(values:",
                       "for detailed help", "The data folder", "Checks an account", "Keys", "send", "Print JSON"]
        for command in Self.commands {
            let out = try Binary.run(command + ["--help", "--lang", language])
            #expect(out.status == 0 && out.stderr.isEmpty, "\(command): \(out.stderr)")
            #expect(!out.stdout.contains("⟦"), "a key missing from the catalog in \(command)")
            for word in english {
                #expect(!out.stdout.contains(word), "\(command) in \(language) says “\(word)”")
            }
        }
    }

    @Test func aHelpScreenReadsAsTheCatalogSaysAndFitsTheTerminal() throws {
        let out = try Binary.run(["journal", "show", "--help", "--lang", "ru"], environment: ["COLUMNS": "60"])
        #expect(out.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            "ОПИСАНИЕ: Показать одно обращение полностью.",
            "",
            "ВЫЗОВ: tekser journal show [--journal <path>] [--server <url>] [--team-key <path>] [--lang <lang>] <number>",
            "",
            "АРГУМЕНТЫ:",
            "  <number>                Номер обращения, как его",
            "                          показывает `list`.",
            "",
            "ПАРАМЕТРЫ:",
            "  --journal <path>        Файл журнала (по умолчанию:",
            "                          $XDG_DATA_HOME/tekser/journal.sqlite,",
            "                          иначе",
            "                          ~/.local/share/tekser/journal.sqlite).",
            "  --server <url>          Сервер команды,",
            "                          postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА",
            "                          (по умолчанию: server: в",
            "                          desk.yaml, иначе",
            "                          $TEKSER_SERVER); --journal",
            "                          заменяет его для журнала,",
            "                          --data — для реестров.",
            "  --team-key <path>       Файл ключа команды для хешей",
            "                          ИИН, один и тот же на всех",
            "                          рабочих местах (по",
            "                          умолчанию:",
            "                          $XDG_DATA_HOME/tekser/team.key).",
            "  --lang <lang>           Язык вывода: kk, ru или en",
            "                          (по умолчанию: по локали,",
            "                          иначе kk). (значения: kk, ru,",
            "                          en)",
            "  -h, --help              Показать эту справку.",
            "",
            "",
        ])
    }

    @Test(arguments: ["kk", "ru", "en"])
    func helpScreensFitTheTerminalOnceTheirWordsAreIn(language: String) throws {
        for command in [["journal", "export"], ["check"], ["kiosk", "run"], ["train"], ["journal"], []] {
            let out = try Binary.run(command + ["--help", "--lang", language], environment: ["COLUMNS": "60"])
            // The usage line is never wrapped by the parser; a single word longer than the column stays whole.
            let long = out.stdout.split(separator: "\n").filter { line in
                line.count > 60 && !["USAGE: ", "ВЫЗОВ: ", "ҚОЛДАНУ: "].contains { line.hasPrefix($0) } && line.trimmingCharacters(in: .whitespaces).contains(" ")
            }
            #expect(long.isEmpty, "\(command) in \(language): \(long)")
        }
    }

    @Test func aLongKeyDescriptionGoesOnUnderItselfInANarrowTerminal() throws {
        let out = try Binary.run(["desk", "--help", "--lang", "kk"], environment: ["COLUMNS": "50"])
        let lines = out.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let keys = lines.drop { !$0.hasPrefix("Пернелер") }.dropFirst().prefix { !$0.isEmpty }
        #expect(keys.count > 25, "\(lines)")
        #expect(keys.allSatisfy { $0.hasPrefix("  ") && $0.count < 50 }, "\(keys)")
        #expect(keys.contains("  F5            таңдалған өтінішке қоңырау"), "\(keys)")
    }

    /// The parser stops below its option column; a narrow terminal gets the help 40 columns wide.
    @Test(arguments: ["kk", "ru", "en"])
    func aVeryNarrowTerminalStillGetsTheHelpAndTheComplaints(language: String) throws {
        for columns in ["1", "20", "26", "31"] {
            let help = try Binary.run(["check", "--help", "--lang", language], environment: ["COLUMNS": columns])
            // Only the usage line and a single word longer than the help column go past it.
            let long = help.stdout.split(separator: "\n").filter {
                $0.count > 40 && !$0.contains("tekser check [") && $0.dropFirst(26).trimmingCharacters(in: .whitespaces).contains(" ")
            }
            #expect(help.status == 0 && long.isEmpty, "\(columns): \(help.status) \(long) \(help.stderr.prefix(200))")
            let complaint = try Binary.run(["check", "--bogus", "--lang", language], environment: ["COLUMNS": columns])
            #expect(complaint.status == 64, "\(columns): \(complaint.stderr.prefix(200))")
        }
    }

    @Test func theDefaultSubcommandKeepsItsColumn() throws {
        let out = try Binary.run(["help", "--lang", "ru"], environment: ["COLUMNS": "80"])
        #expect(out.stdout.contains("\n  chat (по умолчанию)     Чат с ботом в терминале"), "\(out.stdout)")
        // `tekser --help` is the same screen as `tekser help`, not the default command's.
        let kazakh = try Binary.run(["--help", "--lang", "kk"], environment: ["COLUMNS": "80"])
        #expect(kazakh.stdout.contains("\n  chat (әдепкі)           Терминалда Telegram-дағыдай"), "\(kazakh.stdout)")
        #expect(kazakh.stdout.contains("\n  Толығырақ: 'tekser help <subcommand>'."))
    }

    @Test func tekserHelpTakesTheLanguageToo() throws {
        let out = try Binary.run(["help", "journal", "verify", "--lang", "ru"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("ОПИСАНИЕ: Выполнить полную проверку целостности журнала средствами SQLite."))
        let kazakh = try Binary.run(["help", "--lang=kk", "find"])
        #expect(kazakh.stdout.hasPrefix("ШОЛУ: Барлық тізілімнен субъектілерді"), "\(kazakh.stdout)")
    }

    /// A group's help is the group's, wherever `--lang` stands: not its default command's.
    @Test func aGroupsHelpIsItsOwnInTheLanguageAskedFor() throws {
        let cases: [(arguments: [String], start: String)] = [
            (["kiosk", "--help", "--lang", "ru"], "ОПИСАНИЕ: Запустить Tekser как общедоступный киоск"),
            (["fleet", "-h", "--lang", "kk"], "ШОЛУ: Команданың серверіндегі Tekser даналары"),
            (["--lang", "ru", "check", "--help"], "ОПИСАНИЕ: Проверить БИН, ИИН или ссылки"),
            (["--lang", "ru", "help", "check"], "ОПИСАНИЕ: Проверить БИН, ИИН или ссылки"),
            (["data", "--lang", "ru"], "ОПИСАНИЕ: Проверить файлы реестров в папке данных"),
            (["journal", "--lang=kk"], "ШОЛУ: Анықтама қызметінің өтініштер журналын оқу"),
        ]
        for (arguments, start) in cases {
            let out = try Binary.run(arguments, environment: ["COLUMNS": "200"])
            #expect(out.status == 0 && out.stdout.hasPrefix(start), "\(arguments): \(out.stdout.prefix(120)) \(out.stderr)")
        }
        // Anything but help keeps its --lang: the chat it starts by default speaks Russian.
        let chat = try Binary.run(["--lang", "ru", "--data", Binary.repositoryRoot.appendingPathComponent("data").path], stdin: "/quit\n",
                                  environment: ["TERM": "dumb"])
        #expect(chat.status == 0 && chat.stdout.contains("Пришлите БИН организации"), "\(chat.stdout.prefix(300)) \(chat.stderr)")
    }

    @Test func withoutLangTheLocaleChooses() throws {
        let russian = try Binary.run(["samples", "--help"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(russian.stdout.hasPrefix("ОПИСАНИЕ: Показать по одному демонстрационному"), "\(russian.stdout)")
        let kazakh = try Binary.run(["samples", "--help"], environment: ["LANG": "C.UTF-8"])
        #expect(kazakh.stdout.hasPrefix("ШОЛУ: "), "\(kazakh.stdout)")
    }

    @Test func englishStaysAsTheParserWordsIt() throws {
        let out = try Binary.run(["find", "--help", "--lang", "en"], environment: ["COLUMNS": "80"])
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.prefix(2) == ["OVERVIEW: Find subjects by name in every registry, ranked, with each one's", "verdict."])
        #expect(lines.contains("USAGE: tekser find [<words> ...] [--json] [--data <data>] [--lang <lang>] [--server <url>]"))
        #expect(lines.contains("  -h, --help              Show help information."))
        #expect(lines.contains("                          the locale, else kk). (values: kk, ru, en)"), "\(lines)")
    }

    @Test func theParsersComplaintsAreInTheUsersLanguageOnStandardError() throws {
        func complaint(_ arguments: [String]) throws -> [String] {
            let out = try Binary.run(arguments)
            #expect(out.status == 64 && out.stdout.isEmpty, "\(arguments): \(out.status) \(out.stdout)")
            return out.stderr.split(separator: "\n").map(String.init)
        }
        let unknown = try complaint(["check", "--lang", "kk", "--jsn", "1"])
        #expect(unknown.first == "Қате: Белгісіз параметр '--jsn'. Мүмкін, '--json'?")
        #expect(unknown.dropFirst().first?.hasPrefix("Қолдану: tekser check [<inputs> ...]") == true)
        #expect(unknown.last == "  Толығырақ: 'tekser check --help'.")

        let missing = try complaint(["data", "diff", "--lang", "ru"])
        #expect(missing.prefix(2) == ["Ошибка: Не хватает аргумента '<old>'", "Справка:  <old>  Папка данных, которая используется сейчас (с manifest.yaml)."])

        let invalid = try complaint(["check", "--lang", "xx", "1"])
        // No language could be read from the command line: the locale's (C) gives Kazakh.
        #expect(invalid.first == "Қате: '--lang <lang>' үшін 'xx' мәні жарамсыз. Рұқсат етілген мәндер: 'kk', 'ru', 'en'.")

        let listed = try complaint(["journal", "list", "--verdict", "nope", "--lang", "ru"])
        #expect(listed.prefix(3) == ["Ошибка: Недопустимое значение 'nope' для '--verdict <verdict>'. Допустимые значения:", "  - criminal_case", "  - warning_list"])

        #expect(try complaint(["data", "diff", "a", "b", "c", "--lang", "ru"]).first == "Ошибка: Лишний аргумент 'c'")
        #expect(try complaint(["find", "--json=yes", "--lang", "kk"]).first == "Қате: '--json' параметрі мән қабылдамайды, бірақ 'yes' көрсетілген.")
        #expect(try complaint(["journal", "list", "--last", "--lang", "en"]).first == "Error: Missing value for '--last <last>'")
        #expect(try complaint(["check", "---x", "--lang", "kk"]).first == "Қате: Жарамсыз параметр: ---x")
        #expect(try complaint(["journal", "export", "-xo", "--lang", "ru"]).prefix(2)
                == ["Ошибка: Неизвестный параметр '-xo'. Возможно, имелось в виду '--to'?", "   или: Не указано значение для '-o <file>' в '-xo'"])
    }

    @Test func ourOwnUsageErrorsKeepTheirWords() throws {
        let out = try Binary.run(["check", "--lang", "ru"])
        #expect(out.status == 64)
        #expect(out.stderr.hasPrefix("Ошибка: Укажите хотя бы один идентификатор или ссылку, либо --file.\nВызов: tekser check"), "\(out.stderr)")
    }
}

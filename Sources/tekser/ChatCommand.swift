import ArgumentParser
import Foundation
import TekserBot
import TekserCore
import TekserStore
import TekserTUI

extension Tekser {
    /// `tekser chat`: the bot as a Telegram-like chat in the terminal; what `tekser` alone runs.
    struct Chat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("chat.abstract"),
            discussion: KeyHelp.discussion([KeyHelp.section("keys.chat", KeyMap.chat)])
        )

        @Option(help: .text("option.quota"))
        var quota = 5

        @Option(name: .customLong("typing-delay"), help: .text("option.typingDelay"))
        var typingDelay = 700

        @Flag(help: .text("option.ascii"))
        var ascii = false

        @Flag(help: .text("chat.plain"))
        var plain = false

        @OptionGroup var common: CommonOptions

        @OptionGroup var server: ServerSetting

        @OptionGroup var watch: WatchOptions

        @OptionGroup var reportJournal: ReportJournalOptions

        @OptionGroup var instance: InstanceOptions

        /// TERM=dumb, no terminal on either side, or asked for.
        var wantsPlain: Bool {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            return plain || term.isEmpty || term == "dumb" || isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1
        }

        func validate() throws {
            if quota < 0 { throw common.usage("usage.notNegative", ["option": "--quota"]) }
            if typingDelay < 0 { throw common.usage("usage.notNegative", ["option": "--typing-delay"]) }
        }

        func run() throws {
            let catalog = try common.catalog()
            let supply = try DataSupply(common: common, server: server.setting(), catalog: catalog)
            let data = try supply.loadOrExit(catalog: catalog, language: common.resolvedLanguage)
            let account = ChatAccount.current()
            let start = account.startState(language: common.language, default: common.resolvedLanguage)
            let session = supply.session(data, mode: "chat", watch: watch, catalog: catalog, language: common.resolvedLanguage)
            defer { session.stop() }
            let quotaPolicy = QuotaPolicy(limit: quota)
            let reports = try reportJournal.recorder(channel: wantsPlain ? .plain : .chat, server: server.setting(), catalog: catalog,
                                                     language: common.resolvedLanguage)
            defer { ReportJournalOptions.finish(reports, catalog: catalog, language: common.resolvedLanguage) }
            let fleet = try FleetPresence(server: server.setting(), instance: instance, mode: "chat", inUse: supply.inUse, catalog: catalog,
                                          language: common.resolvedLanguage)
            defer { fleet.stop() }
            if wantsPlain {
                let bot = Bot(checker: Checker(data: data), catalog: catalog, quota: quotaPolicy, ascii: ascii || !TextLocale.isUTF8,
                              reports: reports, tally: fleet.tally)
                var plain = Runtime(PlainProgram(session: BotSession(bot: bot, state: start), feed: session.feed),
                                    terminal: LineTerminal(unicode: TextLocale.isUTF8))
                account.save(plain.run().session.state)
                return
            }
            let terminal: NCursesTerminal
            do {
                terminal = try NCursesTerminal()
            } catch {
                printError("tekser: \(catalog.text(error, in: common.resolvedLanguage))")
                throw ExitCode(1)
            }
            let asciiOnly = ascii || !terminal.capabilities.unicode
            let bot = Bot(checker: Checker(data: data), catalog: catalog, quota: quotaPolicy, ascii: asciiOnly, reports: reports, tally: fleet.tally)
            let program = ChatProgram(session: BotSession(bot: bot, state: start),
                                      options: ChatOptions(typingDelayMilliseconds: typingDelay, ascii: asciiOnly),
                                      feed: session.feed, now: Date())
            var chat = Runtime(program, terminal: terminal)
            account.save(chat.run().session.state)
        }
    }
}

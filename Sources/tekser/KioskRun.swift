import ArgumentParser
import Foundation
import Synchronization
import TekserBot
import TekserCore
import TekserStore
import TekserTUI

extension Tekser {
    /// `tekser kiosk` (`run`): the chat full-screen for citizens, left only with the operator's PIN.
    struct KioskRun: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: CommandHelp.text("kiosk.run.abstract"),
            discussion: CommandHelp.text("kiosk.run.discussion") + "\n\n"
                + KeyHelp.discussion([KeyHelp.section("keys.kiosk", KeyMap.kiosk(operatorKey: .function(12)))])
        )

        @Option(help: .text("kiosk.idle"))
        var idle: Int?

        @Option(help: .text("kiosk.config"))
        var config: String?

        @Option(name: .customLong("typing-delay"), help: .text("option.typingDelay"))
        var typingDelay = 700

        @Flag(help: .text("option.ascii"))
        var ascii = false

        @OptionGroup var common: CommonOptions

        @OptionGroup var server: ServerSetting

        @OptionGroup var watch: WatchOptions

        @OptionGroup var reportJournal: ReportJournalOptions

        @OptionGroup var instance: InstanceOptions

        func validate() throws {
            if let idle, idle < 1 { throw common.usage("usage.positive", ["option": "--idle"]) }
            if typingDelay < 0 { throw common.usage("usage.notNegative", ["option": "--typing-delay"]) }
        }

        func run() throws {
            let catalog = try common.catalog()
            let language = common.resolvedLanguage
            let stored: KioskConfig
            do {
                stored = try KioskConfig.load(from: config.map { URL(fileURLWithPath: $0) } ?? KioskConfig.defaultURL())
            } catch {
                printError("tekser: " + catalog.text(error, in: language))
                throw ExitCode(1)
            }
            guard let operatorKey = KioskSettings.functionKey(named: stored.operatorKey) else {
                printError("tekser: " + catalog.text("kiosk.config.operatorKey", ["key": .text(stored.operatorKey)], in: language))
                throw ExitCode(1)
            }
            let supply = try DataSupply(common: common, server: server.setting(configured: stored.server), catalog: catalog)
            supply.inUse.update { $0.outOfService = true }
            let setting = server.setting(configured: stored.server)
            let reports = try reportJournal.recorder(channel: .kiosk, server: setting, catalog: catalog, language: language)
            defer { ReportJournalOptions.finish(reports, catalog: catalog, language: language) }
            // Out of service in the fleet until the data loads.
            let fleet = try FleetPresence(server: setting, instance: instance, mode: "kiosk", inUse: supply.inUse, catalog: catalog,
                                          language: language)
            defer { fleet.stop() }
            let terminal: NCursesTerminal
            do {
                terminal = try NCursesTerminal(policies: KioskProgram.signalPolicies)
            } catch {
                printError("tekser: \(catalog.text(error, in: language))")
                throw ExitCode(1)
            }
            // The terminal's guard stops the process on SIGTSTP; a kiosk must never stop.
            // Put back with the guard's other actions when the terminal is restored.
            signal(SIGTSTP, SIG_IGN)
            let asciiOnly = ascii || !terminal.capabilities.unicode
            let quota = QuotaPolicy(limit: max(0, stored.quota))
            // Out of service on the server's data, it looks for a version every few seconds (the server may be back).
            let retrySeconds = supply.published == nil ? 30 : max(1, min(5, Int(DataSupply.poll.components.seconds)))
            let settings = KioskSettings(
                idleSeconds: idle ?? max(1, stored.idleSeconds), operatorKey: operatorKey, retrySeconds: retrySeconds, language: language,
                quota: quota, chat: ChatOptions(typingDelayMilliseconds: typingDelay, ascii: asciiOnly))
            var verifyPIN: (@Sendable (String) -> Bool)?
            if let pin = stored.pin { verifyPIN = { pin.matches($0) } }
            let model = KioskModel(catalog: catalog, settings: settings, verifyPIN: verifyPIN, now: Date())
            // The data may first load only after a retry; from then on it is watched.
            var session: LiveDataSession?
            var follower: DataFeed?
            defer { session?.stop() }
            // Off the loop: the first load may wait on the team's server (see PublishedData.firstLoad).
            let noData = NoDataLog(catalog: catalog, language: language)
            let loadData: @Sendable () -> DataSet? = {
                switch supply.load() {
                case .success(let data): return data
                case .failure(let reason):
                    noData.note(reason)
                    return nil
                }
            }
            let makeBot = { (data: DataSet) -> Bot in
                if session == nil {
                    let started = supply.session(data, mode: "kiosk", watch: watch, catalog: catalog, language: language)
                    session = started
                    follower = started.feed
                }
                return Bot(checker: Checker(data: data), catalog: catalog, quota: quota, ascii: asciiOnly, reports: reports, tally: fleet.tally)
            }
            // Swaps and refusals go to the log only: the citizen never sees them; the header names a published version.
            let feed = DataFeed(isActive: !watch.noWatch) {
                let change = follower?.changes()
                return DataChange(data: change?.data, events: [], state: change?.state)
            }
            var kiosk = Runtime(KioskProgram(model: model, loadData: loadData, makeBot: makeBot, feed: feed), terminal: terminal)
            kiosk.run()
        }
    }
}

/// Why the kiosk is out of service, in the log each time the reason changes (the server away,
/// then nothing published): the operator sees that it retries and what it waits for.
private final class NoDataLog: Sendable {
    private let catalog: Catalog
    private let language: Language
    private let log = StateLog()
    private let last = Mutex<String?>(nil)

    init(catalog: Catalog, language: Language) {
        self.catalog = catalog
        self.language = language
    }

    func note(_ reason: DataSupply.NoData) {
        let text = catalog.text(reason.message, in: language)
        guard last.withLock({ last in defer { last = text }; return last != text }) else { return }
        log.write("warning", text)
    }
}

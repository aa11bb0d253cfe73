import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore
import TekserTUI

extension Tekser {
    /// `tekser desk`: the help-desk screen, every inquiry journaled before its answer is shown.
    struct Desk: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("desk.abstract"),
            discussion: KeyHelp.discussion([KeyHelp.section("keys.desk", KeyMap.desk)])
        )

        @Option(name: .customLong("journal"), help: .text("desk.journal", valueName: "path"))
        var journalPath: String?

        @OptionGroup var server: ServerOptions

        @Option(name: .customLong("operator"), help: .text("option.operator"))
        var operatorName: String?

        @Flag(help: .text("option.ascii"))
        var ascii = false

        @OptionGroup var common: CommonOptions

        @OptionGroup var watch: WatchOptions

        @OptionGroup var instance: InstanceOptions

        func run() throws {
            let catalog = try common.catalog()
            let language = common.resolvedLanguage
            let configuration: DeskConfig
            do {
                configuration = try DeskConfig.load(from: DeskConfig.defaultURL())
            } catch {
                printError("tekser: " + catalog.text(error, in: language))
                throw ExitCode(1)
            }
            let supply = try DataSupply(common: common, server: server.setting(configured: configuration.server), catalog: catalog)
            let data = try supply.loadOrExit(catalog: catalog, language: language)
            // No working journal, no desk: found out before the screen is taken over.
            let team = journalPath == nil ? try server.open(configured: configuration.server, catalog: catalog, language: language) : nil
            let journal: any InquiryJournal = try team
                ?? JournalLocation.open(JournalLocation.url(journalPath), catalog: catalog, language: language)
            let name = operatorName ?? JournalLocation.defaultOperator(configured: configuration.operator)
            let session = supply.session(data, mode: "desk", watch: watch, catalog: catalog, language: language)
            defer { session.stop() }
            let fleet = try FleetPresence(server: server.setting(configured: configuration.server), instance: instance, mode: "desk",
                                          inUse: supply.inUse, catalog: catalog, language: language)
            defer { fleet.stop() }
            // Old inquiries are checked again on the data in use now, as new ones are.
            let desk = StoreDeskJournal(journal: journal, checker: { Checker(data: session.live.current) },
                                        operatorName: name, language: language, ownOnly: team != nil, tally: fleet.tally)
            var shift: [DeskEntry] = []
            var notice: String?
            do {
                shift = try desk.shift(limit: 200)
            } catch .serverUnreachable where team != nil {
                // Started while the server is away: the desk answers and queues; the shift shows what this run adds.
                notice = catalog.text("desk.server.awayAtStart", in: language)
            } catch {
                throw JournalLocation.fail(error, catalog: catalog, language: language)
            }
            let (unsaved, signal) = try runDesk(journal: desk, session: session, model: { unicode in
                DeskModel(catalog: catalog, language: language, ascii: ascii || !unicode, operatorName: name, entries: shift,
                          searchesTeam: team != nil, status: notice)
            })
            // Between inquiries now, none half-written: close the journal before a signal ends the process.
            // What still waits for the server stays in the outbox, for the next run to deliver.
            let waiting = journal.waiting
            for notice in team?.deliveryNotices(catalog, in: language) ?? [] { printError(notice) }
            try? journal.close()
            if waiting > 0, let team {
                printError(catalog.text("server.undelivered", [
                    "count": .number(waiting), "server": .text(team.location), "path": .text(team.outboxPath),
                ], in: language))
            }
            if !unsaved.isEmpty {
                printError(catalog.text("failures.journal.unsavedAtExit", ["count": .number(unsaved.count), "path": .text(journal.location)], in: language))
                for entry in unsaved.reversed() { printError(StateLog.masked("  \(entry.time) \(entry.shown) \(entry.note)")) }
            }
            if let signal { SignalGuard.end(like: signal) }
            if !unsaved.isEmpty { throw ExitCode(1) }
        }

        /// Runs the screen; returns the inquiries the journal never took, and the signal that ended
        /// the shift, if one did. A file-size limit (SIGXFSZ) is a refused write to report, as a
        /// full disk is, not a reason to die.
        private func runDesk(journal: StoreDeskJournal, session: LiveDataSession, model: (Bool) -> DeskModel) throws
            -> (unsaved: [DeskEntry], signal: TerminationSignal?) {
            signal(SIGXFSZ, SIG_IGN)
            let terminal: NCursesTerminal
            do {
                terminal = try NCursesTerminal(policies: DeskProgram.signalPolicies)
            } catch {
                printError("tekser: \(model(true).catalog.text(error, in: model(true).language))")
                throw ExitCode(1)
            }
            let program = DeskProgram(model: model(terminal.capabilities.unicode), checker: Checker(data: session.live.current),
                                      journal: journal, feed: session.feed)
            var desk = Runtime(program, terminal: terminal)
            return (desk.run().unsaved, desk.endingSignal)
        }
    }
}

/// The shift journal behind the desk screen: records with the operator's name, reads back
/// what was stored (identifiers masked), and checks old BINs again for the evidence panel.
final class StoreDeskJournal: DeskJournal {
    let journal: any InquiryJournal
    /// The checker on the data in use at the moment of asking.
    let checker: () -> Checker
    let operatorName: String
    let language: Language
    /// The shift pane lists this operator's inquiries only (a team journal holds everyone's).
    let ownOnly: Bool
    /// Today's checks by verdict, for the fleet's heartbeat.
    let tally: CheckTally?

    init(journal: any InquiryJournal, checker: @escaping () -> Checker, operatorName: String, language: Language, ownOnly: Bool,
         tally: CheckTally? = nil) {
        self.tally = tally
        self.journal = journal
        self.checker = checker
        self.operatorName = operatorName
        self.language = language
        self.ownOnly = ownOnly
    }

    var waiting: Int { journal.waiting }

    var serverProblem: Message? { (journal as? TeamJournal)?.serverProblem?.message }

    func record(_ result: CheckResult, typed: String, channel: Channel, at date: Date) throws -> DeskEntry {
        let stored = try journal.record(NewInquiry(result: result, typed: typed, operator: operatorName,
                                                   channel: channel, at: date, language: language))
        if let kind = result.kind { tally?.count(kind, at: date) }
        return entry(stored, result: result)
    }

    func update(note: String?, channel: Channel?, for id: Int64) throws -> String {
        try journal.update(note: note, channel: channel, for: InquiryID(id))
        // As the journal masks it; read back, an inquiry in the outbox would show its note before the change.
        return note.map(PersonalData.masked) ?? ""
    }

    func recent(limit: Int) throws -> [DeskEntry] { try shift(limit: limit) }

    var searchesTeam: Bool { journal is TeamJournal }

    /// F3 across the team: every operator's inquiries on the server, checked again like the shift's.
    func searchTeam(_ text: String, limit: Int) throws -> [DeskEntry] {
        guard let team = journal as? TeamJournal else { return [] }
        let checker = self.checker()
        return try team.search(text, limit: limit).map { entry($0, result: recheck($0, on: checker), counted: false) }
    }

    /// The latest `limit` inquiries, latest first; old BINs are checked again for the evidence panel.
    func shift(limit: Int) throws(JournalError) -> [DeskEntry] {
        var entries: [DeskEntry] = []
        let checker = self.checker()
        for inquiry in try journal.inquiries(filter: InquiryFilter(operator: ownOnly ? operatorName : nil, latest: limit)).reversed() {
            entries.append(entry(inquiry, result: recheck(inquiry, on: checker)))
        }
        return entries
    }

    /// A BIN is kept whole and can be checked again, and so is a link; a masked IIN cannot.
    private func recheck(_ inquiry: Inquiry, on checker: Checker) -> CheckResult? {
        inquiry.identifier.flatMap { id in id.allSatisfy(\.isNumber) ? checker.check(id, language: language) : nil }
            ?? (inquiry.verdict != .invalid && LinkParser.looksLikeLink(inquiry.typed) ? checker.check(inquiry.typed, language: language) : nil)
    }

    /// The entry as the desk shows it. The count of earlier inquiries is a courtesy: when it
    /// cannot be had (the server away), the inquiry is recorded all the same and counts once;
    /// the team search's many matches are not `counted`, so one search is one query.
    private func entry(_ inquiry: Inquiry, result: CheckResult?, counted: Bool = true) -> DeskEntry {
        var timesAsked = 1
        if counted, case .verdict(let verdict)? = result { timesAsked = (try? journal.count(of: verdict.identifier)) ?? 1 }
        if counted, case .subject(let verdict)? = result, let link = verdict.link { timesAsked = (try? journal.count(of: link)) ?? 1 }
        let verdict: VerdictKind? = if case .verdict(let kind) = inquiry.verdict { kind } else { nil }
        return DeskEntry(
            id: inquiry.id.rawValue, time: journal.clock.hoursMinutes(inquiry.at), operatorName: inquiry.operatorName,
            shown: inquiry.identifier ?? inquiry.typed, verdict: verdict,
            channel: inquiry.channel, note: inquiry.note,
            timesAsked: timesAsked, result: result, uuid: inquiry.uuid)
    }
}

import ArgumentParser
import Foundation
import TekserCore
import TekserTUI
import TekserStore

extension Tekser {
    /// `tekser journal changed`: past inquiries whose verdict the data in use would change, for call-backs.
    struct JournalChanged: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "changed",
            abstract: CommandHelp.text("journal.changed.abstract"),
            discussion: CommandHelp.text("journal.changed.discussion")
        )

        @Option(name: .customLong("journal"), help: .text("journal.path", valueName: "path"))
        var path: String?

        @OptionGroup var server: ServerOptions

        @Option(help: .text("journal.changed.since", valueName: "date"))
        var since: CalendarDate?

        @OptionGroup var common: CommonOptions

        func run() throws {
            let catalog = try common.catalog()
            let language = common.resolvedLanguage
            let journal: any InquiryJournal = if path == nil, let team = try server.open(catalog: catalog, language: language) { team } else {
                try JournalLocation.openExisting(path, catalog: catalog, language: language)
            }
            defer { try? journal.close() }
            let checker = Checker(data: try DataSupply.forOneShot(common: common, server: server.setting(), writer: common.writer(catalog)))
            let inquiries: [Inquiry]
            do { inquiries = try journal.inquiries(filter: InquiryFilter(from: since)) } catch {
                throw JournalLocation.fail(error, catalog: catalog, language: language)
            }
            let persons = PersonKeys(journal: journal, data: checker.data)
            let changed = inquiries.compactMap { inquiry -> (Inquiry, VerdictKind)? in
                guard case .verdict(let given) = inquiry.verdict, let now = persons.recheck(inquiry, checker: checker, language: language),
                      now != given else { return nil }
                return (inquiry, now)
            }
            guard !changed.isEmpty else {
                print(catalog.text("journal.changed.none", in: language))
                return
            }
            let columns = ["id", "time", "operator", "channel", "identifier", "verdict", "verdictNow", "name", "note"]
            var table = JournalTable(header: columns.map { catalog.text("journal.column.\($0)", in: language) }, numeric: [0])
            table.rows = changed.map { inquiry, now in
                [inquiry.id.description, String(inquiry.localTime.prefix(16)), inquiry.operatorName,
                 catalog.text(inquiry.channel, in: language), inquiry.identifier ?? inquiry.typed,
                 catalog.text(inquiry.verdict, in: language), catalog.text(InquiryVerdict.verdict(now), in: language), inquiry.name ?? "", inquiry.note]
            }
            table.render(ascii: !TextLocale.isUTF8).forEach { print($0) }
            print(catalog.text("journal.changed.count", ["count": .number(changed.count)], in: language))
        }
    }
}

/// The IINs the registries hold, under the journal's keyed hash: how a past inquiry about a
/// person is checked again although the journal kept only the last four digits.
struct PersonKeys {
    private let byKey: [String: Identifier]

    init(journal: any InquiryJournal, data: DataSet) {
        var byKey: [String: Identifier] = [:]
        for source in data.sources where source.summary.kind == .criminalCase {
            for row in 0 ..< source.rowCount {
                guard let identifier = source.evidence(row: row)?.details.identifier, identifier.kind == .iin else { continue }
                byKey[journal.subjectKey(for: identifier)] = identifier
            }
        }
        self.byKey = byKey
    }

    /// The verdict `inquiry` gets on `checker`'s data; `nil` when it cannot be asked again.
    func recheck(_ inquiry: Inquiry, checker: Checker, language: Language) -> VerdictKind? {
        switch inquiry.kind {
        case .bin?: return inquiry.identifier.flatMap { checker.check($0, language: language).kind }
        // A person not in any registry now: found nowhere, which is a change too.
        case .iin?: return inquiry.subjectKey.flatMap { byKey[$0] }.map { checker.verdict(for: $0, language: language).kind } ?? .notFound
        case nil: return LinkParser.looksLikeLink(inquiry.typed) ? checker.check(inquiry.typed, language: language).kind : nil
        }
    }
}

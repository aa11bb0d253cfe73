import ArgumentParser
import TekserCore
import TekserStore
import TekserTUI

extension Tekser {
    /// `tekser journal list`: the inquiries of a period, one line each.
    struct JournalList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: CommandHelp.text("journal.list.abstract"))

        @OptionGroup var options: JournalOptions
        @OptionGroup var filters: JournalFilterOptions

        @Option(help: .text("journal.list.last"))
        var last: Int?

        func run() throws {
            let catalog = try options.catalog()
            let language = options.resolvedLanguage
            let journal = try options.openExisting(catalog)
            defer { try? journal.close() }
            var filter = filters.filter
            filter.latest = last
            let inquiries: [Inquiry]
            do { inquiries = try journal.inquiries(filter: filter) } catch { throw JournalLocation.fail(error, catalog: catalog, language: language) }
            guard !inquiries.isEmpty else {
                print(catalog.text("journal.list.empty", in: language))
                return
            }
            let columns = ["id", "time", "operator", "channel", "identifier", "verdict", "name", "note"]
            var table = JournalTable(header: columns.map { catalog.text("journal.column.\($0)", in: language) }, numeric: [0])
            table.rows = inquiries.map { inquiry in
                [inquiry.id.description, String(inquiry.localTime.prefix(16)), inquiry.operatorName,
                 catalog.text(inquiry.channel, in: language), inquiry.identifier ?? inquiry.typed,
                 catalog.text(inquiry.verdict, in: language), inquiry.name ?? "", inquiry.note]
            }
            table.render(ascii: !TextLocale.isUTF8).forEach { print($0) }
        }
    }

    /// `tekser journal show N`: everything the journal holds about one inquiry.
    struct JournalShow: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: CommandHelp.text("journal.show.abstract"))

        @OptionGroup var options: JournalOptions

        @Argument(help: .text("journal.show.number"))
        var number: Int64

        func run() throws {
            let catalog = try options.catalog()
            let language = options.resolvedLanguage
            let journal = try options.openExisting(catalog)
            defer { try? journal.close() }
            let id = InquiryID(number)
            let found: Inquiry?
            do { found = try journal.inquiry(id: id) } catch { throw JournalLocation.fail(error, catalog: catalog, language: language) }
            guard let inquiry = found else { throw JournalLocation.fail(.noSuchInquiry(id), catalog: catalog, language: language) }
            func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
                catalog.text("journal.\(key)", arguments, in: language)
            }
            var fields: [(String, String)] = [
                ("time", inquiry.localTime), ("operator", inquiry.operatorName),
                ("channel", catalog.text(inquiry.channel, in: language)), ("typed", inquiry.typed),
            ]
            if let identifier = inquiry.identifier, let kind = inquiry.kind {
                fields.append(("identifier", "\(catalog.text(kind, in: language)) \(identifier)"))
            }
            fields.append(("verdict", catalog.text(inquiry.verdict, in: language)))
            if let problem = inquiry.problem { fields.append(("problem", problem)) }
            if let name = inquiry.name { fields.append(("name", name)) }
            fields += inquiry.sources.enumerated().map { index, source in
                (index == 0 ? "sources" : "", text("show.source", [
                    "source": .text(source.source), "publisher": .text(source.publisher.rawValue), "date": .message(source.asOf.message),
                ]))
            }
            if !inquiry.note.isEmpty { fields.append(("note", inquiry.note)) }
            if let uuid = inquiry.uuid { fields.append(("uuid", uuid.uuidString.lowercased())) }
            print(text("show.title", ["id": .text(id.description)]))
            let labels = fields.map { $0.0.isEmpty ? "" : text("show.\($0.0)") + ":" }
            let width = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
            for (label, field) in zip(labels, fields) {
                print("  " + label + String(repeating: " ", count: width - DisplayWidth.width(of: label)) + " " + field.1)
            }
        }
    }
}

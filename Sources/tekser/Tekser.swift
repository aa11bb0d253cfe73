import ArgumentParser
import TekserCore

@main
struct Tekser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tekser",
        abstract: "Check an organisation against Kazakhstan's financial registries, as the regulator's bot does.",
        subcommands: [Chat.self, Check.self, DataCommand.self, Samples.self, Kiosk.self, Train.self, Desk.self, JournalCommand.self, Find.self, Fleet.self],
        defaultSubcommand: Chat.self
    )
}

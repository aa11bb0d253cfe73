import ArgumentParser

extension Tekser {
    /// `tekser kiosk …`: the public terminal and its operator's settings.
    struct Kiosk: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("kiosk.abstract"),
            subcommands: [KioskRun.self, KioskSetPIN.self],
            defaultSubcommand: KioskRun.self
        )
    }
}

import ArgumentParser

extension Tekser {
    /// `tekser kiosk …`: the public terminal and its operator's settings.
    struct Kiosk: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run Tekser as a public kiosk, or set its operator PIN.",
            subcommands: [KioskRun.self, KioskSetPIN.self],
            defaultSubcommand: KioskRun.self
        )
    }
}

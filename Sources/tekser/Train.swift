import ArgumentParser
import Foundation
import TekserBot
import TekserCore
import TekserStore
import TekserTUI

extension Tekser {
    /// `tekser train`: the chat for trainers on a projector — demo banner, samples panel (F2),
    /// and scenarios that play themselves.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("train.abstract"),
            discussion: KeyHelp.discussion([
                KeyHelp.section("keys.playback", KeyMap.playback),
                KeyHelp.section("keys.samples", KeyMap.samples),
                KeyHelp.section("keys.otherwise", KeyMap.chat),
            ])
        )

        @Option(help: .text("train.play"))
        var play: String?

        @Option(help: .text("train.speed"))
        var speed = "1"

        @Flag(help: .text("train.exit"))
        var exit = false

        @Option(help: .text("train.theme"))
        var theme = TrainerTheme.normal

        @Flag(name: .customLong("allow-real-data"), help: .text("train.allowRealData"))
        var allowRealData = false

        @Option(help: .text("option.quota"))
        var quota = 0

        @Flag(help: .text("option.ascii"))
        var ascii = false

        @OptionGroup var common: CommonOptions

        @OptionGroup var server: ServerSetting

        @OptionGroup var watch: WatchOptions

        @OptionGroup var instance: InstanceOptions

        enum TrainerTheme: String, ExpressibleByArgument, CaseIterable {
            case normal, contrast
        }

        func run() throws {
            let catalog = try common.catalog()
            let language = common.resolvedLanguage
            func fail(_ message: Message) -> ExitCode {
                printError("tekser: \(catalog.text(message, in: language))")
                return ExitCode(1)
            }
            guard let playbackSpeed = PlaybackSpeed(argument: speed) else {
                throw fail(Message("trainer.error.speed", ["value": .text(speed)]))
            }
            if exit, play == nil { throw fail(Message("trainer.error.exitWithoutPlay")) }
            if quota < 0 { throw common.usage("usage.notNegative", ["option": "--quota"]) }
            let supply = try DataSupply(common: common, server: server.setting(), catalog: catalog)
            let data = try supply.loadOrExit(catalog: catalog, language: language)
            do {
                try TrainerPolicy.admit(isDemo: data.isDemo, allowRealData: allowRealData)
            } catch {
                throw fail(error.message)
            }
            let scenario: Scenario?
            do {
                scenario = try play.map { path throws(ScenarioError) in try ScenarioParser.load(path: path) }
            } catch {
                throw fail(error.message)
            }
            let headless = exit && playbackSpeed == .max && (isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1)
            let terminal = try makeTerminal(headless: headless, fail: fail)
            let asciiOnly = ascii || !terminal.capabilities.unicode
            let fleet = try FleetPresence(server: server.setting(), instance: instance, mode: "trainer", inUse: supply.inUse, catalog: catalog,
                                          language: language)
            defer { fleet.stop() }
            let bot = Bot(checker: Checker(data: data), catalog: catalog, quota: QuotaPolicy(limit: quota), ascii: asciiOnly, tally: fleet.tally)
            let state = ChatState(language: scenario?.language ?? language)
            let typingDelay = playbackSpeed == .max ? 0 : 700
            let chat = ChatModel(catalog: catalog, quota: bot.quota, state: state, now: Date(),
                                 options: ChatOptions(typingDelayMilliseconds: typingDelay, ascii: asciiOnly))
            let model = TrainerModel(
                chat: chat, isDemo: data.isDemo, samples: (try? Sample.load(for: data)) ?? [],
                player: scenario.map { ScenarioPlayer(scenario: $0, speed: playbackSpeed) },
                options: TrainerOptions(exitWhenPlayed: exit))
            let session = supply.session(data, mode: "trainer", watch: watch, catalog: catalog, language: language)
            defer { session.stop() }
            let program = TrainerProgram(model: model, session: BotSession(bot: bot, state: state), feed: trainerFeed(session))
            var trainer = Runtime(program, terminal: terminal)
            if case .failed(let error) = trainer.run().outcome {
                throw fail(error.message)
            }
        }

        /// New data only while it is still fit for training: real registries need `--allow-real-data`.
        private func trainerFeed(_ session: LiveDataSession) -> DataFeed {
            let feed = session.feed
            let allowRealData = allowRealData
            return DataFeed(isActive: !watch.noWatch) {
                var change = feed.changes()
                if let data = change.data, (try? TrainerPolicy.admit(isDemo: data.isDemo, allowRealData: allowRealData)) == nil {
                    change.data = nil
                }
                return change
            }
        }

        /// The real screen; or, to check a scenario at full speed without one (in scripts and
        /// tests), an in-memory screen: at full speed the runtime never waits on it.
        private func makeTerminal(headless: Bool, fail: (Message) -> ExitCode) throws -> any TekserTUI.Terminal {
            if headless { return TestTerminal() }
            do {
                return try NCursesTerminal(palette: theme == .contrast ? Palette.highContrast(depth:) : Palette.init(depth:))
            } catch {
                throw fail(error.message)
            }
        }
    }
}

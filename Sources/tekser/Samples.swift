import ArgumentParser
import TekserCore
import TekserTUI

extension Tekser {
    /// `tekser samples`: one demo input per outcome, for trainers.
    struct Samples: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.text("samples.abstract")
        )

        @OptionGroup var common: CommonOptions

        func run() throws {
            let catalog = try common.catalog()
            let data = try common.loadData(catalog)
            let writer = common.writer(catalog)
            let samples: [Sample]
            do {
                samples = try Sample.load(for: data)
            } catch {
                printError("tekser: \(writer.text(error.message))")
                throw ExitCode(1)
            }
            if data.isDemo { print(writer.text("common.demoData")) }
            let checker = Checker(data: data)
            let labels = samples.map { writer.text($0.outcome.message) }
            let width = labels.map { DisplayWidth.width(of: $0) }.max() ?? 0
            for (sample, label) in zip(samples, labels) {
                let symbol = checker.check(sample.input, language: writer.language).symbol(ascii: writer.ascii)
                // A person's sample shows neither the whole IIN nor the name (F2 in `tekser train` types it).
                let shown = PersonalData.masked(sample.input)
                let name = sample.name.isEmpty || shown != sample.input ? "" : "  — \(sample.name)"
                print("\(DisplayWidth.padded(label, toWidth: width))  \(symbol) \(shown)\(name)")
            }
        }
    }
}

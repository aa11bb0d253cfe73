import Foundation
import TekserCore

/// `demo-data [--out DIR] [--seed N]`: regenerates the demo data set. Parsed by hand, as
/// the tool has two options and its executable depends on this library only.
public struct DemoDataCommand {
    var outputDirectory: String = "data"
    var seed: UInt64 = DemoDataSet.defaultSeed

    init(arguments: [String]) throws(DemoDataError) {
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard option == "--out" || option == "--seed" else { throw .unknownOption(option) }
            guard let value = rest.popFirst() else { throw .missingValue(option: option) }
            if option == "--out" {
                outputDirectory = value
            } else {
                guard let number = UInt64(value) else { throw .invalidSeed(value) }
                seed = number
            }
        }
    }

    /// Runs the command line and returns the process exit status; messages go to stdout / stderr
    /// in the language of the environment's locale.
    public static func main(arguments: [String]) -> Int32 {
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let catalog = try? Catalog.bundled()
        let say = { (message: Message) in catalog?.text(message, in: language) ?? message.key }
        do {
            let command = try DemoDataCommand(arguments: arguments)
            let directory = URL(fileURLWithPath: command.outputDirectory)
            try DemoDataSet(seed: command.seed).write(to: directory)
            print(say(Message("demoData.wrote", [
                "count": .number(DemoDataSet.fileNames.count), "directory": .text(directory.path),
            ])))
            return 0
        } catch let error as DemoDataError {
            let usage = error.isUsageError ? "\n" + say(Message("demoData.usage")) : ""
            FileHandle.standardError.write(Data((say(error.message) + usage + "\n").utf8))
            return error.isUsageError ? 64 : 1
        } catch {
            let failure = Message("demoData.error.writeFailed", ["reason": .message(FileFailure(error).message)])
            FileHandle.standardError.write(Data((say(failure) + "\n").utf8))
            return 1
        }
    }
}

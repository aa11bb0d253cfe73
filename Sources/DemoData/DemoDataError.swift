import TekserCore

/// Why the demo data could not be generated, told to the user through the message catalogs.
public enum DemoDataError: Error, Equatable, Localizable {
    case unknownOption(String)
    case missingValue(option: String)
    case invalidSeed(String)
    /// A character the file's encoding cannot hold: a vocabulary word that does not suit the file.
    case unencodable(character: String, encoding: String)
    case cannotCreate(path: String)

    public var message: Message {
        switch self {
        case .unknownOption(let option): Message("demoData.error.unknownOption", ["option": .text(option)])
        case .missingValue(let option): Message("demoData.error.missingValue", ["option": .text(option)])
        case .invalidSeed(let value): Message("demoData.error.invalidSeed", ["value": .text(value)])
        case .unencodable(let character, let encoding):
            Message("demoData.error.unencodable", ["character": .text(character), "encoding": .text(encoding)])
        case .cannotCreate(let path): Message("demoData.error.cannotCreate", ["path": .text(path)])
        }
    }

    /// Errors in the command line, answered with the usage line and exit status 64 (EX_USAGE).
    var isUsageError: Bool {
        switch self {
        case .unknownOption, .missingValue, .invalidSeed: true
        case .unencodable, .cannotCreate: false
        }
    }
}

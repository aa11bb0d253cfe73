/// The three languages every user-facing text exists in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case kk, ru, en

    /// The language a POSIX locale such as `ru_RU.UTF-8` asks for, if it is one of ours.
    public init?(locale: String) {
        let code = locale.prefix { $0 != "_" && $0 != "." && $0 != "-" && $0 != "@" }.lowercased()
        switch code {
        case "kk", "kz": self = .kk
        case "ru": self = .ru
        case "en": self = .en
        default: return nil
        }
    }

    /// From `LC_ALL`, `LC_MESSAGES`, `LANG` in that order; Kazakh when none names one of ours.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return Language(locale: value) ?? .kk
            }
        }
        return .kk
    }
}

import TekserCore

/// The reply-keyboard menu; a press arrives as the label's text, in whatever language it was shown.
public enum MenuItem: String, CaseIterable, Sendable {
    case check, signs, report, language, help

    /// Wide emoji that every terminal draws two columns wide, or ASCII.
    public func symbol(ascii: Bool) -> String {
        switch self {
        case .check: ascii ? ">" : "🔎"
        case .signs: ascii ? "*" : "📋"
        case .report: ascii ? "#" : "📞"
        case .language: ascii ? "@" : "🌐"
        case .help: ascii ? "?" : "❓"
        }
    }

    public var message: Message { Message("menu.\(rawValue)") }

    /// The rows of the menu.
    static let layout: [[MenuItem]] = [[.check], [.signs, .report], [.language, .help]]
}

/// The bot's commands; `/help` and the command list are generated from this table.
public enum Command: String, CaseIterable, Sendable {
    case start, check, signs, report, lang, help

    public var message: Message { Message("command.\(rawValue)") }

    /// Parses "/check 940140000385" or "/start@TekserBot" into a command and its argument.
    static func parse(_ text: String) -> (Command?, String)? {
        guard text.hasPrefix("/") else { return nil }
        let body = text.dropFirst()
        let word = body.prefix { !$0.isWhitespace }
        let argument = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
        let name = word.split(separator: "@", maxSplits: 1).first.map(String.init)?.lowercased() ?? ""
        return (Command(rawValue: name), argument)
    }
}

/// What an inline button sends back: short, at most 64 bytes, with no personal data beyond the identifier.
enum Callback: Equatable {
    case language(Language)
    case evidence(String)
    case advice(VerdictKind)
    case checkAnother
    case check(String)
    case signsPage(Int)
    /// A subject without BIN, by its registry row: shows its verdict.
    case subject(SubjectRef)
    /// The evidence of a subject without BIN.
    case subjectEvidence(SubjectRef)
    /// The network chosen for a handle typed alone.
    case platform(SocialPlatform, handle: String)
    /// What to do when a link was found nowhere: the general advice and what else to check.
    case linkAdvice
    /// "⚠ Report" under the answer in message `MessageID`: starts a citizen's report about it.
    case report(MessageID)
    /// The report's steps: how the citizen was approached, whether they paid, no text to add.
    case reportApproach(CitizenReport.Approach)
    case reportPayment(CitizenReport.Payment)
    case reportSkipText

    var data: String {
        switch self {
        case .language(let language): "lang:\(language.rawValue)"
        case .evidence(let digits): "ev:\(digits)"
        case .advice(let kind): "todo:\(kind.code)"
        case .checkAnother: "again"
        case .check(let digits): "chk:\(digits)"
        case .signsPage(let page): "signs:\(page)"
        case .subject(let ref): "subj:\(ref.sourceID):\(ref.line)"
        case .subjectEvidence(let ref): "evs:\(ref.sourceID):\(ref.line)"
        case .platform(let platform, let handle): "pl:\(platform.code):\(handle)"
        case .linkAdvice: "todo:link"
        case .report(let id): "rep:\(id)"
        case .reportApproach(let approach): "rap:\(approach.rawValue)"
        case .reportPayment(let payment): "rpd:\(payment.rawValue)"
        case .reportSkipText: "rsk"
        }
    }

    init?(data: String) {
        let parts = data.split(separator: ":", maxSplits: 1).map(String.init)
        let value = parts.count > 1 ? parts[1] : ""
        switch parts.first {
        case "lang": guard let language = Language(rawValue: value) else { return nil }; self = .language(language)
        case "ev": self = .evidence(value)
        case "todo" where value == "link": self = .linkAdvice
        case "todo": guard let kind = VerdictKind.allCases.first(where: { $0.code == value }) else { return nil }; self = .advice(kind)
        case "again": self = .checkAnother
        case "chk": self = .check(value)
        case "signs": guard let page = Int(value) else { return nil }; self = .signsPage(page)
        case "subj": guard let ref = Self.subjectRef(value) else { return nil }; self = .subject(ref)
        case "evs": guard let ref = Self.subjectRef(value) else { return nil }; self = .subjectEvidence(ref)
        case "pl":
            let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let platform = SocialPlatform(name: parts[0]) else { return nil }
            self = .platform(platform, handle: parts[1])
        case "rep": guard let id = MessageID(value) else { return nil }; self = .report(id)
        case "rap": guard let approach = CitizenReport.Approach(rawValue: value) else { return nil }; self = .reportApproach(approach)
        case "rpd": guard let payment = CitizenReport.Payment(rawValue: value) else { return nil }; self = .reportPayment(payment)
        case "rsk": self = .reportSkipText
        default: return nil
        }
    }

    /// `<sourceID>:<line>`, split at the last colon.
    private static func subjectRef(_ value: String) -> SubjectRef? {
        guard let colon = value.lastIndex(of: ":"), let line = Int(value[value.index(after: colon)...]), line > 0 else { return nil }
        return SubjectRef(sourceID: String(value[..<colon]), line: line)
    }
}

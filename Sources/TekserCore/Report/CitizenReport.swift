import Foundation

/// A citizen's report about a subject they checked: how they were approached, whether they
/// paid, a short text. It names the subject and the verdict they were given, never the citizen.
public struct CitizenReport: Sendable, Hashable {
    public let subject: ReportSubject
    /// The verdict the citizen was shown (`notFound` included).
    public let verdict: VerdictKind
    public let approach: Approach
    public let payment: Payment
    /// Cleaned by `CitizenReport.cleaned`: capped, without control characters, any IIN masked.
    public let text: String
    public let at: Date

    public init(subject: ReportSubject, verdict: VerdictKind, approach: Approach, payment: Payment, text: String, at: Date) {
        self.subject = subject
        self.verdict = verdict
        self.approach = approach
        self.payment = payment
        self.text = Self.cleaned(text)
        self.at = at
    }

    /// How the citizen was approached.
    public enum Approach: String, CaseIterable, Sendable, Codable {
        case socialNetwork = "social_network", messenger, phoneCall = "phone_call", acquaintance, advertisement, other

        public var message: Message { Message("report.approach.\(rawValue)") }
    }

    /// Whether the citizen has paid, and about how much.
    public enum Payment: String, CaseIterable, Sendable, Codable {
        case none, upTo100k = "up_to_100k", upTo1M = "up_to_1m", more

        public var message: Message { Message("report.paid.\(rawValue)") }
    }

    /// At most this many characters of free text are kept, counted as Unicode scalars (code
    /// points), as the server's `length(text)` counts them: a flag or a family emoji is several.
    public static let textLimit = 500

    /// The free text as it may be stored: control characters dropped (a pasted escape sequence
    /// is not kept), any IIN masked before the cut (so a cut never leaves digits unmasked), capped
    /// at `textLimit` scalars without splitting a character.
    public static func cleaned(_ text: String) -> String {
        let printable = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }
            .filter { $0.properties.generalCategory != .control }))
        let masked = PersonalData.masked(printable.trimmingCharacters(in: .whitespaces))
        var scalars = 0
        return String(masked.prefix { character in
            scalars += character.unicodeScalars.count
            return scalars <= textLimit
        })
    }
}

/// What the citizen had checked: the identifier or link, or a listed subject without either.
public enum ReportSubject: Sendable, Hashable {
    case identifier(Identifier)
    case link(Link)
    /// A subject chosen by its registry row (from a name search), with the name it was shown under.
    case listed(SubjectRef, name: String)
}

/// Where citizens' reports are kept; the bot hands each finished report to it at once.
public protocol ReportRecorder: Sendable {
    /// Stores the report durably; throws when it cannot, so the citizen is told to go to the police directly.
    func record(_ report: CitizenReport) throws
}

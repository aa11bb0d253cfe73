/// Why typed text is not a valid BIN or IIN, told precisely enough to fix it.
///
/// Each case is one fault a person can act on; see `IdentifierParser.parse` for which is reported first.
public enum IdentifierProblem: Error, Hashable, Sendable, Localizable {
    /// Nothing but spaces, separators or a `BIN:` prefix.
    case empty
    /// A character that is neither a digit nor a separator; `position` is 1-based in the normalised text.
    case unexpectedCharacter(Character, position: Int)
    /// Only digits, but not twelve of them.
    case wrongLength(digits: Int)
    /// The 12th digit disagrees with the first eleven: most likely a typo somewhere.
    case checkDigitMismatch(expected: Int, found: Int)
    /// Both check sums give 10: no BIN or IIN is ever issued with these first eleven digits.
    case neverIssued
    /// The 5th digit is 7, 8 or 9: neither an IIN (0–3) nor a BIN (4–6).
    case unknownKind(Int)
    /// Digits 3–4 are not a month 01–12 (registration month of a BIN, birth month of an IIN).
    case impossibleMonth(Int)
    /// The 6th digit of a BIN is 4–9.
    case unknownUnit(Int)
    /// The 7th digit of an IIN is 0, 7, 8 or 9.
    case unknownCentury(Int)
    /// An IIN's date of birth that is not on the calendar, such as 31 April or 29 February 1985.
    case impossibleDate(CalendarDate)

    /// A stable name for scripts and the journal, e.g. `wrong_length`.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .unexpectedCharacter: "unexpected_character"
        case .wrongLength: "wrong_length"
        case .checkDigitMismatch: "check_digit_mismatch"
        case .neverIssued: "never_issued"
        case .unknownKind: "unknown_kind"
        case .impossibleMonth: "impossible_month"
        case .unknownUnit: "unknown_unit"
        case .unknownCentury: "unknown_century"
        case .impossibleDate: "impossible_date"
        }
    }

    public var message: Message {
        switch self {
        case .empty:
            Message("identifier.problem.empty")
        case .unexpectedCharacter(let character, let position):
            Self.unexpected(character, position)
        case .wrongLength(let digits):
            Message("identifier.problem.wrongLength", ["count": .number(digits)])
        case .checkDigitMismatch:
            // The expected digit is not shown: "fixing" the last digit would make a valid but wrong number.
            Message("identifier.problem.checkDigitMismatch")
        case .neverIssued:
            Message("identifier.problem.neverIssued")
        case .unknownKind(let digit):
            Message("identifier.problem.unknownKind", ["digit": .number(digit)])
        case .impossibleMonth(let month):
            Message("identifier.problem.impossibleMonth", ["month": .text(CalendarDate.twoDigits(month))])
        case .unknownUnit(let digit):
            Message("identifier.problem.unknownUnit", ["digit": .number(digit)])
        case .unknownCentury(let digit):
            Message("identifier.problem.unknownCentury", ["digit": .number(digit)])
        case .impossibleDate(let date) where date.month == 2 && date.day == 29:
            Message("identifier.problem.notLeapYear", ["date": .message(date.message), "year": .number(date.year)])
        case .impossibleDate(let date):
            Message("identifier.problem.impossibleDate", ["date": .message(date.message)])
        }
    }

    /// Names a look-alike letter with its alphabet and digit, any other letter as a letter.
    private static func unexpected(_ character: Character, _ position: Int) -> Message {
        let shown = Message.Argument.text(String(character))
        if let digit = LookAlike.digits[character], let script = LookAlike.Script(character) {
            return Message("identifier.problem.lookAlike", [
                "character": shown, "position": .number(position),
                "script": .message(script.message), "digit": .number(digit),
            ])
        }
        let key = character.isLetter ? "identifier.problem.letter" : "identifier.problem.symbol"
        return Message(key, ["character": shown, "position": .number(position)])
    }
}

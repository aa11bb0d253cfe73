/// Turns what a person typed into an `Identifier`, or into the one reason it is not one.
///
/// Order of checks, so that the reason given is the one most worth acting on:
/// 1. empty — nothing to check;
/// 2. characters — a letter O among digits explains a wrong count too, so it is named first;
/// 3. length — only digits remain, so the count is the fault;
/// 4. check digit — a typo anywhere can make digits 3–7 look impossible, so "probably a typo"
///    comes before any structural reason, which would then mislead;
/// 5. structure — kind (5th digit), then month, then unit (BIN) or century and date (IIN).
public enum IdentifierParser {
    /// The prefixes people put before the number, compared in upper case.
    static let prefixes: Set<String> = ["БИН", "БСН", "BIN", "ИИН", "ЖСН", "IIN"]

    /// Dashes and dots people group digits with; all whitespace is dropped too.
    static let separators: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "."]

    /// The typed text without grouping, prefix and invisible characters; other digits made ASCII.
    ///
    /// `"БИН: 9401 4000-0385"` becomes `"940140000385"`. Letters and other symbols stay, to be reported.
    public static func normalise(_ input: String) -> String {
        strip(input).text
    }

    /// Parses typed text; a BIN's `YY` reads as `20YY` only when that is not after `referenceYear`.
    public static func parse(_ input: String, referenceYear: Int = Identifier.currentYear) -> Result<Identifier, IdentifierProblem> {
        let text = normalise(input)
        guard !text.isEmpty else { return .failure(.empty) }
        var values: [Int] = []
        values.reserveCapacity(12)
        for (offset, character) in text.enumerated() {
            guard character.isASCII, let value = character.wholeNumberValue else {
                return .failure(.unexpectedCharacter(character, position: offset + 1))
            }
            values.append(value)
        }
        guard values.count == 12 else { return .failure(.wrongLength(digits: values.count)) }
        return Result { () throws(IdentifierProblem) in try Identifier(values: values, referenceYear: referenceYear) }
    }

    /// A cheap guess whether free text is an attempt at a BIN or IIN rather than a name or a link:
    /// a `BIN`/`ИИН`… prefix, or 8–16 digits (look-alike letters counted) with at most two other characters.
    public static func looksLikeIdentifier(_ input: String) -> Bool {
        let trimmed = input.drop(while: \.isWhitespace)
        guard let first = trimmed.first, first != "+", !trimmed.contains("/"), !trimmed.contains("@") else { return false }
        let (text, hadPrefix) = strip(input)
        if hadPrefix { return text.first.map { LookAlike.digit($0) != nil } ?? true }
        var digits = 0, lookAlikes = 0, others = 0
        for character in text {
            if character.isASCII, character.isNumber {
                digits += 1
            } else if LookAlike.digits[character] != nil {
                lookAlikes += 1
            } else {
                others += 1
            }
        }
        return digits >= 6 && (8...16).contains(digits + lookAlikes) && others <= 2
    }

    /// Drops a leading prefix (only when no letter follows it, so "Binance" keeps its "Bin"),
    /// an optional colon, whitespace, separators and invisible format characters.
    static func strip(_ input: String) -> (text: String, hadPrefix: Bool) {
        var rest = input.drop(while: { $0.isWhitespace || isInvisible($0) })
        var hadPrefix = false
        if prefixes.contains(rest.prefix(3).uppercased()), !(rest.dropFirst(3).first?.isLetter ?? false) {
            rest = rest.dropFirst(3).drop(while: { $0.isWhitespace || isInvisible($0) })
            if rest.first == ":" { rest = rest.dropFirst() }
            hadPrefix = true
        }
        var text = ""
        for character in rest where !character.isWhitespace && !separators.contains(character) && !isInvisible(character) {
            text.append(asciiDigit(character) ?? character)
        }
        return (text, hadPrefix)
    }

    /// Zero-width spaces, soft hyphens, direction marks and BOMs that copying from the web brings along.
    static func isInvisible(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
    }

    /// A decimal digit of any script (full-width, Arabic-Indic…) as its ASCII digit.
    static func asciiDigit(_ character: Character) -> Character? {
        guard !character.isASCII, character.unicodeScalars.count == 1,
              let scalar = character.unicodeScalars.first,
              scalar.properties.generalCategory == .decimalNumber,
              let value = scalar.properties.numericValue else { return nil }
        return Character(String(Int(value)))
    }
}

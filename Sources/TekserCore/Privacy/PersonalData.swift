/// The one rule for a person's identifier, used by every output (screen, command line, JSON,
/// CSV, journal, exports, log, status file).
///
/// An IIN's first six digits are the birth date and the seventh the century and sex; with the
/// check digit, the first four and the last four leave a single candidate. So outside the line
/// the person typed, an IIN shows its last four digits only: `•••• •••• 0017`. A BIN names an
/// organisation, is public and stays whole.
public enum PersonalData {
    /// What stands for the eight hidden digits.
    public static let hiddenDigits = "•••• •••• "

    /// The twelve digits of a person's number as they may be shown: `•••• •••• 0017`.
    public static func maskedNumber(_ digits: some StringProtocol) -> String {
        hiddenDigits + digits.suffix(4)
    }

    /// The text with every IIN in it masked.
    ///
    /// Besides a valid IIN, any twelve digits whose fifth digit claims a person (0–3) are masked:
    /// a mistyped IIN is still, digit for digit, almost someone's IIN.
    public static func masked(_ text: String) -> String {
        // Fewer than twelve digits hold no identifier: most texts (names, dates) end here, unparsed.
        var digits = 0
        for scalar in text.unicodeScalars where scalar.properties.numericType != nil {
            digits += 1
            if digits == 12 { break }
        }
        guard digits == 12 else { return text }
        if case .success(let identifier) = IdentifierParser.parse(text), identifier.kind == .iin {
            return identifier.masked
        }
        if let masked = maskedIfPersonal(IdentifierParser.normalise(text)) { return masked }
        // Digits grouped by single spaces, dashes or dots, as people write them.
        return text.replacing(/\d+(?:[ \-.]\d+)*/) { match in maskedRuns(in: match.output) }
    }

    /// Masks every sequence of consecutive digit runs in `group` that adds up to a personal
    /// twelve-digit number, e.g. both numbers of `850312 300012 940140 000385` are tried.
    private static func maskedRuns(in group: Substring) -> String {
        let runs = group.ranges(of: /\d+/)
        var output = ""
        var copied = group.startIndex
        var first = 0
        while first < runs.count {
            var last = first, digits = group[runs[first]].count
            while digits < 12, last + 1 < runs.count {
                last += 1
                digits += group[runs[last]].count
            }
            let span = runs[first].lowerBound..<runs[last].upperBound
            if digits == 12, let masked = maskedIfPersonal(asciiDigits(group[span])) {
                output += group[copied..<span.lowerBound] + masked
                copied = span.upperBound
                first = last + 1
            } else {
                first += 1
            }
        }
        return output + group[copied...]
    }

    private static func asciiDigits(_ text: Substring) -> String {
        String(text.compactMap { $0.wholeNumberValue.map { Character(String($0)) } })
    }

    /// The masked form when `digits` are twelve ASCII digits claiming a person by the fifth.
    private static func maskedIfPersonal(_ digits: String) -> String? {
        guard digits.count == 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = UInt64(digits),
              IdentifierKind(number: number) == .iin else { return nil }
        return maskedNumber(digits)
    }
}

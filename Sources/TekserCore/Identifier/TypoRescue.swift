/// Finds the known identifiers a person probably meant when what they typed is invalid or unknown.
///
/// One slip away: a look-alike letter (O→0, I/l→1, З→3), then one substituted digit, two adjacent
/// digits swapped, one digit missing (11 typed) or one extra (13 typed). Only numbers with a valid
/// check digit and structure reach `isKnown`: about a dozen calls of the ~120 edits.
public enum TypoRescue {
    /// Known identifiers near `input`, in a stable order: look-alike fix, swaps and substitutions
    /// left to right (digits ascending), insertions, deletions. Never the typed number itself.
    public static func candidates(
        for input: String,
        referenceYear: Int = Identifier.currentYear,
        isKnown: (UInt64) -> Bool
    ) -> [Identifier] {
        guard let (typed, hadLookAlike) = digitValues(of: input) else { return [] }
        var seen: Set<[Int]> = hadLookAlike ? [] : [typed]
        var found: [Identifier] = []
        for values in edits(of: typed, hadLookAlike: hadLookAlike) where seen.insert(values).inserted {
            guard let identifier = try? Identifier(values: values, referenceYear: referenceYear),
                  isKnown(identifier.number) else { continue }
            found.append(identifier)
        }
        return found
    }

    /// Every twelve-digit sequence one slip away, in the order candidates are reported.
    static func edits(of typed: [Int], hadLookAlike: Bool) -> [[Int]] {
        switch typed.count {
        case 12: (hadLookAlike ? [typed] : []) + swaps(of: typed) + substitutions(of: typed)
        case 11: insertions(into: typed)
        case 13: deletions(from: typed)
        default: []
        }
    }

    /// The typed digits with look-alike letters read as digits, or `nil` if anything else is left.
    static func digitValues(of input: String) -> (values: [Int], hadLookAlike: Bool)? {
        var values: [Int] = []
        var hadLookAlike = false
        for character in IdentifierParser.normalise(input) {
            guard let value = LookAlike.digit(character) else { return nil }
            hadLookAlike = hadLookAlike || LookAlike.digits[character] != nil
            values.append(value)
        }
        return values.isEmpty ? nil : (values, hadLookAlike)
    }

    private static func swaps(of values: [Int]) -> [[Int]] {
        (0..<values.count - 1).filter { values[$0] != values[$0 + 1] }.map { index in
            var swapped = values
            swapped.swapAt(index, index + 1)
            return swapped
        }
    }

    private static func substitutions(of values: [Int]) -> [[Int]] {
        values.indices.flatMap { index in
            (0...9).filter { $0 != values[index] }.map { digit in
                var changed = values
                changed[index] = digit
                return changed
            }
        }
    }

    private static func insertions(into values: [Int]) -> [[Int]] {
        (0...values.count).flatMap { index in
            (0...9).map { digit in
                var longer = values
                longer.insert(digit, at: index)
                return longer
            }
        }
    }

    private static func deletions(from values: [Int]) -> [[Int]] {
        values.indices.map { index in
            var shorter = values
            shorter.remove(at: index)
            return shorter
        }
    }
}

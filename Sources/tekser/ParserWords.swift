import TekserCore

/// The argument parser's own English put into the user's words: the headings of a help screen,
/// "Error:", "Usage:", "(default: …)", "(values: …)", the help flag, and the complaints it words
/// itself (an unknown option, a missing argument, a value it cannot read). Our own texts reach
/// it already worded; a line it does not know passes unchanged.
struct ParserWords {
    let catalog: Catalog
    let language: Language

    /// The parser's headings and prefixes, English first, as it begins a line with them.
    private var prefixes: [(english: String, ours: String)] {
        [("OVERVIEW: ", word("overview") + " "), ("USAGE: ", word("usageHeading") + " "), ("Usage: ", word("usage") + " "),
         ("Error: ", word("error") + " "), ("Help:  ", word("help") + "  ")]
    }

    /// The parser's words inside a line: what it adds after an option's help.
    private var inlineWords: [(english: String, ours: String)] {
        [("(default:", "(" + word("default") + ":"), ("(values:", "(" + word("values") + ":"), ("; default:", "; " + word("default") + ":")]
    }

    /// Columns to have the parser wrap at, so that its lines still fit `width`, or 40 columns in a
    /// narrower terminal (the parser cannot wrap inside its indents, up to 28 columns, and stops
    /// or drops the text there), once longer words are put in.
    func renderingWidth(for width: Int) -> Int {
        let growth = (prefixes + inlineWords).map { $0.ours.count - $0.english.count }
        return max(40, width) - max(0, growth.max() ?? 0)
    }

    /// `message`, the parser's help screen or complaint, in the user's words.
    func translate(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for (english, ours) in prefixes where line.hasPrefix(english) {
                let rest = String(line.dropFirst(english.count))
                return ours + (english == "Error: " ? complaint(rest) : rest)
            }
            // The second reading of a cluster of short options (`-xo`) under its complaint.
            if let match = line.wholeMatch(of: /(\ +)or: (.+)/) { return match.1 + word("or") + " " + complaint(String(match.2)) }
            return translate(line: String(line))
        }.joined(separator: "\n")
    }

    private func translate(line: String) -> String {
        switch line {
        case "ARGUMENTS:": return word("arguments")
        case "OPTIONS:": return word("options")
        case "SUBCOMMANDS:": return word("subcommands")
        default: break
        }
        if let match = line.wholeMatch(of: /\ \ See '(.+)' for detailed help\./) {
            return "  " + word("detailedHelp", ["command": .text(String(match.1))])
        }
        if let match = line.wholeMatch(of: /\ \ See '(.+)' for more information\./) {
            return "  " + word("moreInformation", ["command": .text(String(match.1))])
        }
        var line = line
        if line.hasSuffix("Show help information.") {
            line = line.dropLast("Show help information.".count) + word("showHelp")
        }
        // A default subcommand's label: keep the column its description starts in.
        if let match = line.wholeMatch(of: /(\ \ \S+\ )\(default\)( {2,})(.*)/) {
            let label = "(" + word("default") + ")"
            let padding = max(2, match.2.count - (label.count - "(default)".count))
            return match.1 + label + String(repeating: " ", count: padding) + match.3
        }
        return inlineWords.reduce(line) { line, words in line.replacing(words.english, with: words.ours) }
    }

    /// One of the parser's complaints in the user's words; our own (a validation) pass as they are.
    private func complaint(_ text: String) -> String {
        if let match = text.wholeMatch(of: /Unknown option '([^']+)'\. Did you mean '([^']+)'\?/) {
            return word("unknownOption", ["option": .text(String(match.1))]) + ". " + word("didYouMean", ["option": .text(String(match.2))])
        }
        if let match = text.wholeMatch(of: /Unknown option '([^']+)'/) {
            return word("unknownOption", ["option": .text(String(match.1))])
        }
        if let match = text.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return word("missingArgument", ["argument": .text(String(match.1))])
        }
        if let match = text.wholeMatch(of: /Missing one of: (.+)/) {
            return word("missingOneOf", ["arguments": .text(String(match.1))])
        }
        if let match = text.wholeMatch(of: /Invalid option: (.+)/) {
            return word("invalidOption", ["option": .text(String(match.1))])
        }
        if let match = text.wholeMatch(of: /Missing value for '(.+)' in '(.+)'/) {
            return word("missingValueIn", ["option": .text(String(match.1)), "cluster": .text(String(match.2))])
        }
        if let match = text.wholeMatch(of: /Missing value for '(.+)'/) {
            return word("missingValue", ["option": .text(String(match.1))])
        }
        if let match = text.wholeMatch(of: /Unexpected argument '(.+)'/) {
            return word("unexpectedArgument", ["argument": .text(String(match.1))])
        }
        if let match = text.wholeMatch(of: /\d+ unexpected arguments: (.+)/) {
            return word("unexpectedArguments", ["arguments": .text(String(match.1))])
        }
        if let match = text.wholeMatch(of: /The option '(.+)' does not take any value, but '(.*)' was specified\./) {
            return word("takesNoValue", ["option": .text(String(match.1)), "value": .text(String(match.2))])
        }
        if let match = text.wholeMatch(of: /The value '(.*)' is invalid for '([^']+)'(.*)/) {
            let invalid = word("invalidValue", ["value": .text(String(match.1)), "option": .text(String(match.2))])
            return invalid + allowedValues(String(match.3))
        }
        return text
    }

    /// The parser's ". Please provide one of 'a', 'b' or 'c'." (or "…of the following:", with the
    /// values listed on the lines below) after an unreadable value.
    private func allowedValues(_ rest: String) -> String {
        if rest == ". Please provide one of the following:" { return ". " + word("oneOfFollowing") }
        guard let match = rest.wholeMatch(of: /\. Please provide one of (.+)\./) else { return rest }
        let values = String(match.1).matches(of: /'[^']*'/).map { String($0.output) }.joined(separator: ", ")
        return ". " + word("oneOf", ["values": .text(values)])
    }

    private func word(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        catalog.text("help.parser." + key, arguments, in: language)
    }
}

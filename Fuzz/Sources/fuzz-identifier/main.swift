import FuzzSupport
import TekserCore

// Any text through the identifier parser and the typo rescue; a crash or a broken promise
// (a parsed identifier is twelve digits, a candidate is one `isKnown` accepted) is a finding.
fuzz { bytes in
    let text = String(decoding: bytes, as: UTF8.self)
    _ = IdentifierParser.normalise(text)
    if case .success(let identifier) = IdentifierParser.parse(text) {
        precondition(identifier.digits.count == 12, "an identifier without twelve digits")
    }
    _ = IdentifierParser.looksLikeIdentifier(text)
    let candidates = TypoRescue.candidates(for: text) { $0 % 3 == 0 }
    precondition(candidates.allSatisfy { $0.number % 3 == 0 }, "a candidate that is not known")
}

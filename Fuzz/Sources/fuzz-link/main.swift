import FuzzSupport
import TekserCore

// Any text (and any platform) through the link parser; a crash or a broken promise is a finding:
// a parsed link parses again to itself (normalising twice changes nothing), and whatever
// parses as a link was also said to look like one.
fuzz { bytes in
    guard let first = bytes.first else { return }
    let platform = SocialPlatform.allCases.indices.contains(Int(first)) ? SocialPlatform.allCases[Int(first)] : nil
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    _ = LinkParser.looksLikeLink(text)
    guard case .success(let link) = LinkParser.parse(text, platform: platform) else { return }
    if case .page = link {
        guard case .success(let again) = LinkParser.parse(link.description) else {
            preconditionFailure("the normalised form \(link) does not parse")
        }
        precondition(again == link, "normalising twice changed \(link) to \(again)")
    }
}

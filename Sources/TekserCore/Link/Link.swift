/// What a pasted link points at, reduced to the form both sides of a comparison share:
/// the same page or account typed in different ways gives the same `Link`.
public enum Link: Hashable, Sendable, CustomStringConvertible {
    case page(WebPage)
    case account(SocialAccount)

    /// The canonical form, e.g. `xn--80ao21a.xn--p1ai/ru` or `telegram:@demo_gold_kz`.
    public var description: String {
        switch self {
        case .page(let page): page.description
        case .account(let account): account.description
        }
    }
}

/// A web page: host in lowercase punycode without `www.`/`m.`, path segments without
/// `index.html` and trailing slashes, query without tracking parameters (sorted).
public struct WebPage: Hashable, Sendable, CustomStringConvertible {
    public let host: String
    /// Lowercased, percent-decoded path segments; empty for a site's root.
    public let path: [String]
    /// `name=value` items, lowercased and sorted.
    public let query: [String]

    public init(host: String, path: [String] = [], query: [String] = []) {
        self.host = host
        self.path = path
        self.query = query
    }

    /// The normalised form, which parses back to this page: separators, controls and white space
    /// inside a segment or parameter are percent-encoded again (found by fuzz-link: a trailing
    /// U+0085, a C1 control that is also a newline, was trimmed away when the form was read back).
    public var description: String {
        ([host] + path.map(Self.escaped)).joined(separator: "/")
            + (query.isEmpty ? "" : "?" + query.map(Self.escaped).joined(separator: "&"))
    }

    /// `%XX` for each UTF-8 byte of `scalar`.
    static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf8.map { "%" + ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
    }

    private static func escaped(_ text: String) -> String {
        // Printable ASCII is neither a control nor whitespace: only the marks below are escaped.
        if text.utf8.allSatisfy({ (0x21 ... 0x7E).contains($0) && !escapedMarks.contains($0) }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace
                || scalar.isASCII && escapedMarks.contains(UInt8(scalar.value)) {
                result += percentEncoded(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let escapedMarks: [UInt8] = Array("%/?#&\\".utf8)
}

/// An account on a social network, by its handle (lowercase, without `@`).
public struct SocialAccount: Hashable, Sendable, CustomStringConvertible {
    /// `nil` only for a bare `@handle` in a registry file, which matches that handle on any platform.
    public let platform: SocialPlatform?
    public let handle: String

    public init(platform: SocialPlatform?, handle: String) {
        self.platform = platform
        self.handle = handle.lowercased()
    }

    public var description: String { "\(platform?.rawValue ?? "any"):@\(handle)" }
}

/// The social networks whose account links are recognised.
public enum SocialPlatform: String, CaseIterable, Hashable, Sendable, Localizable {
    case instagram, telegram, vk, facebook, tiktok, youtube, whatsapp

    /// Two letters, for chat buttons whose data is limited to 64 bytes.
    public var code: String {
        switch self {
        case .instagram: "ig"
        case .telegram: "tg"
        case .vk: "vk"
        case .facebook: "fb"
        case .tiktok: "tt"
        case .youtube: "yt"
        case .whatsapp: "wa"
        }
    }

    /// By `rawValue` or `code`, case-insensitively, as `--platform` and chat buttons give it.
    public init?(name: String) {
        let lower = name.lowercased()
        guard let found = Self.allCases.first(where: { $0.rawValue == lower || $0.code == lower }) else { return nil }
        self = found
    }

    public var message: Message { Message("link.platform.\(rawValue)") }
}

import Foundation

/// Turns what a citizen pastes (or a registry cell holds) into a canonical `Link`.
///
/// Foundation's `URLComponents` does the URL grammar and converts internationalised hosts
/// such as `демо.қаз` to punycode; the rest is Tekser's own normalisation.
public enum LinkParser {
    /// Parses a URL, a bare domain, or a handle (`@name`, or `name` when `platform` is given).
    public static func parse(_ text: String, platform: SocialPlatform? = nil) -> Result<Link, LinkProblem> {
        let trimmed = text.trimmingWhitespace()
        if let platform, !trimmed.contains("/"), !trimmed.contains(".") || trimmed.hasPrefix("@") {
            return handle(trimmed.hasPrefix("@") ? String(trimmed.dropFirst()) : trimmed).map { .account(SocialAccount(platform: platform, handle: $0)) }
        }
        if trimmed.hasPrefix("@") {
            return handle(String(trimmed.dropFirst())).flatMap { .failure(.platformNeeded(handle: $0)) }
        }
        return url(trimmed)
    }

    /// A cheap test for routing chat text: an address with a scheme, `www.…`, a bare domain, or `@handle`.
    /// It only looks at the shape; `parse` decides whether the link is usable.
    public static func looksLikeLink(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else { return false }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("www.") { return true }
        if let range = lower.range(of: "://") { return lower[..<range.lowerBound].allSatisfy { $0.isASCII && $0.isLetter } }
        if lower.hasPrefix("@") { return (try? handle(String(lower.dropFirst())).get()) != nil }
        let host = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        let lastLabel = labels.last(where: { !$0.isEmpty }) ?? ""
        return labels.filter { !$0.isEmpty }.count >= 2
            && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
            && (lastLabel.hasPrefix("xn--") || lastLabel.count >= 2 && lastLabel.allSatisfy(\.isLetter)
                && (lastLabel.allSatisfy(\.isASCII) || cyrillicTopLevelDomains.contains(String(lastLabel))))
    }

    /// Top-level domains in Cyrillic a bare domain may end with.
    static let cyrillicTopLevelDomains: Set<String> = ["рф", "қаз", "рус", "бел", "укр", "срб", "мкд", "онлайн", "сайт", "орг", "ком", "москва", "дети"]

    /// Query parameters that only say where a click came from, never which page it is.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "yclid", "igshid", "igsh", "si", "ref", "ref_src", "ref_url", "mc_cid", "mc_eid",
        "_ga", "_gl", "gbraid", "wbraid", "msclkid", "dclid", "ttclid", "twclid", "utm", "feature", "_openstat", "from",
    ]

    static let indexPages: Set<String> = ["index.html", "index.htm", "index.php"]

    /// A typed handle: letters, digits, `.`, `_`, `-`; at most 50 characters so it fits a chat button.
    static func handle(_ text: String) -> Result<String, LinkProblem> {
        let ok = (1...50).contains(text.count)
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }
        return ok ? .success(text.lowercased()) : .failure(.invalidHandle(text))
    }

    private static let plainURLText = CharacterSet.urlPathAllowed.union(.urlQueryAllowed).union(.urlFragmentAllowed)
        .union(CharacterSet(charactersIn: "#")).subtracting(CharacterSet(charactersIn: "%"))

    /// Percent-encodes what follows the host wherever it is not plain URL text (non-ASCII,
    /// spaces, controls, a `%` without two hex digits), keeping `%XX` as typed: given such text,
    /// Foundation would escape every `%` of the address, `%2F` included (found by fuzz-link).
    /// The host is left alone for Foundation's conversion of Cyrillic domains to punycode.
    static func escapingAfterHost(_ address: String) -> String {
        let scalars = Array(address.unicodeScalars)
        let hostStart = (0 ..< max(0, scalars.count - 2)).first { scalars[$0] == ":" && scalars[$0 + 1] == "/" && scalars[$0 + 2] == "/" }
            .map { $0 + 3 } ?? 0
        guard let restStart = scalars[hostStart...].firstIndex(where: { "/?#".unicodeScalars.contains($0) }) else { return address }
        var result = String(String.UnicodeScalarView(scalars[..<restStart]))
        for (offset, scalar) in scalars[restStart...].enumerated() {
            let at = restStart + offset
            let validPercent = scalar == "%" && at + 2 < scalars.count
                && scalars[at + 1].properties.isASCIIHexDigit && scalars[at + 2].properties.isASCIIHexDigit
            if scalar == "%" ? validPercent : plainURLText.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += WebPage.percentEncoded(scalar)
            }
        }
        return result
    }

    private static func url(_ text: String) -> Result<Link, LinkProblem> {
        let parts: (host: String, path: [String], query: [String])
        if let plain = PlainAddress(text) {
            parts = (plain.host, plain.path, [])
        } else {
            switch foundationParts(text) {
            case .success(let found): parts = found
            case .failure(let problem): return .failure(problem)
            }
        }
        var host = parts.host, path = parts.path
        while host.hasSuffix(".") { host.removeLast() }
        // Repeatedly, so that `m.m.` or `www.m.` normalise as `m.` does (found by fuzz-link).
        // On the UTF-8 bytes: Foundation's `contains` and Character properties cost more than the rest of a parse.
        let dot = UInt8(ascii: ".")
        while let prefix = ["www.", "m."].first(where: { host.hasPrefix($0) && host.utf8.dropFirst($0.utf8.count).contains(dot) }) {
            host.removeFirst(prefix.count)
        }
        guard host.utf8.contains(dot), !host.hasPrefix("."), host.utf8.allSatisfy({ byte in
            (0x30 ... 0x39).contains(byte) || (0x41 ... 0x5A).contains(byte) || (0x61 ... 0x7A).contains(byte)
                || byte == UInt8(ascii: "-") || byte == dot || byte == UInt8(ascii: "_")
        }) else {
            return .failure(.malformed)
        }
        if let last = path.last, indexPages.contains(last) { path.removeLast() }
        let page = WebPage(host: host, path: path, query: parts.query)
        if let platform = SocialPlatform(host: host) {
            return SocialLinks.account(on: platform, page: page).map { $0.map(Link.account) ?? .page(page) }
        }
        return .success(.page(page))
    }

    /// Host, path segments and query items through `URLComponents`, for any address `PlainAddress` does not take.
    static func foundationParts(_ text: String) -> Result<(host: String, path: [String], query: [String]), LinkProblem> {
        var address = text
        if let range = address.range(of: "://") {
            let scheme = address[..<range.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else { return .failure(.unsupportedScheme(scheme)) }
        } else if let colon = address.firstIndex(of: ":"), address[..<colon].allSatisfy(\.isLetter) {
            // `mailto:`, `tg:`, `javascript:`; a port always follows a host with a dot.
            return .failure(.unsupportedScheme(address[..<colon].lowercased()))
        } else {
            address = "https://" + address.drop { $0 == "/" }
        }
        guard let components = URLComponents(string: escapingAfterHost(address)), let host = components.encodedHost?.lowercased() else {
            return .failure(.malformed)
        }
        let path = components.percentEncodedPath.split(separator: "/").map { segment in
            (String(segment).removingPercentEncoding ?? String(segment)).lowercased()
        }
        let query = (components.percentEncodedQuery ?? "").split(separator: "&").compactMap { item -> String? in
            let decoded = (String(item).removingPercentEncoding ?? String(item)).lowercased()
            let key = decoded.prefix { $0 != "=" }
            return key.isEmpty || key.hasPrefix("utm_") || trackingParameters.contains(String(key)) ? nil : decoded
        }.sorted()
        return .success((host, path, query))
    }
}

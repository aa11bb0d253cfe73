/// Where each social network keeps the account name in its links.
enum SocialLinks {
    /// The account a page of `platform` belongs to; `nil` when the page is not an account's
    /// (a post, a video), which is then compared as a web page.
    static func account(on platform: SocialPlatform, page: WebPage) -> Result<SocialAccount?, LinkProblem> {
        let s = page.path
        guard let first = s.first else { return .failure(.noAccount(platform)) }
        let second = s.count > 1 ? s[1] : nil
        let handle: String?
        switch platform {
        case .instagram:
            handle = first == "stories" ? second : (instagramPaths.contains(first) ? nil : first)
        case .telegram:
            handle = first == "s" ? second : first == "joinchat" ? second.map { "+" + $0 } : first
        case .vk:
            handle = s.count == 1 ? first : nil
        case .facebook:
            if first == "profile.php" {
                handle = page.query.first { $0.hasPrefix("id=") }.map { String($0.dropFirst(3)) }
            } else {
                handle = first == "groups" ? second.map { "groups/" + $0 } : facebookPaths.contains(first) ? nil : first
            }
        case .tiktok:
            handle = first.hasPrefix("@") ? String(first.dropFirst()) : nil
        case .youtube:
            if first.hasPrefix("@") {
                handle = String(first.dropFirst())
            } else {
                handle = first == "c" || first == "user" ? second : first == "channel" ? second.map { "channel/" + $0 } : nil
            }
        case .whatsapp:
            handle = first == "channel" ? second : nil
        }
        return .success(handle.flatMap { $0.isEmpty ? nil : SocialAccount(platform: platform, handle: $0) })
    }

    static let instagramPaths: Set<String> = ["p", "reel", "reels", "tv", "explore", "accounts", "direct", "about"]
    static let facebookPaths: Set<String> = ["watch", "events", "photo.php", "story.php", "share", "sharer.php", "login"]

    static let hosts: [String: SocialPlatform] = [
        "instagram.com": .instagram, "instagr.am": .instagram,
        "t.me": .telegram, "telegram.me": .telegram, "telegram.dog": .telegram,
        "vk.com": .vk, "vk.ru": .vk, "vkontakte.ru": .vk,
        "facebook.com": .facebook, "fb.com": .facebook, "fb.me": .facebook,
        "tiktok.com": .tiktok,
        "youtube.com": .youtube,
        "whatsapp.com": .whatsapp,
    ]
}

extension SocialPlatform {
    /// The network a normalised host belongs to (`m.` and `www.` already removed).
    init?(host: String) {
        guard let platform = SocialLinks.hosts[host] else { return nil }
        self = platform
    }
}

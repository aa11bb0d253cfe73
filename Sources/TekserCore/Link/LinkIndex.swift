/// Every link of every warning-list subject, normalised once when the data set loads,
/// so a pasted link is compared with hundreds of subjects by a few dictionary lookups.
public struct LinkIndex: Sendable {
    /// Where one link is written: source (by position in the data set), loaded row, text as in the file.
    struct Listing: Hashable, Sendable {
        let source: Int
        let row: Int
        let subject: SubjectRef
        let written: String
    }

    private var pages: [WebPage: [Listing]] = [:]
    /// Keyed by platform and handle; a bare `@handle` in a file is keyed with no platform.
    private var accounts: [SocialAccount: [Listing]] = [:]

    /// Indexes the `links` of every warning-list source; cells that are no usable link are skipped.
    init(sources: [RegistrySource]) {
        for (position, source) in sources.enumerated() where source.summary.kind == .warning {
            for row in 0 ..< source.rowCount {
                let subject = SubjectRef(sourceID: source.summary.id, line: source.line(ofRow: row))
                for written in source.links(row: row) {
                    let listing = Listing(source: position, row: row, subject: subject, written: written)
                    switch LinkParser.parse(written) {
                    case .success(.page(let page)): pages[page, default: []].append(listing)
                    case .success(.account(let account)): accounts[account, default: []].append(listing)
                    case .failure(.platformNeeded(let handle)):
                        accounts[SocialAccount(platform: nil, handle: handle), default: []].append(listing)
                    case .failure: continue
                    }
                }
            }
        }
    }

    /// Every listed link `link` matches, closest first: the same page, then pages it lies under
    /// (longest path first), or the same account; one match per subject and written link.
    func matches(_ link: Link) -> [(listing: Listing, kind: LinkMatch.Kind)] {
        var found: [(Listing, LinkMatch.Kind)] = []
        switch link {
        case .page(let page):
            found += (pages[page] ?? []).map { ($0, .samePage) }
            let deepest = page.query.isEmpty ? page.path.count - 1 : page.path.count
            for depth in stride(from: deepest, through: 0, by: -1) {
                let parent = WebPage(host: page.host, path: Array(page.path.prefix(depth)))
                found += (pages[parent] ?? []).map { ($0, .sameSite) }
            }
        case .account(let account):
            found += (accounts[account] ?? []).map { ($0, .sameAccount) }
            if account.platform != nil {
                found += (accounts[SocialAccount(platform: nil, handle: account.handle)] ?? []).map { ($0, .sameAccount) }
            }
        }
        var seen = Set<Listing>()
        return found.filter { seen.insert($0.0).inserted }
    }
}

/// One subject of a registry file, by source and 1-based line: stable enough to put in a chat
/// button as `subj:<sourceID>:<line>` for subjects that have no BIN.
public struct SubjectRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public let sourceID: String
    public let line: Int

    public init(sourceID: String, line: Int) {
        self.sourceID = sourceID
        self.line = line
    }

    public var description: String { "\(sourceID):\(line)" }
}

/// A subject's link that a checked link matched, as written in the registry file.
public struct LinkMatch: Hashable, Sendable {
    public let subject: SubjectRef
    /// The link exactly as the file writes it.
    public let written: String
    public let kind: Kind

    public init(subject: SubjectRef, written: String, kind: Kind) {
        self.subject = subject
        self.written = written
        self.kind = kind
    }

    public enum Kind: String, Hashable, Sendable, Codable {
        /// The same page once both are normalised.
        case samePage = "same_page"
        /// A page on the listed site, or under the listed page.
        case sameSite = "same_site"
        /// The same account on the same network.
        case sameAccount = "same_account"

        public var message: Message { Message("link.match.\(rawValue)") }
    }
}

import Foundation

/// Every link of every warning-list subject, normalised once (when the data set is compiled,
/// or on the first link check), in flat sorted arrays that a compiled file maps as they are:
/// a pasted link is compared with every subject by a few binary searches.
public struct LinkIndex: Sendable {
    /// Where one link is written: source (by position in the data set), loaded row, text as in the file.
    struct Listing: Hashable, Sendable {
        let source: Int
        let row: Int
        let subject: SubjectRef
        let written: String
    }

    /// The arrays: one entry per distinct normalised link, sorted by the hash of its key
    /// (`Link.indexKey`), then its listings. The link as written is read back from its row,
    /// not stored twice, and its key compared, which rules out a collision of hashes.
    struct Table: Sendable {
        var keyHashes: FlatArray<UInt64>
        /// Entry → its listings, in file order.
        var listingStart: FlatArray<UInt32>
        /// Per listing: `source << 24 | row`, its 1-based line, and which of the row's links it is.
        var listingRefs: FlatArray<UInt32>
        var listingLines: FlatArray<UInt32>
        var listingOrdinals: FlatArray<UInt16>
    }

    let table: Table
    /// The sources of the data set, by position, whose rows hold the links as written.
    let sources: [RegistrySource]

    init(table: Table, sources: [RegistrySource]) {
        self.table = table
        self.sources = sources
    }

    /// Indexes the `links` of every warning-list source; cells that are no usable link are skipped.
    init(sources: [RegistrySource], progress: BuildProgress? = nil) {
        self = Self.build(sources: sources, progress: progress).index
    }

    /// The index key of every usable link, by row (`source << 24 | row`) and which of the row's
    /// links it is, in row order: what the impostor search reads instead of parsing every link again.
    struct RowKeys: Sendable {
        let entries: [(ref: UInt32, ordinal: UInt16, key: [UInt8])]

        /// The keys of one row's links, in order.
        func keys(ofRow ref: UInt32) -> ArraySlice<(ref: UInt32, ordinal: UInt16, key: [UInt8])> {
            var lo = 0, hi = entries.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if entries[mid].ref < ref { lo = mid + 1 } else { hi = mid }
            }
            var end = lo
            while end < entries.count, entries[end].ref == ref { end += 1 }
            return entries[lo ..< end]
        }
    }

    /// The index, and the keys it was made of.
    /// Rows are parsed on all cores, in chunks whose results are put back in file order.
    static func build(sources: [RegistrySource], progress: BuildProgress? = nil) -> (index: LinkIndex, keys: RowKeys) {
        typealias Found = (key: [UInt8], hash: UInt64, ref: UInt32, line: UInt32, ordinal: UInt16)
        let chunkRows = 8192
        let chunks = sources.enumerated().filter { $0.element.summary.kind == .warning }.flatMap { position, source in
            stride(from: 0, to: source.rowCount, by: chunkRows).map { (position, source, $0 ..< min(source.rowCount, $0 + chunkRows)) }
        }
        progress?.expect(chunks.reduce(0) { $0 + $1.2.count })
        let parsed = ConcurrentResults<[Found]>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
            let (position, source, rows) = chunks[chunk]
            var found: [Found] = []
            for row in rows {
                guard let line = source.line(ofRow: row) else { continue }
                for (ordinal, written) in source.links(row: row).enumerated() where ordinal <= Int(UInt16.max) {
                    guard let key = Self.key(written) else { continue }
                    found.append((key, key.withUnsafeBytes { Checksum.of($0) }, UInt32(position) << 24 | UInt32(row), UInt32(line), UInt16(ordinal)))
                }
            }
            parsed[chunk] = found
            progress?.advance(rows.count)
        }
        let found = parsed.values.flatMap { $0 }
        // By hash, then file order; equal keys sit together unless two keys share a hash, and
        // then each run of one key is an entry of its own (a lookup reads every entry of the hash).
        let order = found.indices.map { (found[$0].hash, $0) }.sorted { $0 < $1 }.map(\.1)
        var hashes: [UInt64] = [], listingStart: [UInt32] = [0], refs: [UInt32] = [], lines: [UInt32] = [], ordinals: [UInt16] = []
        for (rank, index) in order.enumerated() {
            // Fields are read one by one: a whole entry copied would retain its key every time.
            let hash = found[index].hash
            if rank == 0 || found[order[rank - 1]].hash != hash || found[order[rank - 1]].key != found[index].key {
                if rank > 0 { listingStart.append(UInt32(refs.count)) }
                hashes.append(hash)
            }
            refs.append(found[index].ref)
            lines.append(found[index].line)
            ordinals.append(found[index].ordinal)
        }
        if !order.isEmpty { listingStart.append(UInt32(refs.count)) }
        let table = Table(keyHashes: FlatArray(hashes), listingStart: FlatArray(listingStart), listingRefs: FlatArray(refs),
                          listingLines: FlatArray(lines), listingOrdinals: FlatArray(ordinals))
        return (LinkIndex(table: table, sources: sources), RowKeys(entries: found.map { ($0.ref, $0.ordinal, $0.key) }))
    }

    /// The key a link written in a file is indexed under; a bare `@handle` has no platform.
    static func key(_ written: String) -> [UInt8]? {
        switch LinkParser.parse(written) {
        case .success(let link): return link.indexKey
        case .failure(.platformNeeded(let handle)): return Link.account(SocialAccount(platform: nil, handle: handle)).indexKey
        case .failure: return nil
        }
    }

    /// The listings of one normalised link, in file order.
    private func listings(_ link: Link) -> [Listing] {
        let key = link.indexKey
        let hash = key.withUnsafeBytes { Checksum.of($0) }
        var lo = 0, hi = table.keyHashes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if table.keyHashes[mid] < hash { lo = mid + 1 } else { hi = mid }
        }
        var result: [Listing] = []
        while lo < table.keyHashes.count, table.keyHashes[lo] == hash {
            let listings = Int(table.listingStart[lo]) ..< Int(table.listingStart[lo + 1])
            let found = listings.compactMap { listing -> Listing? in
                let ref = table.listingRefs[listing]
                let source = Int(ref >> 24), row = Int(ref & 0xFF_FFFF), ordinal = Int(table.listingOrdinals[listing])
                let links = sources[source].links(row: row)
                guard ordinal < links.count else { return nil }
                return Listing(source: source, row: row,
                               subject: SubjectRef(sourceID: sources[source].summary.id, line: Int(table.listingLines[listing])),
                               written: links[ordinal])
            }
            // Every listing of an entry has the same key: the first one's tells whether it is this link's.
            if let first = found.first, Self.key(first.written) == key { result += found }
            lo += 1
        }
        return result
    }

    /// Every listed link `link` matches, closest first: the same page, then pages it lies under
    /// (longest path first), or the same account; one match per subject and written link.
    func matches(_ link: Link) -> [(listing: Listing, kind: LinkMatch.Kind)] {
        var found: [(Listing, LinkMatch.Kind)] = []
        switch link {
        case .page(let page):
            found += listings(.page(page)).map { ($0, .samePage) }
            let deepest = page.query.isEmpty ? page.path.count - 1 : page.path.count
            for depth in stride(from: deepest, through: 0, by: -1) {
                let parent = WebPage(host: page.host, path: Array(page.path.prefix(depth)))
                found += listings(.page(parent)).map { ($0, .sameSite) }
            }
        case .account(let account):
            found += listings(.account(account)).map { ($0, .sameAccount) }
            if account.platform != nil {
                found += listings(.account(SocialAccount(platform: nil, handle: account.handle))).map { ($0, .sameAccount) }
            }
        }
        var seen = Set<Listing>()
        return found.filter { seen.insert($0.0).inserted }
    }
}

extension Link {
    /// The bytes a link is indexed under: its kind and canonical form (which parses back to it).
    var indexKey: [UInt8] {
        switch self {
        case .page(let page): Array(("p " + page.description).utf8)
        case .account(let account): Array(("a " + account.description).utf8)
        }
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

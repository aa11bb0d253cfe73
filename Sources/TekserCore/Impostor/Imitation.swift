/// A subject of the warning list or a criminal-case register built from a licensed
/// organisation's distinctive name, under another BIN or none: a clone firm.
public struct Imitation: Sendable, Hashable {
    /// The impostor's row.
    public let impostor: SubjectRef
    public let impostorName: String
    /// The impostor's BIN, when its row has one (never a person's: persons are never impostors).
    public let impostorBIN: Identifier?
    /// What the impostor's own row says: on the warning list, or a criminal case.
    public let impostorKind: VerdictKind
    /// The licensed organisation whose name it uses.
    public let licensee: LicensedEntity
    /// How it uses the name: in its own name, or in a link (as the file writes it).
    public let via: Via

    public enum Via: Sendable, Hashable {
        case name
        case link(String)

        public var code: String {
            switch self {
            case .name: "name"
            case .link: "link"
            }
        }
    }

    /// The licensee's name in `language`, falling back to its other name.
    public func licenseeName(in language: Language) -> String {
        RecordDetails.licensed(licensee).name(in: language)
    }
}

/// One imitation by rows, as `ImpostorFinder` finds it and the compiled file keeps it (three
/// `u32` each): the rows are read back only when an answer shows the imitation.
struct ImitationRef: Hashable, Sendable {
    /// `source << 24 | row` of the impostor's row and of the licensee's.
    let impostor: UInt32
    let licensee: UInt32
    /// 0 when the name is used; `k + 1` when the row's `k`-th link is.
    let via: UInt32

    init(impostor: UInt32, licensee: UInt32, via: UInt32) {
        self.impostor = impostor
        self.licensee = licensee
        self.via = via
    }

    static func ref(source: Int, row: Int) -> UInt32 { UInt32(source) << 24 | UInt32(row) }
}

/// Every imitation in a data set, found once from the rows (or read from the compiled file),
/// by impostor and by licensee.
public struct ImpostorIndex: Sendable {
    /// Three `u32` per imitation (`ImitationRef`), ordered by the impostor's row.
    let refs: FlatArray<UInt32>
    /// The imitations' numbers ordered by the licensee's row, then by number.
    let byLicensee: FlatArray<UInt32>
    let sources: [RegistrySource]

    init(refs: FlatArray<UInt32>, byLicensee: FlatArray<UInt32>, sources: [RegistrySource]) {
        self.refs = refs
        self.byLicensee = byLicensee
        self.sources = sources
    }

    /// From the finder's list, already ordered by impostor row.
    init(_ found: [ImitationRef], sources: [RegistrySource]) {
        let order = found.indices.sorted { (found[$0].licensee, $0) < (found[$1].licensee, $1) }
        self.init(refs: FlatArray(found.flatMap { [$0.impostor, $0.licensee, $0.via] }), byLicensee: FlatArray(order.map(UInt32.init)),
                  sources: sources)
    }

    var count: Int { refs.count / 3 }

    func ref(_ number: Int) -> ImitationRef {
        ImitationRef(impostor: refs[3 * number], licensee: refs[3 * number + 1], via: refs[3 * number + 2])
    }

    /// Every imitation, in the impostors' file order.
    public var all: [Imitation] { (0 ..< count).compactMap { imitation(ref($0)) } }

    /// The licensed organisations the subject on this row imitates.
    public func imitated(by impostor: SubjectRef) -> [Imitation] {
        guard let source = sources.firstIndex(where: { $0.summary.id == impostor.sourceID }),
              let row = sources[source].row(atLine: impostor.line) else { return [] }
        let key = ImitationRef.ref(source: source, row: row)
        var number = lowerBound(count) { refs[3 * $0] < key }
        var found: [Imitation] = []
        while number < count, refs[3 * number] == key {
            if let imitation = imitation(ref(number)) { found.append(imitation) }
            number += 1
        }
        return found
    }

    /// The subjects that imitate the licensed organisation with this BIN.
    public func impostors(of licensee: UInt64) -> [Imitation] {
        var numbers: [Int] = []
        for (position, source) in sources.enumerated() where source.summary.kind == .licensed {
            for row in source.rows(matching: licensee) {
                let key = ImitationRef.ref(source: position, row: row)
                var at = lowerBound(byLicensee.count) { refs[3 * Int(byLicensee[$0]) + 1] < key }
                while at < byLicensee.count, refs[3 * Int(byLicensee[at]) + 1] == key {
                    numbers.append(Int(byLicensee[at]))
                    at += 1
                }
            }
        }
        return numbers.sorted().compactMap { imitation(ref($0)) }
    }

    /// The first of `0 ..< count` for which `before` is false.
    private func lowerBound(_ count: Int, _ before: (Int) -> Bool) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The imitation its rows tell; `nil` only if a row cannot be read.
    func imitation(_ ref: ImitationRef) -> Imitation? {
        let impostorSource = Int(ref.impostor >> 24), impostorRow = Int(ref.impostor & 0xFF_FFFF)
        let licenseeSource = Int(ref.licensee >> 24), licenseeRow = Int(ref.licensee & 0xFF_FFFF)
        guard impostorSource < sources.count, licenseeSource < sources.count else { return nil }
        let source = sources[impostorSource]
        guard impostorRow < source.rowCount, licenseeRow < sources[licenseeSource].rowCount,
              let line = source.line(ofRow: impostorRow),
              case .licensed(let entity)? = sources[licenseeSource].evidence(row: licenseeRow)?.details else { return nil }
        let via: Imitation.Via
        if ref.via == 0 {
            via = .name
        } else {
            let links = source.links(row: impostorRow)
            guard Int(ref.via) <= links.count else { return nil }
            via = .link(links[Int(ref.via) - 1])
        }
        let warning = source.summary.kind == .warning
        return Imitation(
            impostor: SubjectRef(sourceID: source.summary.id, line: line), impostorName: source.text(.name, row: impostorRow)?.oneLine ?? "",
            impostorBIN: ImpostorFinder.identifier(source, warning ? .bin : .id, impostorRow),
            impostorKind: warning ? .warningList : .criminalCase, licensee: entity, via: via)
    }
}

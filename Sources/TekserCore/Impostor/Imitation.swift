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

/// Every imitation in a data set, found once from the rows, by impostor and by licensee.
public struct ImpostorIndex: Sendable {
    public let all: [Imitation]
    private let byImpostor: [SubjectRef: [Imitation]]
    private let byLicensee: [UInt64: [Imitation]]

    init(_ all: [Imitation]) {
        self.all = all
        byImpostor = Dictionary(grouping: all, by: \.impostor)
        byLicensee = Dictionary(grouping: all, by: \.licensee.bin.number)
    }

    /// The licensed organisations the subject on this row imitates.
    public func imitated(by impostor: SubjectRef) -> [Imitation] { byImpostor[impostor] ?? [] }

    /// The subjects that imitate the licensed organisation with this BIN.
    public func impostors(of licensee: UInt64) -> [Imitation] { byLicensee[licensee] ?? [] }
}

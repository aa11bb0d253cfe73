/// A registry as the answers name it: which list, whose, from which file, as of when.
public struct SourceSummary: Sendable, Hashable, Codable {
    public let id: String
    public let kind: SourceKind
    public let publisher: Publisher
    public let file: String
    public let asOf: CalendarDate
}

/// An organisation in the regulator's register of licences.
public struct LicensedEntity: Sendable, Hashable {
    public let bin: Identifier
    public let nameKk: String?
    public let nameRu: String?
    public let licenceType: LicenceType
    /// The wording of the export, e.g. "Банковская деятельность".
    public let licenceTypeText: String
    public let licenceNumber: String
    public let issueDate: CalendarDate
    public let status: LicenceStatus
    public let statusDate: CalendarDate?
}

/// A subject on the regulator's warning list; many have no BIN, only links.
public struct WarningSubject: Sendable, Hashable {
    public let number: String
    public let name: String
    public let bin: Identifier?
    public let links: [String]
    public let dateAdded: CalendarDate
    public let note: String?
}

/// A pre-trial investigation registered by AFM or MVD.
public struct CriminalCase: Sendable, Hashable {
    public let caseNumber: String
    public let subject: Identifier
    public let name: String
    /// As written, e.g. "217 ч.2".
    public let article: String
    public let registrationDate: CalendarDate
    public let status: String
    public let agency: String?

    /// Article 217 is the financial pyramid itself; 217-1 its advertising.
    public var isPyramidArticle: Bool {
        let digits = article.drop { !$0.isNumber }.prefix { $0.isNumber }
        return digits == "217"
    }
}

/// The typed content of a matching row.
public enum RecordDetails: Sendable, Hashable {
    case licensed(LicensedEntity)
    case warning(WarningSubject)
    case criminalCase(CriminalCase)

    /// The BIN or IIN the row names, if it has one.
    public var identifier: Identifier? {
        switch self {
        case .licensed(let entity): entity.bin
        case .warning(let subject): subject.bin
        case .criminalCase(let record): record.subject
        }
    }

    /// The subject's name in the language asked for, falling back to any name the row has; on
    /// one line, as titles show it.
    public func name(in language: Language) -> String {
        switch self {
        case .licensed(let entity):
            let preferred = language == .kk ? [entity.nameKk, entity.nameRu] : [entity.nameRu, entity.nameKk]
            return preferred.compactMap { $0 }.first?.oneLine ?? ""
        case .warning(let subject): return subject.name.oneLine
        case .criminalCase(let record): return record.name.oneLine
        }
    }
}

/// One matching row, kept whole as the evidence behind an answer.
public struct Evidence: Sendable, Hashable {
    public let source: SourceSummary
    /// 1-based line of the row in its file.
    public let line: Int
    /// Every mapped field of the row, in the source kind's field order, as written in the file.
    public let fields: [FieldValue]
    public let details: RecordDetails

    public struct FieldValue: Sendable, Hashable {
        public let field: Field
        public let value: String
    }
}

/// Tekser's names for the columns of a registry; the manifest maps file headers to them.
public enum Field: String, CaseIterable, Sendable, Codable {
    // Licensed entities
    case bin, nameKk = "name_kk", nameRu = "name_ru", licenceType = "licence_type"
    case licenceNumber = "licence_number", issueDate = "issue_date", status, statusDate = "status_date"
    // Warning list
    case number, name, links, dateAdded = "date_added", note
    // Criminal cases
    case caseNumber = "case_number", id, article, registrationDate = "registration_date", agency

    /// The catalog key of the field's human name, e.g. "licence number".
    public var message: Message { Message("field.\(rawValue)") }
}

/// The three kinds of registry Tekser knows.
public enum SourceKind: String, CaseIterable, Sendable, Codable {
    case licensed
    case warning
    case criminalCase = "criminal_case"

    /// The fields a file of this kind must map, in display order.
    public var requiredFields: [Field] {
        switch self {
        case .licensed: [.bin, .licenceType, .licenceNumber, .issueDate, .status]
        case .warning: [.number, .name, .dateAdded]
        case .criminalCase: [.caseNumber, .id, .name, .article, .registrationDate, .status]
        }
    }

    /// The fields it may map besides the required ones.
    public var optionalFields: [Field] {
        switch self {
        case .licensed: [.nameKk, .nameRu, .name, .statusDate]
        case .warning: [.bin, .links, .note]
        case .criminalCase: [.agency]
        }
    }

    /// Every field in display order: required first.
    public var fields: [Field] { requiredFields + optionalFields }

    /// Fields holding a date.
    static let dateFields: Set<Field> = [.issueDate, .statusDate, .dateAdded, .registrationDate]

    public var message: Message { Message("source.kind.\(rawValue)") }
}

/// Who publishes a registry.
public enum Publisher: String, CaseIterable, Sendable, Codable {
    case ARDFM, AFM, MVD

    public var message: Message { Message("publisher.\(rawValue)") }
}

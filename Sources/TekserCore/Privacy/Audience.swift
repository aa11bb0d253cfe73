/// Who reads the answers, which decides whether persons may be surfaced.
///
/// Criminal-case registers at the pre-trial stage name private persons who are presumed
/// innocent. Staff tools (the desk, `tekser check`, `tekser find`) show them, masked; a public
/// chat or kiosk answers about a person only to their exact IIN, with the verdict and the
/// registry, never their name: it is no search engine for people.
public enum Audience: Sendable, Hashable {
    case staff
    case citizen
}

extension RecordDetails {
    /// The row is about a private person: its identifier is an IIN.
    public var isPerson: Bool { identifier?.kind == .iin }

    /// The same row without the person's name or anything that leads to them (notes, links).
    var withoutPersonalNames: RecordDetails {
        switch self {
        case .licensed(let e):
            .licensed(LicensedEntity(bin: e.bin, nameKk: nil, nameRu: nil, licenceType: e.licenceType, licenceTypeText: e.licenceTypeText,
                                     licenceNumber: e.licenceNumber, issueDate: e.issueDate, status: e.status, statusDate: e.statusDate))
        case .warning(let s):
            .warning(WarningSubject(number: s.number, name: "", bin: s.bin, links: [], dateAdded: s.dateAdded, note: nil))
        case .criminalCase(let c):
            .criminalCase(CriminalCase(caseNumber: c.caseNumber, subject: c.subject, name: "", article: c.article,
                                       registrationDate: c.registrationDate, status: c.status, agency: c.agency))
        }
    }
}

extension Evidence {
    /// Fields that name a person or lead to them.
    static let personalFields: Set<Field> = [.name, .nameKk, .nameRu, .note, .links]

    /// The row as a citizen may see it: a person's row keeps its registry, case and dates, not
    /// their name.
    func shown(to audience: Audience) -> Evidence {
        guard audience == .citizen, details.isPerson else { return self }
        return Evidence(source: source, line: line, fields: fields.filter { !Self.personalFields.contains($0.field) },
                        details: details.withoutPersonalNames)
    }
}

/// What the digits of a valid identifier say, ready to be shown in the user's language.
public enum IdentifierDetails: Hashable, Sendable, Localizable {
    case bin(BINDetails)
    case iin(IINDetails)

    public var kind: IdentifierKind {
        switch self {
        case .bin: .bin
        case .iin: .iin
        }
    }

    public var message: Message {
        switch self {
        case .bin(let details): details.message
        case .iin(let details): details.message
        }
    }

    /// Decodes twelve digit values whose check digit is already known to be right.
    init(values d: [Int], referenceYear: Int) throws(IdentifierProblem) {
        switch d[4] {
        case 0...3: self = .iin(try IINDetails(values: d))
        case 4...6: self = .bin(try BINDetails(values: d, referenceYear: referenceYear))
        default: throw .unknownKind(d[4])
        }
    }
}

/// A BIN: when and as what the business was registered.
public struct BINDetails: Hashable, Sendable, Localizable {
    /// The 5th digit.
    public enum Registrant: Int, Hashable, Sendable, CaseIterable, Localizable {
        case residentLegalEntity = 4
        case nonResidentLegalEntity = 5
        case jointVentureEntrepreneur = 6

        public var message: Message { Message("identifier.registrant.\(self)") }
    }

    /// The 6th digit.
    public enum Unit: Int, Hashable, Sendable, CaseIterable, Localizable {
        case headOffice = 0
        case branch = 1
        case representativeOffice = 2
        case jointVentureFarm = 3

        public var message: Message { Message("identifier.unit.\(self)") }
    }

    /// Registration year, from `YY`: `20YY` unless that is after the reference year, then `19YY`.
    public let year: Int
    public let month: Int
    public let registrant: Registrant
    public let unit: Unit

    init(values d: [Int], referenceYear: Int) throws(IdentifierProblem) {
        let yy = d[0] * 10 + d[1]
        year = 2000 + yy <= referenceYear ? 2000 + yy : 1900 + yy
        month = d[2] * 10 + d[3]
        guard (1...12).contains(month) else { throw .impossibleMonth(month) }
        guard let registrant = Registrant(rawValue: d[4]) else { throw .unknownKind(d[4]) }
        guard let unit = Unit(rawValue: d[5]) else { throw .unknownUnit(d[5]) }
        self.registrant = registrant
        self.unit = unit
    }

    public var message: Message {
        Message("identifier.details.bin", [
            "date": .message(CalendarDate.monthMessage(year: year, month: month)),
            "registrant": .message(registrant.message),
            "unit": .message(unit.message),
        ])
    }
}

/// An IIN: a person's number. What it encodes (birth date, century and sex) is checked here,
/// so an impossible date is caught, and then forgotten: no answer may show it (see `PersonalData`).
public struct IINDetails: Hashable, Sendable, Localizable {
    /// The 7th digit gives century and sex (1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s).
    init(values d: [Int]) throws(IdentifierProblem) {
        let centuryAndSex = d[6]
        guard (1...6).contains(centuryAndSex) else { throw .unknownCentury(centuryAndSex) }
        let year = 1800 + 100 * ((centuryAndSex - 1) / 2) + d[0] * 10 + d[1]
        let month = d[2] * 10 + d[3]
        guard (1...12).contains(month) else { throw .impossibleMonth(month) }
        let birthDate = CalendarDate(year: year, month: month, day: d[4] * 10 + d[5])
        guard birthDate.exists else { throw .impossibleDate(birthDate) }
    }

    /// "a person's identification number": nothing of what the digits encode.
    public var message: Message { Message("identifier.details.iin") }
}

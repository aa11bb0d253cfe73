import TekserCore

/// The 5th BIN digit: what kind of legal person registered.
enum BINKind: Int, CaseIterable {
    case resident = 4
    case nonResident = 5
    case entrepreneurInJointVenture = 6
}

/// The 6th BIN digit: which unit of the legal person this is.
enum BINUnit: Int, CaseIterable {
    case headOffice = 0
    case branch = 1
    case representativeOffice = 2
    case peasantFarm = 3
}

/// Builds BINs and IINs from their parts; `nil` where the check digit says "never issued".
enum Identifiers {
    static func bin(year: Int, month: Int, kind: BINKind, unit: BINUnit, serial: Int) -> String? {
        var body: [Int] = []
        body.reserveCapacity(12)
        Digits.append(year % 100, width: 2, to: &body)
        Digits.append(month, width: 2, to: &body)
        body += [kind.rawValue, unit.rawValue]
        Digits.append(serial, width: 5, to: &body)
        return withCheckDigit(body)
    }

    /// The 7th digit encodes century and sex: 1/2 for the 1800s, 3/4 the 1900s, 5/6 the 2000s; odd is male.
    static func iin(birth: CalendarDate, female: Bool, serial: Int) -> String? {
        let century = (birth.year / 100 - 18) * 2 + (female ? 2 : 1)
        var body: [Int] = []
        body.reserveCapacity(12)
        for part in [birth.year % 100, birth.month, birth.day] { Digits.append(part, width: 2, to: &body) }
        body.append(century)
        Digits.append(serial, width: 4, to: &body)
        return withCheckDigit(body)
    }

    /// The same identifier with its last digit replaced by a wrong one, for the invalid-input sample.
    static func withWrongCheckDigit(_ identifier: String) -> String {
        let digits = identifier.compactMap(\.wholeNumberValue)
        return Digits.text(digits.dropLast() + [(digits[11] + 1) % 10])
    }

    private static func withCheckDigit(_ body: [Int]) -> String? {
        guard let check = CheckDigit.compute(body) else { return nil }
        var digits = body
        digits.append(check)
        return Digits.text(digits)
    }
}

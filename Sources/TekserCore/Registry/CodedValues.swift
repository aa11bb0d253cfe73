import Synchronization

/// The state of a licence in the regulator's register.
public enum LicenceStatus: String, CaseIterable, Sendable, Codable {
    case active, suspended, revoked, terminated

    /// Spellings seen in exports, besides the canonical English word; a manifest may add more.
    static let spellings: [LicenceStatus: [String]] = [
        .active: ["действующая", "действует", "действующий", "активна", "жарамды", "қолданыста", "қолданыстағы"],
        .suspended: ["приостановлена", "приостановлено", "приостановление", "тоқтатыла тұрған", "тоқтатылған"],
        .revoked: ["отозвана", "лишена", "лишение", "отзыв", "кері қайтарылған", "кері қайтарып алынған"],
        .terminated: ["прекращена", "прекращено", "прекращение", "қолданысы тоқтатылған", "тоқтатылды"],
    ]

    public var message: Message { Message("licence.status.\(rawValue)") }
}

/// What a licence allows; collection agencies are registered rather than licensed.
public enum LicenceType: String, CaseIterable, Sendable, Codable {
    case bank, insurer, reinsurer, insuranceBroker = "insurance_broker", brokerDealer = "broker_dealer"
    case portfolioManager = "portfolio_manager", registrar, custodian, microfinance, pawnshop
    case creditBureau = "credit_bureau", exchangeOffice = "exchange_office", collectionAgency = "collection_agency"
    case other

    /// Words that identify the type inside a longer official wording (lower case).
    static let spellings: [LicenceType: [String]] = [
        .bank: ["банковск", "банк", "bank"],
        .reinsurer: ["перестрах", "қайта сақтандыру", "reinsur"],
        .insuranceBroker: ["страховой брокер", "страхового брокера", "сақтандыру брокері", "insurance broker"],
        .insurer: ["страхов", "сақтандыру", "insur"],
        .brokerDealer: ["брокерск", "дилерск", "брокер", "broker"],
        .portfolioManager: ["управлени", "портфел", "portfolio"],
        .registrar: ["реестр", "тізілім", "registrar"],
        .custodian: ["кастодиальн", "кастодиан", "custod"],
        .microfinance: ["микрофинанс", "шағын қаржы", "microfinance", "мфо"],
        .pawnshop: ["ломбард", "pawn"],
        .creditBureau: ["кредитн", "кредитное бюро", "кредиттік бюро", "credit bureau"],
        .exchangeOffice: ["обменн", "айырбастау", "exchange"],
        .collectionAgency: ["коллектор", "collection"],
    ]

    /// The order in which spellings are tried: more specific wordings first.
    static let matchOrder: [LicenceType] = [
        .collectionAgency, .reinsurer, .insuranceBroker, .creditBureau, .microfinance, .pawnshop,
        .exchangeOffice, .custodian, .registrar, .portfolioManager, .brokerDealer, .insurer, .bank,
    ]

    public var message: Message { Message("licence.type.\(rawValue)") }
}

/// Maps the text of a coded column to its value, with the manifest's extra spellings.
struct ValueMapper<Value: RawRepresentable & Hashable & CaseIterable & Sendable>: Sendable where Value.RawValue == String {
    private var exact: [String: Value] = [:]
    /// Spellings as bytes, tried in order inside a longer text.
    private let contains: [([UInt8], Value)]

    /// `substring`: also accept a text that merely contains a spelling (for long official wordings).
    init(builtIn: [Value: [String]], extra: [String: [String]], order: [Value]? = nil, substring: Bool) {
        for value in Value.allCases { exact[value.rawValue.lowercased()] = value }
        var pairs: [(String, Value)] = []
        for (name, spellings) in extra {
            guard let value = Value(rawValue: name) else { continue }
            for spelling in spellings { exact[spelling.lowercased()] = value; pairs.append((spelling.lowercased(), value)) }
        }
        for value in order ?? Array(Value.allCases) {
            for spelling in builtIn[value] ?? [] {
                if exact[spelling] == nil { exact[spelling] = value }
                pairs.append((spelling, value))
            }
        }
        contains = substring ? pairs.map { (Array($0.0.utf8), $0.1) } : []
    }

    /// Answers remembered by text: a column holds a handful of distinct wordings, and folding
    /// one (trimming, lower-casing, searching) costs microseconds.
    private let remembered = RememberedValues<Value>()

    func value(of text: String) -> Value? {
        remembered.value(of: text) { mapped(text) }
    }

    private func mapped(_ text: String) -> Value? {
        let key = text.trimmingSpaces.lowercased()
        if let value = exact[key] { return value }
        let haystack = Array(key.utf8)
        return contains.first { Self.bytes(haystack, contain: $0.0) }?.1
    }
}

/// The last few texts a `ValueMapper` was asked about, with its answers.
final class RememberedValues<Value: Sendable>: Sendable {
    private let table = Mutex<[String: Value?]>([:])
    static var limit: Int { 256 }

    func value(of text: String, _ map: () -> Value?) -> Value? {
        if let known = table.withLock({ $0[text] }) { return known }
        let value = map()
        table.withLock { if $0.count < Self.limit { $0[text] = value } }
        return value
    }
}

extension ValueMapper<LicenceStatus> {
    /// Licence statuses as `description` spells them.
    static func statuses(of description: SourceDescription) -> Self {
        Self(builtIn: LicenceStatus.spellings, extra: description.values[.status] ?? [:], substring: false)
    }
}

extension ValueMapper<LicenceType> {
    /// Licence types as `description` spells them, also inside longer wordings.
    static func types(of description: SourceDescription) -> Self {
        Self(builtIn: LicenceType.spellings, extra: description.values[.licenceType] ?? [:], order: LicenceType.matchOrder, substring: true)
    }
}

extension ValueMapper {
    /// Plain byte search: Foundation's locale-aware `contains` costs microseconds per call.
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start ..< start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

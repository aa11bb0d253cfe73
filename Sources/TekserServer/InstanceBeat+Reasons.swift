import Foundation
import TekserCore

extension InstanceBeat {
    /// `refused_reason` as an instance sends it: the reasons' keys and arguments, not words,
    /// so `fleet status --lang en` shows English whatever the kiosk's language.
    public static func refusedReason(_ reasons: [Message]) -> String? {
        guard !reasons.isEmpty, let json = try? JSONEncoder().encode(reasons) else { return nil }
        return String(decoding: json, as: UTF8.self)
    }

    /// The refusal reasons worded in `language`; a beat from an older Tekser sent words, shown as they are.
    public func refusedReason(in language: Language, catalog: Catalog) -> String? {
        guard let refusedReason else { return nil }
        guard let reasons = try? JSONDecoder().decode([Message].self, from: Data(refusedReason.utf8)) else { return refusedReason }
        return reasons.map { catalog.text($0, in: language) }.joined(separator: "; ")
    }
}

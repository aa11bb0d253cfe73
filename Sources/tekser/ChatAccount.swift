import Foundation
import TekserBot
import TekserCore
import TekserStore

/// The chat's account between runs: its language and today's checks, kept in SQLite so that
/// quitting and starting again neither forgets the language nor renews the daily quota.
struct ChatAccount {
    let name: String
    let store: AccountStore?

    /// The login name's account; without a usable store the chat still runs, remembering nothing.
    static func current() -> ChatAccount {
        let environment = ProcessInfo.processInfo.environment
        let name = environment["USER"] ?? environment["LOGNAME"] ?? "local"
        return ChatAccount(name: name, store: try? AccountStore.open(at: AccountStore.defaultURL()))
    }

    /// The state to start from; `--lang` given explicitly wins over the remembered language.
    func startState(language explicit: Language?, default fallback: Language) -> ChatState {
        guard let stored = try? store?.load(name) else { return ChatState(language: explicit ?? fallback) }
        var state = ChatState(language: explicit ?? stored.language)
        state.languageChosen = true
        state.quota.day = stored.quotaDay
        state.quota.used = stored.quotaUsed
        return state
    }

    func save(_ state: ChatState) {
        try? store?.save(StoredAccount(language: state.language, quotaDay: state.quota.day, quotaUsed: state.quota.used), as: name)
    }
}

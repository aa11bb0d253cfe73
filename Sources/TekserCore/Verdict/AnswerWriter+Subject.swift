import Foundation

extension AnswerWriter {
    /// The whole answer to a link or a subject without BIN: verdict first, then the names, which
    /// of the subject's links matched and how, the registries with their dates, and the meaning.
    public func summary(_ verdict: SubjectVerdict) -> [String] {
        var lines = [headline(verdict.kind)]
        lines += verdict.names(in: language).map { "  \($0)" }
        if let link = verdict.link { lines.append(text("link.checked", ["link": .text(shown(link))])) }
        lines += verdict.matchedLinks.map { text("link.matched", ["link": .text($0.written), "how": .message($0.kind.message)]) }
        lines += registryLines(verdict)
        lines.append(text("answer.meaning.\(verdict.kind.code)"))
        if verdict.kind == .notFound, verdict.link != nil { lines.append(text("link.meaning.not_found")) }
        if verdict.isDemo { lines.append(text("common.demoData")) }
        return lines
    }

    /// What to do after a link's verdict; a link found nowhere also gets what else to check.
    public func advice(_ verdict: SubjectVerdict) -> String {
        let general = advice(verdict.kind)
        return verdict.kind == .notFound && verdict.link != nil ? general + "\n" + text("link.advice.not_found") : general
    }

    /// A link as a person reads it: a Cyrillic domain in Cyrillic, an account as network and `@handle`.
    public func shown(_ link: Link) -> String {
        switch link {
        case .page(let page):
            let host = URLComponents(string: "https://" + page.host)?.host ?? page.host
            return WebPage(host: host, path: page.path, query: page.query).description
        case .account(let account):
            let handle = "@" + account.handle
            guard let platform = account.platform else { return handle }
            return text("link.account", ["platform": .message(platform.message), "handle": .text(handle)])
        }
    }

    /// Why a link cannot be checked, marked like an invalid identifier.
    public func invalid(link problem: LinkProblem) -> [String] {
        ["\(VerdictKind.invalidSymbol(ascii: ascii)) \(text(problem.message))"]
    }
}

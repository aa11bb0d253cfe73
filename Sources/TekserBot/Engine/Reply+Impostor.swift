import TekserCore

/// Clone firms in the chat: under an impostor's answer a button for the licensee it imitates,
/// under a licensee's answer one per subject that imitates it.
extension Reply {
    /// At most this many imitators get a button.
    static let impostorButtonLimit = 5

    func impostorRows(_ answer: some EvidenceBacked) -> [[InlineButton]] {
        let licensees = answer.imitates.map { imitation in
            InlineButton("\(VerdictKind.licensed.symbol(ascii: bot.ascii)) \(imitation.licenseeName(in: state.language))",
                         data: Callback.check(imitation.licensee.bin.digits).data)
        }
        let impostors = answer.imitatedBy.prefix(Self.impostorButtonLimit).compactMap { imitation -> InlineButton? in
            let data = imitation.impostorBIN.map { Callback.check($0.digits).data } ?? Callback.subject(imitation.impostor).data
            // Telegram's limit on callback data: a very long source id gets no button.
            guard data.utf8.count <= 64 else { return nil }
            return InlineButton("\(imitation.impostorKind.symbol(ascii: bot.ascii)) \(imitation.impostorName)", data: data)
        }
        return (licensees + impostors).map { [$0] }
    }
}

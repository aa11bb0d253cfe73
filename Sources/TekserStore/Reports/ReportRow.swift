import Foundation
import TekserCore

/// One citizen's report exactly as a journal stores it: the subject's IIN masked and hashed,
/// the text masked once more, a UUID so the team's server takes it once however often it is
/// delivered. Made in one place for the SQLite journal, the outbox and the server alike.
/// Codable with the server's column names, as `StoredInquiry` is.
package struct ReportRow: Codable, Sendable, Hashable {
    package let uuid: UUID
    /// Milliseconds since 1970, UTC.
    package let recordedAt: Int64
    /// `YYYY-MM-DD HH:MM:SS` on the machine's clock.
    package let localTime: String
    package let channel: String
    package let subjectKind: String
    package let subject: String
    package let subjectKey: String
    package let verdict: String
    package let approach: String
    package let paid: String
    package let text: String

    enum CodingKeys: String, CodingKey {
        case uuid, channel, subject, verdict, approach, paid, text
        case recordedAt = "recorded_at", localTime = "local_time", subjectKind = "subject_kind", subjectKey = "subject_key"
    }

    package init(_ report: CitizenReport, channel: ReportChannel, key: IdentifierKey, timeZone: TimeZone, uuid: UUID = UUID()) {
        (subjectKind, subject, subjectKey) = switch report.subject {
        case .identifier(let identifier): (identifier.kind.rawValue, identifier.masked, key.subjectKey(for: identifier))
        case .link(let link): ("link", PersonalData.masked(link.description), StoredInquiry.subjectKey(link))
        case .listed(let ref, let name): ("listed", PersonalData.masked(name), "row:\(ref.sourceID):\(ref.line)")
        }
        self.uuid = uuid
        recordedAt = Int64((report.at.timeIntervalSince1970 * 1000).rounded())
        localTime = ClockTime(timeZone: timeZone).dateTime(report.at)
        self.channel = channel.rawValue
        verdict = report.verdict.code
        approach = report.approach.rawValue
        paid = report.payment.rawValue
        text = PersonalData.masked(report.text)
    }

    /// The report as listings show it, numbered `id`; `nil` when a code is unknown to this Tekser.
    package func stored(id: Int64) -> StoredReport? {
        guard let channel = ReportChannel(rawValue: channel), let approach = CitizenReport.Approach(rawValue: approach),
              let payment = CitizenReport.Payment(rawValue: paid) else { return nil }
        return StoredReport(
            id: id, at: Date(timeIntervalSince1970: Double(recordedAt) / 1000), localTime: localTime, channel: channel,
            subjectKind: subjectKind, subject: subject, subjectKey: subjectKey, verdict: verdict, approach: approach,
            payment: payment, text: text)
    }
}

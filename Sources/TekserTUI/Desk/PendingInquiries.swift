import Foundation
import TekserCore

/// Inquiries answered on screen that the journal refused (a full disk, a file gone bad):
/// kept in memory, in order, and written as soon as the journal takes them again. Never dropped.
struct PendingInquiries {
    private struct Inquiry {
        let localID: Int64
        let result: CheckResult
        let typed: String
        var channel: Channel
        var note: String
        let date: Date
    }

    private var inquiries: [Inquiry] = []
    private var lastLocalID: Int64 = 0

    var isEmpty: Bool { inquiries.isEmpty }

    /// Keeps an inquiry the journal refused and returns it as the screen shows it until written.
    mutating func keep(_ result: CheckResult, typed: String, channel: Channel, at date: Date, operatorName: String,
                       clock: ClockTime) -> DeskEntry {
        lastLocalID -= 1
        inquiries.append(Inquiry(localID: lastLocalID, result: result, typed: typed, channel: channel, note: "", date: date))
        let verdict: VerdictKind? = if case .verdict(let found) = result { found.kind } else { nil }
        let shown = if case .verdict(let found) = result { found.identifier.masked } else { typed }
        return DeskEntry(id: lastLocalID, time: clock.hoursMinutes(date),
                         operatorName: operatorName, shown: shown, verdict: verdict, channel: channel, note: "",
                         result: result, isSaved: false)
    }

    /// Changes a kept inquiry's note or channel (nil leaves it); false when `id` is not kept here.
    mutating func update(note: String?, channel: Channel?, for id: Int64) -> Bool {
        guard let index = inquiries.firstIndex(where: { $0.localID == id }) else { return false }
        if let note { inquiries[index].note = note }
        if let channel { inquiries[index].channel = channel }
        return true
    }

    /// Writes the kept inquiries in order, stopping at the first refusal: returns those written
    /// (local id, entry as stored) and the refusal, if any; the rest stay kept.
    mutating func flush(into journal: any DeskJournal) -> (saved: [(localID: Int64, entry: DeskEntry)], error: (any Error)?) {
        var saved: [(localID: Int64, entry: DeskEntry)] = []
        while let first = inquiries.first {
            do {
                var entry = try journal.record(first.result, typed: first.typed, channel: first.channel, at: first.date)
                inquiries.removeFirst()
                if !first.note.isEmpty {
                    // Recorded already: if only the note fails, the inquiry itself is kept and the note said why.
                    entry.note = (try? journal.update(note: first.note, channel: nil, for: entry.id)) ?? ""
                }
                saved.append((first.localID, entry))
            } catch {
                return (saved, error)
            }
        }
        return (saved, nil)
    }
}

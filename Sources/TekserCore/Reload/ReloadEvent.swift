import Foundation

/// Rows of one source as a load found them: what logs, status files and screens report.
public struct SourceCounts: Sendable, Equatable, Codable {
    public let id: String
    public let file: String
    public let asOf: CalendarDate
    public let read: Int
    public let loaded: Int
    public let rejected: Int

    public init(_ report: LoadReport) {
        id = report.source.id
        file = report.source.file
        asOf = report.source.asOf
        read = report.rowsRead
        loaded = report.loaded
        rejected = report.rejected
    }
}

/// Something that happened to the data in use: the start-up load, a swap, or a refusal.
public struct ReloadEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case loaded, swapped, refused
    }

    /// Increases by one with every event, so followers can tell which they have seen.
    public let sequence: Int
    public let date: Date
    public let kind: Kind
    /// The generation in use after the event.
    public let generation: Int
    /// Empty unless refused.
    public let reasons: [RefusalReason]
    /// The rows of the version loaded, swapped in or refused (empty when it could not be loaded).
    public let counts: [SourceCounts]
    /// For a swap, what changed against the version it replaced.
    public let changes: ChangeCounts?

    public init(sequence: Int, date: Date, kind: Kind, generation: Int, reasons: [RefusalReason], counts: [SourceCounts],
                changes: ChangeCounts? = nil) {
        self.sequence = sequence
        self.date = date
        self.kind = kind
        self.generation = generation
        self.reasons = reasons
        self.counts = counts
        self.changes = changes
    }

    /// One line for the operator: what happened and, for a refusal, the first reason.
    public var message: Message {
        switch kind {
        case .loaded: Message("reload.loaded", ["generation": .number(generation), "count": .number(counts.count)])
        case .swapped:
            if let changes {
                Message("reload.swappedWithChanges", [
                    "generation": .number(generation), "count": .number(counts.count), "changes": .message(changes.message),
                ])
            } else {
                Message("reload.swapped", ["generation": .number(generation), "count": .number(counts.count)])
            }
        case .refused:
            Message("reload.refused", ["reason": reasons.first.map { .message($0.message) } ?? .text("?"), "count": .number(reasons.count)])
        }
    }
}

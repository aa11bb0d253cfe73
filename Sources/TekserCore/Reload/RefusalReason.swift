/// Why a new version of the data folder was not swapped in; the data in use stays.
public enum RefusalReason: Error, Sendable, Equatable, Localizable {
    /// The folder, the manifest or a file could not be loaded at all.
    case loadFailed(DataLoadError)
    /// More rows were rejected than the manifest's `max_rejected_percent` allows.
    case tooManyRejected(source: String, rejected: Int, read: Int, limitPercent: Double)
    /// The source lost more rows than `max_shrink_percent` allows, e.g. a truncated export.
    case shrunk(source: String, before: Int, after: Int, limitPercent: Double)
    /// Rows were rejected, which `tekser data check` (and so `tekser data publish`) accepts none of.
    case rowsRejected(source: String, count: Int)

    public var message: Message {
        switch self {
        case .loadFailed(let error):
            Message("reload.reason.loadFailed", ["reason": .message(error.message)])
        case .tooManyRejected(let source, let rejected, let read, let limit):
            Message("reload.reason.tooManyRejected", [
                "source": .text(source), "count": .number(rejected), "read": .number(read), "limit": .text(Self.percent(limit)),
            ])
        case .rowsRejected(let source, let count):
            Message("reload.reason.rowsRejected", ["source": .text(source), "count": .number(count)])
        case .shrunk(let source, let before, let after, let limit):
            Message("reload.reason.shrunk", [
                "source": .text(source), "before": .number(before), "count": .number(after), "limit": .text(Self.percent(limit)),
            ])
        }
    }

    private static func percent(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// The checks a freshly loaded data set must pass before it replaces the one in use.
public enum ReloadValidator {
    /// Sources whose rejected rows exceed their manifest's limit; also what `tekser data check` enforces.
    public static func rejectionRefusals(_ data: DataSet) -> [RefusalReason] {
        zip(data.manifest.sources, data.reports).compactMap { description, report in
            guard report.rowsRead > 0,
                  Double(report.rejected) * 100 > description.maxRejectedPercent * Double(report.rowsRead) else { return nil }
            return .tooManyRejected(source: description.id, rejected: report.rejected, read: report.rowsRead,
                                    limitPercent: description.maxRejectedPercent)
        }
    }

    /// Every reason to keep `current` instead of `candidate`; empty when the swap may go ahead.
    public static func refusals(_ candidate: DataSet, current: DataSet) -> [RefusalReason] {
        refusals(candidate, current: current.reports.map(SourceCounts.init))
    }

    /// The same against the rows of a version known by its counts only (the newest published one).
    public static func refusals(_ candidate: DataSet, current: [SourceCounts]) -> [RefusalReason] {
        let before = Dictionary(current.map { ($0.id, $0.loaded) }, uniquingKeysWith: { first, _ in first })
        let shrinks = zip(candidate.manifest.sources, candidate.reports).compactMap { description, report -> RefusalReason? in
            guard let old = before[description.id], old > 0,
                  Double(old - report.loaded) * 100 > description.maxShrinkPercent * Double(old) else { return nil }
            return .shrunk(source: description.id, before: old, after: report.loaded, limitPercent: description.maxShrinkPercent)
        }
        // A source the new manifest no longer names is a registry lost whole.
        let kept = Set(candidate.manifest.sources.map(\.id))
        let dropped = current.filter { !kept.contains($0.id) && $0.loaded > 0 }.map { counts in
            RefusalReason.shrunk(source: counts.id, before: counts.loaded, after: 0, limitPercent: 0)
        }
        return rejectionRefusals(candidate) + shrinks + dropped
    }
}

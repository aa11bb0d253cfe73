/// The changes between two versions that alter answers, counted: what the log and the desk's
/// status line say after a swap ("3 licences revoked, 5 subjects added").
public struct ChangeCounts: Sendable, Equatable, Codable {
    public var licencesAdded = 0
    public var licencesRemoved = 0
    public var licencesRevoked = 0
    public var licencesSuspended = 0
    public var licencesReinstated = 0
    public var subjectsAdded = 0
    public var subjectsRemoved = 0
    public var casesAdded = 0
    public var casesRemoved = 0
    /// Rows changed in other ways (a name, a date, a case's status).
    public var otherChanges = 0

    public init() {}

    init(_ sources: [SourceDiff]) {
        for source in sources {
            switch source.kind {
            case .licensed:
                licencesAdded += source.added.count
                licencesRemoved += source.removed.count
            case .warning:
                subjectsAdded += source.added.count
                subjectsRemoved += source.removed.count
            case .criminalCase:
                casesAdded += source.added.count
                casesRemoved += source.removed.count
            }
            for row in source.changed { count(row) }
        }
    }

    private mutating func count(_ row: SourceDiff.ChangedRow) {
        guard case .licensed(let before) = row.old.evidence.details, case .licensed(let after) = row.new.evidence.details,
              before.status != after.status else {
            otherChanges += 1
            return
        }
        switch after.status {
        case .revoked, .terminated: licencesRevoked += 1
        case .suspended: licencesSuspended += 1
        case .active: licencesReinstated += 1
        }
    }

    /// Each non-zero count with its catalog key, in the order the summary names them.
    var parts: [(key: String, count: Int)] {
        [("licencesRevoked", licencesRevoked), ("licencesSuspended", licencesSuspended),
         ("licencesReinstated", licencesReinstated), ("licencesAdded", licencesAdded), ("licencesRemoved", licencesRemoved),
         ("subjectsAdded", subjectsAdded), ("subjectsRemoved", subjectsRemoved), ("casesAdded", casesAdded),
         ("casesRemoved", casesRemoved), ("otherChanges", otherChanges)].filter { $0.count > 0 }
    }

    public var isEmpty: Bool { parts.isEmpty }

    /// "3 licences revoked, 5 subjects added", or "no rows changed".
    public var message: Message {
        let messages = parts.map { Message("diff.summary.\($0.key)", ["count": .number($0.count)]) }
        guard var list = messages.last else { return Message("diff.summary.none") }
        for message in messages.dropLast().reversed() {
            list = Message("diff.summary.list", ["first": .message(message), "rest": .message(list)])
        }
        return list
    }
}

import Synchronization

/// The data a running Tekser answers from, in one small value: what its screen's header says
/// and what a fleet heartbeat reports. No identifiers and nothing personal.
public struct DataState: Sendable, Equatable {
    /// The published version in use; `nil` for a local data folder (or before any data).
    public var version: Int?
    /// The latest version refused since the last swap (`nil` for a local folder's refusal), and why.
    public var refusedVersion: Int?
    public var refusalReasons: [RefusalReason]
    /// No data to answer from yet: a kiosk shows "out of service".
    public var outOfService: Bool
    /// The server did not answer the last time it was asked for a newer version: the data in
    /// use comes from the local cache and may be behind.
    public var serverAway: Bool

    public init(version: Int? = nil, refusedVersion: Int? = nil, refusalReasons: [RefusalReason] = [], outOfService: Bool = false,
                serverAway: Bool = false) {
        self.version = version
        self.refusedVersion = refusedVersion
        self.refusalReasons = refusalReasons
        self.outOfService = outOfService
        self.serverAway = serverAway
    }

    /// For a header or status line: the published version in use, and that no newer one could be
    /// looked for while the server is away; `nil` for a local folder.
    public var note: Message? {
        guard let version else { return nil }
        return Message(serverAway ? "published.note.away" : "published.note.version", ["version": .number(version)])
    }
}

/// Where a running program keeps its `DataState`, written by whatever loads its data (the live
/// data session, the published-data follower) and read by anyone (the screen's feed, the fleet
/// heartbeat) from any thread.
public final class DataInUse: Sendable {
    private let value: Mutex<DataState>

    public init(_ state: DataState = DataState()) {
        value = Mutex(state)
    }

    /// The state as of now, a copy: the caller reads it without holding anyone up.
    public var state: DataState { value.withLock { $0 } }

    /// Changes the state in place; returns the new state.
    @discardableResult
    public func update(_ change: (inout DataState) -> Void) -> DataState {
        value.withLock { state in
            change(&state)
            return state
        }
    }
}

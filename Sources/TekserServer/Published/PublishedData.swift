import Foundation
import Synchronization
import TekserCore
import TekserStore

/// A running Tekser's registries from the team's server: the newest published version, pulled
/// into this machine's cache and loaded the usual way; later versions go through the same
/// validation and swap as a changed data folder (`LiveData.offer`), so a refused version never
/// replaces good data.
///
/// New versions are heard of through LISTEN/NOTIFY, with a poll every `poll` in case a
/// notification is missed; while the server is away the cached version answers and
/// `DataState.serverAway` says that no newer one could be looked for.
public final class PublishedData: Sendable {
    public let store: PublishedStore
    public let cache: PublishedCache
    /// The state of the data in use, for the screen and the fleet heartbeat.
    public let inUse: DataInUse
    private let password: String?
    private let poll: Duration
    private let open: @Sendable (URL) throws(DataLoadError) -> DataSet
    private let queue = DispatchQueue(label: "tekser.published")
    private let listener = VersionListener()
    private let followed = Mutex<Followed?>(nil)

    /// The timer is safe to cancel from any thread.
    private struct Followed: @unchecked Sendable {
        let live: LiveData
        let onEvent: @Sendable (ReloadEvent) -> Void
        let onState: @Sendable (DataState) -> Void
        let timer: DispatchSourceTimer
    }

    /// `open` loads a version's folder (through its compiled file, as every mode does).
    public init(server: ServerURL, password: String?, cache: PublishedCache, inUse: DataInUse = DataInUse(),
                poll: Duration = .seconds(30), open: @escaping @Sendable (URL) throws(DataLoadError) -> DataSet) {
        store = PublishedStore(server: server, password: password)
        self.cache = cache
        self.inUse = inUse
        self.password = password
        self.poll = poll
        self.open = open
    }

    /// The data to start with: the newest published version (pulled unless cached); when the
    /// server is away, or that version does not load, the newest cached version that does.
    public func firstLoad() throws(PublishedDataError) -> DataSet {
        var failure: PublishedDataError = .noVersion(server: store.server.description)
        var refused: (version: Int, reason: RefusalReason)?
        do {
            if let newest = try store.newest() {
                switch Result(catching: { () throws -> DataSet in try open(try pull(newest)) }) {
                case .success(let data):
                    inUse.update { $0 = DataState(version: newest) }
                    cache.prune(keeping: newest)
                    return data
                case .failure(let error as JournalError):
                    failure = .server(error)
                case .failure(let error):
                    let reason = RefusalReason.loadFailed(error as? DataLoadError ?? .source(.unreadable(path: cache.directory(newest).path)))
                    refused = (newest, reason)
                    failure = .refused(version: newest, reason)
                    cache.remove(newest)
                }
            }
        } catch {
            failure = .server(error)
        }
        let away = if case .server = failure { true } else { false }
        for version in cache.versions().reversed() {
            guard let data = try? open(cache.directory(version)) else { continue }
            inUse.update {
                $0 = DataState(version: version, refusedVersion: refused?.version, refusalReasons: refused.map { [$0.reason] } ?? [],
                               serverAway: away)
            }
            return data
        }
        inUse.update { $0 = DataState(outOfService: true, serverAway: away) }
        throw failure
    }

    /// From now on follows the server for `live`, which holds the data `firstLoad` gave:
    /// each swap or refusal goes to `onEvent`, each change of `inUse.state` to `onState`.
    public func follow(_ live: LiveData, onEvent: @escaping @Sendable (ReloadEvent) -> Void,
                       onState: @escaping @Sendable (DataState) -> Void) {
        let timer = DispatchSource.makeTimerSource(queue: queue)
        let seconds = Double(poll.milliseconds) / 1000
        timer.schedule(deadline: .now() + seconds, repeating: seconds)
        timer.setEventHandler { [weak self] in self?.check() }
        followed.withLock { $0 = Followed(live: live, onEvent: onEvent, onState: onState, timer: timer) }
        timer.resume()
        listener.start(server: store.server, password: password, retry: .seconds(2)) { [weak self] in
            guard let self else { return }
            queue.async { self.check() }
        }
    }

    /// Stops listening and polling.
    public func stop() {
        listener.stop()
        followed.withLock { $0 }?.timer.cancel()
        store.close()
    }

    /// Asks the server for its newest version and, when it is newer than the one in use and not
    /// refused already, pulls it and offers it to the live data. Runs on the follower's queue.
    private func check() {
        guard let followed = followed.withLock({ $0 }) else { return }
        let before = inUse.state
        // Only the listener's connection stays open between polls.
        defer { store.close() }
        defer {
            let after = inUse.state
            if after != before { followed.onState(after) }
        }
        let newest: Int?
        do {
            newest = try store.newest()
        } catch {
            inUse.update { $0.serverAway = true }
            return
        }
        inUse.update { $0.serverAway = false }
        guard let newest, newest > (before.version ?? 0), newest != before.refusedVersion else { return }
        let outcome: Result<DataSet, DataLoadError>
        do {
            let directory = try pull(newest)
            outcome = Result { () throws(DataLoadError) in try open(directory) }
        } catch let error as DataLoadError {
            outcome = .failure(error)
        } catch {
            inUse.update { $0.serverAway = true }  // cut off mid-pull: tried again on the next look
            return
        }
        let event = followed.live.offer(outcome, at: Date())
        if event.kind == .swapped { cache.prune(keeping: newest) } else { cache.remove(newest) }
        inUse.update { state in
            if event.kind == .swapped {
                state = DataState(version: newest)
            } else {
                state.refusedVersion = newest
                state.refusalReasons = event.reasons
            }
        }
        followed.onEvent(event)
    }

    /// The cached folder of `version`, fetched from the server first when it is not cached, or
    /// when what is cached under that number is not the server's (its files' SHA-256 differ).
    private func pull(_ version: Int) throws -> URL {
        if cache.versions().contains(version) {
            if cache.digests(version) == (try store.digests(of: version)) { return cache.directory(version) }
            cache.remove(version)
        }
        return try cache.store(version, files: try store.files(of: version))
    }
}

/// Why a Tekser on the server has no data to start with.
public enum PublishedDataError: Error, Sendable, Equatable, Localizable {
    /// The server cannot be used and nothing is cached.
    case server(JournalError)
    /// The server has no published version yet, and nothing is cached.
    case noVersion(server: String)
    /// The newest version does not load, and nothing cached does.
    case refused(version: Int, RefusalReason)

    public var message: Message {
        switch self {
        case .server(let error): error.message
        case .noVersion(let server): Message("published.error.noVersion", ["server": .text(server)])
        case .refused(let version, let reason):
            Message("published.error.refused", ["version": .number(version), "reason": .message(reason.message)])
        }
    }
}

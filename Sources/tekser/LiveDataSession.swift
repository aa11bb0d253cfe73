import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore
import TekserTUI

/// `--no-watch`, for the modes that pick up new data while they run.
struct WatchOptions: ParsableArguments {
    @Flag(name: .customLong("no-watch"), help: .text("option.noWatch"))
    var noWatch = false

    /// Poll and settle seconds; `TEKSER_WATCH_TIMING=poll,settle` shortens them for end-to-end tests.
    var timing: DataWatcher.Timing {
        let parts = (ProcessInfo.processInfo.environment["TEKSER_WATCH_TIMING"] ?? "").split(separator: ",").compactMap { Double($0) }
        return parts.count == 2 ? DataWatcher.Timing(poll: parts[0], settle: parts[1]) : DataWatcher.Timing()
    }
}

/// The live data of one running front end: the watcher of its data folder, or the follower of
/// the server's published versions; the log lines and the status file that `tekser data status`
/// reads. Ends with `stop()`.
final class LiveDataSession: Sendable {
    let live: LiveData
    /// The state of the data in use, for the screen and the fleet heartbeat.
    let inUse: DataInUse
    private let watcher: DataWatcher?
    private let published: PublishedData?
    private let reporter: LiveDataReporter

    /// `supply` says where new versions come from; its opener loads each (problems go to the log).
    init(data: DataSet, mode: String, watch: WatchOptions, catalog: Catalog, language: Language, supply: DataSupply) {
        live = LiveData(data)
        inUse = supply.inUse
        // Names and links are searched from the first message on: index them while the greeting shows.
        DispatchQueue.global(qos: .utility).async { data.prepareSearches() }
        reporter = LiveDataReporter(live: live, inUse: inUse, server: supply.published?.store.server.description, mode: mode,
                                    catalog: catalog, language: language)
        let reporter = reporter
        var opener = supply.opener
        opener.onBuild = { _ in {} }
        published = watch.noWatch ? nil : supply.published
        watcher = watch.noWatch || supply.published != nil ? nil : DataWatcher(
            live: live, timing: watch.timing, open: { [opener] directory throws(DataLoadError) in try opener.open(directory: directory) },
            onEvent: { event in reporter.report(event) })
        live.snapshot.events.forEach(reporter.report)
        for reason in ReloadValidator.rejectionRefusals(data) {
            reporter.log.write("warning", catalog.text(Message("reload.overLimit", ["reason": .message(reason.message)]), in: language))
        }
        watcher?.start()
        published?.follow(live, onEvent: { event in reporter.report(event) }, onState: { _ in reporter.writeStatus(at: Date()) })
    }

    /// What the run loop follows; nothing with `--no-watch`.
    var feed: DataFeed { watcher == nil && published == nil ? .none : .following(live, inUse: inUse) }

    func stop() {
        watcher?.stop()
        published?.stop()
        reporter.remove()
    }
}

/// Writes each reload event to the state log and this process's entry in the status file;
/// neither failing stops anything.
struct LiveDataReporter: Sendable {
    let live: LiveData
    let inUse: DataInUse
    /// The server whose published versions are followed, if any.
    let server: String?
    let mode: String
    let catalog: Catalog
    let language: Language
    let log = StateLog()
    private var pid: Int32 { ProcessInfo.processInfo.processIdentifier }

    init(live: LiveData, inUse: DataInUse, server: String?, mode: String, catalog: Catalog, language: Language) {
        self.live = live
        self.inUse = inUse
        self.server = server
        self.mode = mode
        self.catalog = catalog
        self.language = language
    }

    func report(_ event: ReloadEvent) {
        log.write(event.kind.rawValue, Self.line(event, catalog: catalog, language: language))
        inUse.update { state in
            state.outOfService = false
            if event.kind == .refused { state.refusalReasons = event.reasons }
            if event.kind == .swapped { state.refusalReasons = [] }
        }
        writeStatus(at: event.date)
    }

    /// This process's entry in the status file, as the data in use is now.
    func writeStatus(at date: Date) {
        let snapshot = live.snapshot
        let state = inUse.state
        let refusal = live.lastRefusal.map {
            DataStatus.Refusal(date: $0.date, reasons: $0.reasons.map { catalog.text($0.message, in: language) }, version: state.refusedVersion)
        }
        let published = server.map { DataStatus.Published(server: $0, version: state.version, serverAway: state.serverAway) }
        let status = DataStatus(pid: pid, mode: mode, folder: snapshot.data.directory.path, generation: snapshot.generation,
                                updated: date, sources: snapshot.data.reports.map(SourceCounts.init), lastRefusal: refusal,
                                compiled: snapshot.data.compiledURL?.path, published: published)
        do {
            try DataStatusFile.write(status)
        } catch {
            log.write("error", catalog.text(Message("reload.error", ["reason": .message(FileFailure(error).message)]), in: language))
        }
    }

    func remove() {
        try? DataStatusFile.remove(pid: pid)
    }

    /// The event, every reason and every source's counts, on one line.
    static func line(_ event: ReloadEvent, catalog: Catalog, language: Language) -> String {
        let reasons = event.reasons.dropFirst().map { catalog.text($0.message, in: language) }
        let counts = event.counts.map { counts in
            catalog.text(Message("reload.counts", [
                "source": .text(counts.id), "file": .text(counts.file), "asOf": .text(counts.asOf.description),
                "read": .number(counts.read), "loaded": .number(counts.loaded), "rejected": .number(counts.rejected),
            ]), in: language)
        }
        return ([catalog.text(event.message, in: language)] + reasons + counts).joined(separator: "; ")
    }
}

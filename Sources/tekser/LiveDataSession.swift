import ArgumentParser
import Foundation
import TekserCore
import TekserStore
import TekserTUI

/// `--no-watch`, for the modes that pick up new data while they run.
struct WatchOptions: ParsableArguments {
    @Flag(name: .customLong("no-watch"), help: "Do not pick up changed data files while running (for tests and scripts).")
    var noWatch = false

    /// Poll and settle seconds; `TEKSER_WATCH_TIMING=poll,settle` shortens them for end-to-end tests.
    var timing: DataWatcher.Timing {
        let parts = (ProcessInfo.processInfo.environment["TEKSER_WATCH_TIMING"] ?? "").split(separator: ",").compactMap { Double($0) }
        return parts.count == 2 ? DataWatcher.Timing(poll: parts[0], settle: parts[1]) : DataWatcher.Timing()
    }
}

/// The live data of one running front end: the watcher, the log lines and the status file
/// that `tekser data status` reads. Ends with `stop()`.
final class LiveDataSession: Sendable {
    let live: LiveData
    private let watcher: DataWatcher?
    private let reporter: LiveDataReporter

    /// `opener` loads each new version (its problems go to the log, it draws nothing).
    init(data: DataSet, mode: String, watch: WatchOptions, catalog: Catalog, language: Language, opener: CompiledData) {
        live = LiveData(data)
        // Names and links are searched from the first message on: index them while the greeting shows.
        DispatchQueue.global(qos: .utility).async { data.prepareSearches() }
        reporter = LiveDataReporter(live: live, mode: mode, catalog: catalog, language: language)
        let reporter = reporter
        var opener = opener
        opener.onBuild = { _ in {} }
        watcher = watch.noWatch ? nil : DataWatcher(
            live: live, timing: watch.timing, open: { [opener] directory throws(DataLoadError) in try opener.open(directory: directory) },
            onEvent: { event in reporter.report(event) })
        live.snapshot.events.forEach(reporter.report)
        for reason in ReloadValidator.rejectionRefusals(data) {
            reporter.log.write("warning", catalog.text(Message("reload.overLimit", ["reason": .message(reason.message)]), in: language))
        }
        watcher?.start()
    }

    /// What the run loop follows; nothing with `--no-watch`.
    var feed: DataFeed { watcher == nil ? .none : .following(live) }

    func stop() {
        watcher?.stop()
        reporter.remove()
    }
}

/// Writes each reload event to the state log and this process's entry in the status file;
/// neither failing stops anything.
struct LiveDataReporter: Sendable {
    let live: LiveData
    let mode: String
    let catalog: Catalog
    let language: Language
    let log = StateLog()
    private var pid: Int32 { ProcessInfo.processInfo.processIdentifier }

    init(live: LiveData, mode: String, catalog: Catalog, language: Language) {
        self.live = live
        self.mode = mode
        self.catalog = catalog
        self.language = language
    }

    func report(_ event: ReloadEvent) {
        log.write(event.kind.rawValue, Self.line(event, catalog: catalog, language: language))
        let snapshot = live.snapshot
        let refusal = live.lastRefusal.map {
            DataStatus.Refusal(date: $0.date, reasons: $0.reasons.map { catalog.text($0.message, in: language) })
        }
        let status = DataStatus(pid: pid, mode: mode, folder: snapshot.data.directory.path, generation: snapshot.generation,
                                updated: event.date, sources: snapshot.data.reports.map(SourceCounts.init), lastRefusal: refusal,
                                compiled: snapshot.data.compiledURL?.path)
        do {
            try DataStatusFile.write(status)
        } catch {
            log.write("error", catalog.text(Message("reload.error", ["reason": .text(String(describing: error))]), in: language))
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

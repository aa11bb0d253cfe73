import ArgumentParser
import Foundation
import TekserCore
import TekserServer
import TekserStore

/// Where a mode's registries come from: the data folder (`--data`, `$TEKSER_DATA`, else
/// `./data`), or, with a server setting and no data folder named, the newest version published
/// on the team's server, through this machine's cache. Holds the state of the data in use
/// (`inUse`), which the screen shows and a fleet heartbeat reads.
struct DataSupply {
    let inUse = DataInUse()
    let published: PublishedData?
    /// Loads a folder through its compiled file; problems go to the log (the screen is taken).
    let opener: CompiledData
    private let folder: URL

    /// A bad server URL ends with one line and status 1. Problems with compiled files go to
    /// `log` (a full-screen mode's state log), or with none to standard error.
    init(common: CommonOptions, server setting: String?, catalog: Catalog, log: StateLog? = StateLog()) throws {
        opener = common.compiledData(catalog, log: log)
        folder = common.dataURL
        guard let setting, !common.namesDataFolder else {
            published = nil
            return
        }
        let server: ServerURL
        do {
            server = try ServerURL(parsing: setting)
        } catch {
            throw JournalLocation.fail(error, catalog: catalog, language: common.resolvedLanguage)
        }
        var quiet = opener
        quiet.onBuild = { _ in {} }
        published = PublishedData(server: server, password: server.password(), cache: PublishedCache(server: server), inUse: inUse,
                                  poll: Self.poll, open: { [quiet] directory throws(DataLoadError) in try quiet.open(directory: directory) })
    }

    /// How often the server is asked for a newer version besides its notifications: 30 s, or
    /// `$TEKSER_PUBLISHED_POLL` seconds (for tests).
    static var poll: Duration {
        let seconds = ProcessInfo.processInfo.environment["TEKSER_PUBLISHED_POLL"].flatMap(Double.init) ?? 30
        return .milliseconds(Int64(max(0.1, seconds) * 1000))
    }

    /// Why there is no data to start with, in words for the operator.
    struct NoData: Error {
        let message: Message
    }

    /// The data to start with, or why there is none.
    func load() -> Result<DataSet, NoData> {
        do {
            if let published { return .success(try published.firstLoad()) }
            let data = try opener.open(directory: folder)
            inUse.update { $0.outOfService = false }
            return .success(data)
        } catch let error as PublishedDataError {
            return .failure(NoData(message: error.message))
        } catch let error as DataLoadError {
            inUse.update { $0.outOfService = true }
            return .failure(NoData(message: error.message))
        } catch {
            return .failure(NoData(message: DataLoadError.source(.unreadable(path: folder.path)).message))
        }
    }

    /// The data to start with; none ends with one line and status 1.
    func loadOrExit(catalog: Catalog, language: Language) throws -> DataSet {
        switch load() {
        case .success(let data): return data
        case .failure(let error):
            printError("tekser: \(catalog.text(error.message, in: language))")
            throw ExitCode(1)
        }
    }

    /// The data of a one-shot command (`check`, `find`): the data folder's, or the server's newest
    /// version; with the server away, the version kept here, which standard error names.
    static func forOneShot(common: CommonOptions, server setting: String?, writer: AnswerWriter) throws -> DataSet {
        let supply = try DataSupply(common: common, server: setting, catalog: writer.catalog, log: nil)
        let data = try supply.loadOrExit(catalog: writer.catalog, language: writer.language)
        let state = supply.inUse.state
        if state.serverAway, let version = state.version {
            printError("tekser: " + writer.text("published.check.away", ["version": .number(version)]))
        }
        return data
    }

    /// The live data of a mode that starts on `data`.
    func session(_ data: DataSet, mode: String, watch: WatchOptions, catalog: Catalog, language: Language) -> LiveDataSession {
        LiveDataSession(data: data, mode: mode, watch: watch, catalog: catalog, language: language, supply: self)
    }
}

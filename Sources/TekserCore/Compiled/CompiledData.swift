import Foundation

/// Opens a data folder the way every mode does: through the compiled file for the folder's
/// current fingerprint, building it from the CSV files first when there is none (or when the
/// one found is damaged, stale or of another format version, which is reported first).
public struct CompiledData: Sendable {
    /// Told, in one line each, why a compiled file was not used or was found damaged in use.
    public var onProblem: @Sendable (Localizable & Error) -> Void
    /// Told when a build starts, with its progress; returns what to call when it ends.
    public var onBuild: @Sendable (BuildProgress) -> (@Sendable () -> Void)
    let environment: [String: String]

    /// `environment` gives `$XDG_CACHE_HOME`, for data folders that are read-only.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                onProblem: @escaping @Sendable (Localizable & Error) -> Void = { _ in },
                onBuild: @escaping @Sendable (BuildProgress) -> (@Sendable () -> Void) = { _ in {} }) {
        self.environment = environment
        self.onProblem = onProblem
        self.onBuild = onBuild
    }

    /// The data set of `directory`, from its compiled file.
    public func open(directory: URL) throws(DataLoadError) -> DataSet {
        let (print, manifest) = try read(directory)
        let store = CompiledStore(directory: directory, environment: environment)
        let key = print.key(directory: directory)
        if let url = store.existing(key: key) {
            do throws(CompiledFileError) {
                return try open(url, key: key, manifest: manifest, directory: directory)
            } catch {
                onProblem(error)
            }
        }
        return try build(directory: directory, print: print, manifest: manifest).data
    }

    /// Parses the CSV files and writes the compiled file, even when one exists; returns the data
    /// set parsed (whose load reports are `tekser data check`'s) and the file written (`nil`
    /// when nothing could be written, or the files changed meanwhile).
    public func rebuild(directory: URL) throws(DataLoadError) -> (parsed: DataSet, file: URL?) {
        let (print, manifest) = try read(directory)
        let built = try build(directory: directory, print: print, manifest: manifest, force: true)
        return (built.parsed, built.data.compiledURL)
    }

    private func read(_ directory: URL) throws(DataLoadError) -> (FolderFingerprint, Manifest) {
        let (print, manifest) = FolderFingerprint.read(directory)
        switch manifest {
        case .success(let manifest): return (print, manifest)
        case .failure(let error): throw .manifest(error)
        }
    }

    private func open(_ url: URL, key: UInt64, manifest: Manifest, directory: URL) throws(CompiledFileError) -> DataSet {
        let onProblem = onProblem
        let file = try CompiledFile(url: url, key: key) { onProblem($0) }
        return DataSet(directory: directory, manifest: manifest, sources: try file.sources(manifest, directory: directory), compiled: file)
    }

    /// Builds under the folder's lock; a process that waited for another's build opens its file.
    private func build(directory: URL, print: FolderFingerprint, manifest: Manifest, force: Bool = false) throws(DataLoadError) -> (data: DataSet, parsed: DataSet) {
        let store = CompiledStore(directory: directory, environment: environment)
        let key = print.key(directory: directory)
        guard let url = store.destination(key: key) else {
            onProblem(CompiledWriteError.cannotWrite(path: store.folders[1].path, reason: .noWritableFolder))
            let parsed = try DataSet.load(directory: directory, manifest: manifest, progress: nil)
            return (parsed, parsed)
        }
        return try store.locked(url.deletingLastPathComponent()) { () throws(DataLoadError) in
            if !force, FileManager.default.fileExists(atPath: url.path),
               let data = try? open(url, key: key, manifest: manifest, directory: directory) {
                return (data, data)
            }
            let progress = BuildProgress()
            let finish = onBuild(progress)
            defer { finish() }
            let parsed = try DataSet.load(directory: directory, manifest: manifest, progress: progress)
            progress.begin(.indexing, total: 0)
            parsed.prepareSearches()
            // Files that changed while they were read are not compiled under the old fingerprint.
            guard FolderFingerprint.take(directory) == print else { return (parsed, parsed) }
            do throws(CompiledWriteError) {
                try CompiledWriter(data: parsed, key: key, progress: progress).write(to: url)
            } catch {
                onProblem(error)
                return (parsed, parsed)
            }
            store.removeOthers(than: url)
            do throws(CompiledFileError) {
                return (try open(url, key: key, manifest: manifest, directory: directory), parsed)
            } catch {
                onProblem(error)
                return (parsed, parsed)
            }
        }
    }
}

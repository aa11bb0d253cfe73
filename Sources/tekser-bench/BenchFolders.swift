import DemoData
import Foundation
import TekserCore

/// The generated registries: one data folder per size holding all four sources and a copy of
/// `data/manifest.yaml` (usable as `tekser --data`), and inside it one folder per source whose
/// manifest names that source only, so a single registry can be loaded as a whole `DataSet`.
struct BenchFolders {
    let root: URL
    let manifest: Manifest
    /// Row counts, smallest first: the largest size divided by 100, by 10, and itself.
    let sizes: [Int]
    /// Whether `root` was given on the command line (kept) or is temporary (removed at the end).
    let kept: Bool
    static let seed: UInt64 = 42

    /// Reads `[rows] [folder]` from the command line and writes whatever files are missing.
    static func prepare(arguments: [String]) throws -> BenchFolders {
        let largest = arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
        let keep = arguments.dropFirst(2).first.map { URL(fileURLWithPath: $0, isDirectory: true) }
        let root = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("tekser-bench-\(getpid())")
        let data = URL(fileURLWithPath: "data", isDirectory: true)
        let manifestText = try String(contentsOf: data.appendingPathComponent(Manifest.fileName), encoding: .utf8)
        let folders = BenchFolders(root: root, manifest: try Manifest.load(directory: data),
                                   sizes: Array(Set([largest / 100, largest / 10, largest].filter { $0 > 0 })).sorted(),
                                   kept: keep != nil)
        try folders.write(manifestText: manifestText)
        return folders
    }

    /// The data folder with every source at `rows` rows.
    func folder(rows: Int) -> URL { root.appendingPathComponent("rows-\(rows)", isDirectory: true) }

    /// The data folder with `source` alone at `rows` rows.
    func folder(of source: SourceDescription, rows: Int) -> URL {
        folder(rows: rows).appendingPathComponent("only-\(source.id)", isDirectory: true)
    }

    func file(of source: SourceDescription, rows: Int) -> URL {
        folder(rows: rows).appendingPathComponent(source.file)
    }

    func fileBytes(of source: SourceDescription, rows: Int) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: file(of: source, rows: rows).path)[.size] as? Int) ?? 0
    }

    func removeIfTemporary() {
        if !kept { try? FileManager.default.removeItem(at: root) }
    }

    /// The generator that writes `source`'s file, found by the file name the manifest gives it.
    static func generator(for source: SourceDescription) -> RegisterGenerator? {
        RegisterGenerator.Register.allCases.map { RegisterGenerator($0, seed: seed) }.first { $0.fileName == source.file }
    }

    private func write(manifestText: String) throws {
        let files = FileManager.default
        for rows in sizes {
            try files.createDirectory(at: folder(rows: rows), withIntermediateDirectories: true)
            try Self.write(manifestText, to: folder(rows: rows).appendingPathComponent(Manifest.fileName))
            for source in manifest.sources {
                let file = file(of: source, rows: rows)
                if !files.fileExists(atPath: file.path) {
                    guard let generator = Self.generator(for: source) else { throw BenchError.noGenerator(source.file) }
                    let seconds = try Stopwatch.time { try generator.write(rows: rows, to: file) }.seconds
                    print("generated \(source.file) with \(Figures.rows(rows)) rows in \(Figures.seconds(seconds))")
                }
                let only = folder(of: source, rows: rows)
                try files.createDirectory(at: only, withIntermediateDirectories: true)
                try Self.write(Self.manifest(manifestText, onlySource: source.id), to: only.appendingPathComponent(Manifest.fileName))
                let link = only.appendingPathComponent(source.file)
                if (try? files.destinationOfSymbolicLink(atPath: link.path)) == nil {
                    try files.createSymbolicLink(atPath: link.path, withDestinationPath: "../\(source.file)")
                }
            }
        }
    }

    /// Writes `text` unless the file holds it already: a rewritten manifest is a new version of
    /// the data, whose compiled file would be built again.
    static func write(_ text: String, to url: URL) throws {
        guard (try? String(contentsOf: url, encoding: .utf8)) != text else { return }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The manifest text with every source block but `id`'s left out (blocks start at `  - id:`).
    static func manifest(_ text: String, onlySource id: String) -> String {
        var kept: [Substring] = []
        var keeping = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  - id:") { keeping = line == "  - id: \(id)" }
            if keeping { kept.append(line) }
        }
        return kept.joined(separator: "\n")
    }
}

enum BenchError: Error, CustomStringConvertible {
    case noGenerator(String)
    case noIdentifierColumn(String)
    case spawn(String)
    /// The `errno` a write failed with (taken first, before the path is spelled out), and the path.
    case write(Int32, String)

    var description: String {
        switch self {
        case .noGenerator(let file): "no demo generator writes \(file)"
        case .noIdentifierColumn(let file): "the manifest names no identifier column for \(file)"
        case .spawn(let executable): "cannot start \(executable)"
        case .write(let code, let path): "cannot write \(path): \(String(cString: strerror(code)))"
        }
    }
}

import Foundation
import TekserCore

/// The demo registries and their labelled samples, reproducible from a seed: the same seed
/// always gives byte-identical files, so the shipped `data/` folder can be checked in tests.
public struct DemoDataSet: Sendable {
    /// The seed the shipped `data/` folder was generated with.
    public static let defaultSeed: UInt64 = 2026

    /// The files `write(to:)` produces, all named as `data/manifest.yaml` expects.
    public static let fileNames = RegisterFile.all.map(\.name) + [SamplesFile.name]

    let licensed: [LicensedEntity]
    let warnings: [WarningSubject]
    let afmCases: [CriminalCase]
    let mvdCases: [CriminalCase]
    let samples: [Sample]

    public init(seed: UInt64 = defaultSeed) {
        var cast = DemoCast(seed: seed)
        licensed = cast.licensed.sorted { ($0.type.registerOrder, $0.licenceNumber) < ($1.type.registerOrder, $1.licenceNumber) }
        var warnings = cast.warnings.sorted { ($0.dateAdded, $0.name) < ($1.dateAdded, $1.name) }
        for index in warnings.indices { warnings[index].number = index + 1 }
        self.warnings = warnings
        let byDate: (CriminalCase, CriminalCase) -> Bool = { ($0.registered, $0.number) < ($1.registered, $1.number) }
        afmCases = cast.afmCases.sorted(by: byDate)
        mvdCases = cast.mvdCases.sorted(by: byDate)
        samples = cast.samples()
    }

    /// Writes every registry file and `samples.yaml` into `directory`, creating it if needed.
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let tables: [(RegisterFile, [[String]])] = [
            (.licensed, licensed.map(\.fields)), (.warningList, warnings.map(\.fields)),
            (.afmCases, afmCases.map(\.fields)), (.mvdCases, mvdCases.map(\.fields)),
        ]
        for (file, rows) in tables {
            try file.write(to: directory.appendingPathComponent(file.name)) { writer in
                for row in rows { try writer.write(row) }
            }
        }
        try Data(SamplesFile.text(samples).utf8).write(to: directory.appendingPathComponent(SamplesFile.name))
    }
}

import Foundation
import Testing
import TekserCore
import DemoData
import TestSupport

/// The benchmark's registries (tekser-bench) are generated files read through the shipped manifest:
/// every row the generator writes must be read and loaded, none rejected.
@Suite struct GeneratedRegisterLoadTests {
    @Test(arguments: RegisterGenerator.Register.allCases)
    func everyGeneratedRowLoadsThroughTheShippedManifest(register: RegisterGenerator.Register) throws {
        let scratch = try ScratchFolder("generated")
        defer { scratch.remove() }
        let folder = scratch.url
        let generator = RegisterGenerator(register, seed: 42)
        try generator.write(rows: 2500, to: folder.appendingPathComponent(generator.fileName))

        let manifest = try TekserCore.Manifest.load(directory: DataFolder.url)
        let source = try #require(manifest.sources.first { $0.file == generator.fileName })
        let report = try RegistrySource.load(source, directory: folder).report
        #expect(report.rowsRead == 2500)
        #expect(report.loaded == report.rowsRead)
        #expect(report.rejected == 0)
    }
}

import Foundation

/// The metadata section of a compiled file (JSON): when and from what it was built, and each
/// source's load report and row layout, so that load reports need no CSV.
struct CompiledMeta: Codable, Sendable {
    var built: Date
    var folder: String
    var sources: [Source]

    struct Source: Codable, Sendable {
        var id: String
        var file: String
        var report: LoadReport
        var layout: RowLayout
    }
}

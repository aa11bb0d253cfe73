import Foundation

/// A new, empty folder of one test's own under the system's temporary folder.
public struct ScratchFolder: Sendable {
    public let url: URL

    /// Creates `<tmp>/tekser-<name>-<uuid>`.
    public init(_ name: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func appending(_ component: String) -> URL { url.appendingPathComponent(component) }

    /// Removes the folder and all it holds.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}

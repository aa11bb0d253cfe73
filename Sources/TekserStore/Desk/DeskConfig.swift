import Foundation
import Yams

/// The help desk's settings file, `$XDG_CONFIG_HOME/tekser/desk.yaml`: for now, the operator's
/// name as it goes into the journal (`operator: Aigerim S.`).
public struct DeskConfig: Sendable, Equatable, Codable {
    public var `operator`: String?

    public init(operator: String? = nil) { self.operator = `operator` }

    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.configHome(environment: environment).appendingPathComponent("tekser/desk.yaml")
    }

    /// The settings at `url`; none when the file does not exist. A broken file is an error, not ignored.
    public static func load(from url: URL) throws -> DeskConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return DeskConfig() }
        return try YAMLDecoder().decode(DeskConfig.self, from: String(contentsOf: url, encoding: .utf8))
    }
}

import Foundation
import TekserCore
import Yams

/// The help desk's settings file, `$XDG_CONFIG_HOME/tekser/desk.yaml`: the operator's name as it
/// goes into the journal (`operator: Aigerim S.`) and the team's server
/// (`server: postgresql://desk@tekser.example:5432/tekser`).
public struct DeskConfig: Sendable, Equatable, Codable {
    public var `operator`: String?
    public var server: String?

    public init(operator: String? = nil, server: String? = nil) {
        self.operator = `operator`
        self.server = server
    }

    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.configHome(environment: environment).appendingPathComponent("tekser/desk.yaml")
    }

    /// The settings at `url`; none when the file does not exist. A broken file is an error, not ignored.
    public static func load(from url: URL) throws(DeskConfigError) -> DeskConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return DeskConfig() }
        do {
            return try YAMLDecoder().decode(DeskConfig.self, from: String(contentsOf: url, encoding: .utf8))
        } catch {
            throw DeskConfigError(path: url.path, problem: YAMLProblem(error))
        }
    }
}

/// Why the desk's settings cannot be used.
public struct DeskConfigError: Error, Equatable, Sendable, Localizable {
    public let path: String
    public let problem: YAMLProblem

    public var message: Message { Message("desk.config.unreadable", ["path": .text(path), "problem": .message(problem.message)]) }
}

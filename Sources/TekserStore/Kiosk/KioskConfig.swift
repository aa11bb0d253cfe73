import Foundation
import TekserCore
import Yams

/// The kiosk's settings file, written by the operator with `tekser kiosk set-pin` and read at start.
public struct KioskConfig: Sendable, Equatable, Codable {
    /// The operator's PIN hash; a kiosk without one cannot be left except by stopping its process.
    public var pin: PINHash?
    /// The key that opens the PIN prompt, e.g. `F12`.
    public var operatorKey: String = "F12"
    /// Seconds without input before "Are you still there?".
    public var idleSeconds: Int = 90
    /// Checks per session (each citizen's session is one account); 0 is unlimited.
    public var quota: Int = 5
    /// The team's server whose published registries the kiosk answers from (`--server` overrides it).
    public var server: String?

    enum CodingKeys: String, CodingKey {
        case pin
        case operatorKey = "operator_key"
        case idleSeconds = "idle_seconds"
        case quota
        case server
    }

    public init() {}

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pin = try container.decodeIfPresent(PINHash.self, forKey: .pin)
        operatorKey = try container.decodeIfPresent(String.self, forKey: .operatorKey) ?? "F12"
        idleSeconds = try container.decodeIfPresent(Int.self, forKey: .idleSeconds) ?? 90
        quota = try container.decodeIfPresent(Int.self, forKey: .quota) ?? 5
        server = try container.decodeIfPresent(String.self, forKey: .server)
    }

    /// `$XDG_CONFIG_HOME/tekser/kiosk.yaml`, else `~/.config/tekser/kiosk.yaml`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.configHome(environment: environment).appendingPathComponent("tekser/kiosk.yaml")
    }

    /// The settings at `url`; defaults when the file does not exist yet.
    public static func load(from url: URL) throws(KioskConfigError) -> KioskConfig {
        guard FileManager.default.fileExists(atPath: url.path) else { return KioskConfig() }
        do {
            return try YAMLDecoder().decode(KioskConfig.self, from: String(contentsOf: url, encoding: .utf8))
        } catch {
            throw .unreadable(path: url.path, problem: YAMLProblem(error))
        }
    }

    /// Writes the settings readable by their owner only (the file holds the PIN hash).
    public func save(to url: URL) throws(KioskConfigError) {
        do {
            let text = "# Tekser kiosk settings. The PIN is kept only as a salted PBKDF2-SHA256 hash.\n" + (try YAMLEncoder().encode(self))
            // Written beside, then renamed: a crash never leaves half a file, and the mode is 0600 from the start.
            try PrivateFiles.write(Data(text.utf8), to: url)
        } catch {
            throw .unwritable(path: url.path, reason: FileFailure(error))
        }
    }
}

/// Why the kiosk settings could not be used.
public enum KioskConfigError: Error, Equatable, Sendable, Localizable {
    case unreadable(path: String, problem: YAMLProblem)
    case unwritable(path: String, reason: FileFailure)

    public var message: Message {
        switch self {
        case .unreadable(let path, let problem): Message("kiosk.config.unreadable", ["path": .text(path), "problem": .message(problem.message)])
        case .unwritable(let path, let reason): Message("kiosk.config.unwritable", ["path": .text(path), "reason": .message(reason.message)])
        }
    }
}

import Foundation

/// The XDG base directories Tekser keeps its files in.
public enum XDG {
    /// `$XDG_DATA_HOME`, else `~/.local/share` (a relative value is ignored, as the spec says).
    public static func dataHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/share", isDirectory: true)
    }

    /// `$XDG_CONFIG_HOME`, else `~/.config`.
    public static func configHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".config", isDirectory: true)
    }

    /// `$XDG_STATE_HOME`, else `~/.local/state`: the log and the data status of running instances.
    public static func stateHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".local/state", isDirectory: true)
    }

    /// Tekser's own folders: what it keeps (journal, accounts), its settings, its log and status.
    public static func tekserFolders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        [dataHome(environment: environment), configHome(environment: environment), stateHome(environment: environment)]
            .map { $0.appendingPathComponent("tekser", isDirectory: true) }
    }
}

import Foundation

/// `$XDG_CACHE_HOME` when it is an absolute path (the XDG rule: a relative one is ignored),
/// else `$HOME/.cache`: where copies that can be made again are kept (compiled data files,
/// published registries). The one place for this rule.
public enum CacheHome {
    public static func url(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true)
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache", isDirectory: true)
    }
}

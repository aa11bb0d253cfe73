import Foundation
import Glibc
import Testing

/// A private tmux server running one shell in a window of a given size: the real terminal
/// for end-to-end tests. Keys go in with `send-keys`, the screen comes out with `capture-pane`.
final class Tmux {
    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case binaryMissing(String)
        case commandFailed([String], String)

        var description: String {
            switch self {
            case .notInstalled:
                "tmux is not installed; the end-to-end tests need it (e.g. `apt-get install tmux`)."
            case .binaryMissing(let path):
                "\(path) does not exist; build it first: swift build --product tekser && swift test"
            case .commandFailed(let arguments, let output):
                "tmux \(arguments.joined(separator: " ")) failed: \(output)"
            }
        }
    }

    /// The package's root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `tekser` built by `swift build --product tekser`.
    static func tekserBinary() throws -> String {
        let path = packageRoot.appendingPathComponent(".build/debug/tekser").path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Failure.binaryMissing(path) }
        return path
    }

    private static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"] {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw Failure.notInstalled
    }

    private let tmux: String
    let socket = "tekser-e2e-\(UUID().uuidString)"

    /// Starts the server with `bash --norc --noprofile` in a `width`×`height` window, UTF-8 locale.
    init(width: Int = 80, height: Int = 24, environment: [String: String] = ["LANG": "C.UTF-8"]) throws {
        tmux = try Self.executable()
        // Each session gets its own XDG folders: runs never share chat accounts, journals or settings.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-e2e-home-\(UUID().uuidString)").path
        var environment = environment
        for (name, folder) in [("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_STATE_HOME", "state")] where environment[name] == nil {
            environment[name] = home + "/" + folder
        }
        let variables = environment.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try run(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height)]
                + variables + ["env", "PS1=$ ", "bash", "--norc", "--noprofile"])
    }

    deinit { kill() }

    /// Stops this test's server (and only it).
    func kill() {
        _ = try? run(["kill-server"])
    }

    /// Named keys: "Enter", "Tab", "BTab", "C-c", "M-2", …
    func keys(_ keys: String...) throws {
        try run(["send-keys", "-t", "0"] + keys)
    }

    /// Literal text, as if typed.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "0", "-l", text])
    }

    /// Keys one at a time, each after the screen (styles included) has shown the last one:
    /// keys sent together reach the program in one read, which it takes for a paste.
    func press(_ keys: String...) throws {
        for key in keys {
            let before = try styledScreen()
            try self.keys(key)
            try waitUntil("the screen to change after \(key)", { _ in (try? self.styledScreen()) != before })
        }
    }

    /// Types `text` into the chat's input line, waits until it shows there, then presses Enter.
    func send(_ text: String) throws {
        try type(text)
        try waitUntil("“\(text)” in the input line") { lines in lines.contains { $0.hasPrefix("› \(text)") } }
        try keys("Enter")
    }

    /// A shell command line, typed and entered.
    func shell(_ command: String) throws {
        try type(command)
        try keys("Enter")
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text, one line per row.
    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", "0"]).components(separatedBy: "\n")
    }

    /// The screen with its colours and attributes as escape sequences, to see a focus move.
    func styledScreen() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", "0"])
    }

    /// Polls the screen until `condition` holds; records the last screen when time runs out.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !condition(lines) {
            guard Date() < deadline else {
                Issue.record("timed out waiting for \(what); the screen:\n\(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
                return lines
            }
            Thread.sleep(forTimeInterval: 0.05)
            lines = try screen()
        }
        return lines
    }

    /// Polls until every one of `texts` is on screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: TimeInterval = 20, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitUntil(texts.map { "“\($0)”" }.joined(separator: ", "), timeout: timeout, sourceLocation: sourceLocation) { lines in
            let screen = lines.joined(separator: "\n")
            return texts.allSatisfy(screen.contains)
        }
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: log) }
        let status = try Self.spawn([tmux, "-L", socket] + arguments, output: log.path)
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        guard status == 0 || arguments == ["kill-server"] else { throw Failure.commandFailed(arguments, output) }
        return output
    }

    /// Runs a program to its end with standard output and error in a file, and returns its
    /// exit status. Not `Process`: that passes on the calling thread's signal mask, and test
    /// threads block signals, which leaves the tmux server deaf to SIGCHLD and hung.
    private static func spawn(_ arguments: [String], output: String) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var files = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&files)
        defer { posix_spawn_file_actions_destroy(&files) }
        posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&files, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&files, 1, 2)
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let error = posix_spawn(&pid, arguments[0], &files, &attributes, &argv, environ)
        guard error == 0 else { throw Failure.commandFailed(arguments, String(cString: strerror(error))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}

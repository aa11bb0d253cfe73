import Foundation

/// A child process timed from spawn: to its first byte of output, or to its end, with its
/// peak resident memory as GNU time reports it (a child started by `posix_spawn` inherits this
/// process's high-water mark in its own rusage, so `wait4` would report ours).
struct Child {
    let pid: pid_t
    private let output: Int32
    private let input: Int32
    private let memoryFile: String?
    private let start = ContinuousClock.now

    /// Starts `executable` with its standard output piped to us and its input a pipe kept open;
    /// `measuringMemory` runs it under /usr/bin/time.
    init(_ executable: String, _ arguments: [String], measuringMemory: Bool = false) throws {
        let memoryFile = measuringMemory ? FileManager.default.temporaryDirectory.appendingPathComponent("tekser-bench-\(UUID().uuidString)").path : nil
        self.memoryFile = memoryFile
        let (executable, arguments) = memoryFile.map { ("/usr/bin/time", ["-f", "%M", "-o", $0, executable] + arguments) } ?? (executable, arguments)
        var outPipe: [Int32] = [0, 0], inPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&inPipe) == 0 else { throw BenchError.spawn(executable) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in outPipe + inPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { throw BenchError.spawn(executable) }
        close(outPipe[1])
        close(inPipe[0])
        self.pid = pid
        output = outPipe[0]
        input = inPipe[1]
    }

    /// Seconds from spawn to the first byte the child writes.
    func firstOutput() -> Double {
        var byte: UInt8 = 0
        _ = read(output, &byte, 1)
        return seconds(ContinuousClock.now - start)
    }

    /// Reads the rest of the output, waits, and gives the wall time and peak resident bytes.
    func finish() -> (seconds: Double, peak: Int, status: Int32) {
        close(input)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while read(output, &buffer, buffer.count) > 0 {}
        close(output)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = seconds(ContinuousClock.now - start)
        let kilobytes = memoryFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
            .flatMap { Int($0.split(separator: "\n").last ?? "") } ?? 0
        if let memoryFile { unlink(memoryFile) }
        return (elapsed, kilobytes * 1024, status)
    }

    /// Ends a child that would run on (a chat), and reaps it.
    func stop() {
        kill(pid, SIGTERM)
        _ = finish()
    }

    /// Private and resident bytes now, from /proc/<pid>/smaps_rollup.
    func memory() -> (resident: Int, proportional: Int, privateBytes: Int) {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Int {
            let line = text.split(separator: "\n").first { $0.hasPrefix(name + ":") }
            return (line?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0) * 1024
        }
        return (field("Rss"), field("Pss"), field("Private_Clean") + field("Private_Dirty"))
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

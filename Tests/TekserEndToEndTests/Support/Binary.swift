import Foundation

/// Runs the built `tekser` binary, as a user would from a shell.
enum Binary {
    /// `.build/debug/tekser`, built by the test command before the tests run.
    static let url: URL = {
        var root = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/tekser")
    }()

    static var repositoryRoot: URL { url.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `tekser arguments…` with `stdin` as input and a fixed, plain environment; its
    /// standard output goes to the file at `outputPath` when one is given (then `stdout` is empty).
    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:], outputPath: String? = nil) throws -> Output {
        try start(arguments, stdin: stdin, environment: environment, outputPath: outputPath).finish()
    }

    /// A started `tekser`, still running: several can be started at the same moment.
    struct Running {
        let process: Process
        let output: Pipe
        let errors: Pipe

        /// Waits for it to end, with everything it printed.
        func finish() -> Output {
            let out = output.fileHandleForReading.readDataToEndOfFile()
            let err = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Output(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                          stderr: String(decoding: err, as: UTF8.self))
        }
    }

    /// Starts `tekser arguments…`, gives it `stdin` whole, and returns without waiting for it.
    static func start(_ arguments: [String], stdin: String = "", environment: [String: String] = [:], outputPath: String? = nil) throws -> Running {
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw Missing(path: url.path)
        }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        // A fresh home per run: runs never share chat accounts, journals or settings.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-e2e-home-\(UUID().uuidString)").path
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": home,
                   "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"]
        env.merge(environment) { $1 }
        process.environment = env
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        if let outputPath, let file = FileHandle(forWritingAtPath: outputPath) {
            process.standardOutput = file
            try output.fileHandleForWriting.close()
        } else {
            process.standardOutput = output
        }
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        return Running(process: process, output: output, errors: errors)
    }

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path) is missing: run `swift build --product tekser` first (scripts/test does)." }
    }
}

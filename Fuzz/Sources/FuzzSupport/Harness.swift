/// libFuzzer's entry point when the program has its own `main` (`libclang_rt.fuzzer_no_main`).
/// SwiftPM always supplies `main`, so `-sanitize=fuzzer` alone never starts the fuzzer.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The target's body; a C callback cannot capture it, so it waits here for the one run.
nonisolated(unsafe) private var fuzzBody: ([UInt8]) -> Void = { _ in }

/// Runs libFuzzer with the process's arguments, feeding every input to `body`, then exits.
/// `body` reports a bug by crashing (`precondition`), which libFuzzer saves as a crash file.
/// Not declared `Never`, so that helpers below the call in a `main.swift` count as reachable.
public func fuzz(_ body: @escaping ([UInt8]) -> Void) {
    fuzzBody = body
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        fuzzBody(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
    exit(status)
}

@_silgen_name("exit")
private func exit(_ status: CInt) -> Never

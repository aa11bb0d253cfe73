import Glibc
import Synchronization

/// What a terminating signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) does while the terminal is ours.
public enum SignalPolicy: Hashable, Sendable {
    /// Give the terminal back at once and die of the signal, as the shell expects.
    case restoreAndExit
    /// Only record it (`SignalGuard.receivedSignal`): the run loop shuts down cleanly itself.
    case notify
    /// Nothing happens; for kiosk mode.
    case ignore
}

/// The terminating signals a caller chooses a policy for.
public enum TerminationSignal: Hashable, Sendable, CaseIterable {
    case interrupt
    case terminate
    case hangup
    case quit

    public var number: Int32 {
        switch self {
        case .interrupt: SIGINT
        case .terminate: SIGTERM
        case .hangup: SIGHUP
        case .quit: SIGQUIT
        }
    }
}

/// Gives the terminal back on every way out: termination signals (per policy), crashes
/// (Swift traps are SIGILL/SIGTRAP on Linux), `exit()`, and suspend (SIGTSTP) / resume.
///
/// Signals are process-wide, so this is process-wide state. The handlers do only
/// async-signal-safe work: `tcsetattr` with the modes saved before, `write` of a reset
/// sequence computed before, then the signal's default action.
public enum SignalGuard {
    /// Arms the guard: from now on a signal restores `savedModes` and writes `resetSequence`;
    /// after SIGCONT, `programModes` and `resumeSequence` take the terminal back.
    public static func install(policies: [TerminationSignal: SignalPolicy], savedModes: termios?,
                               programModes: termios?, resetSequence: [UInt8], resumeSequence: [UInt8]) {
        let state = storage
        state.pointee.hasModes = savedModes != nil && programModes != nil
        if let savedModes, let programModes {
            state.pointee.savedModes = savedModes
            state.pointee.programModes = programModes
        }
        state.pointee.reset.set(resetSequence)
        state.pointee.resume.set(resumeSequence)
        receivedFlag.store(0, ordering: .sequentiallyConsistent)
        resumedFlag.store(false, ordering: .sequentiallyConsistent)
        armedFlag.store(true, ordering: .sequentiallyConsistent)
        for signal in TerminationSignal.allCases {
            switch policies[signal] ?? .restoreAndExit {
            case .ignore: setAction(signal.number, ignore: true)
            case .notify: state.pointee.notifyOnly.insert(signal.number); setAction(signal.number)
            case .restoreAndExit: state.pointee.notifyOnly.remove(signal.number); setAction(signal.number)
            }
        }
        for signal in fatalSignals + [SIGTSTP, SIGCONT] { setAction(signal) }
        if !atexitRegistered.exchange(true, ordering: .sequentiallyConsistent) {
            atexit { SignalGuard.restoreTerminal() }
        }
    }

    /// The terminal was restored the ordinary way: signals no longer need to do it.
    public static func disarm() {
        armedFlag.store(false, ordering: .sequentiallyConsistent)
    }

    /// Puts back the signal actions that were there before `install`.
    public static func uninstall() {
        disarm()
        for (signal, action) in storage.pointee.previousActions {
            var action = action
            sigaction(signal, &action, nil)
        }
        storage.pointee.previousActions = [:]
    }

    /// The terminating signal received under `.notify` (or nil): the run loop checks it
    /// and shuts down on its own terms.
    public static var receivedSignal: Int32? {
        let number = receivedFlag.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }

    /// True once after the process was continued from a suspend: the screen needs a full redraw.
    public static func takeResume() -> Bool {
        resumedFlag.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Async-signal-safe: leaves the program's screen and gives back the saved modes.
    static func restoreTerminal() {
        guard armedFlag.load(ordering: .sequentiallyConsistent) else { return }
        let state = storage
        state.pointee.reset.write(to: STDOUT_FILENO)
        if state.pointee.hasModes { tcsetattr(STDIN_FILENO, TCSADRAIN, &state.pointee.savedModes) }
    }

    private static let fatalSignals = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    private static func setAction(_ signal: Int32, ignore: Bool = false) {
        var action = sigaction()
        if ignore {
            action.__sigaction_handler.sa_handler = SIG_IGN
        } else {
            action.__sigaction_handler.sa_handler = signalHandler
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        var previous = sigaction()
        sigaction(signal, &action, &previous)
        if storage.pointee.previousActions[signal] == nil {
            storage.pointee.previousActions[signal] = previous
        }
    }

    /// Runs in signal context: atomics, `write`, `tcsetattr`, `signal` and `raise` only.
    private static let signalHandler: @convention(c) (Int32) -> Void = { signal in
        let state = SignalGuard.storage
        switch signal {
        case SIGCONT:
            if armedFlag.load(ordering: .sequentiallyConsistent) {
                if state.pointee.hasModes { tcsetattr(STDIN_FILENO, TCSADRAIN, &state.pointee.programModes) }
                state.pointee.resume.write(to: STDOUT_FILENO)
            }
            resumedFlag.store(true, ordering: .sequentiallyConsistent)
        case SIGTSTP:
            SignalGuard.restoreTerminal()
            Glibc.signal(SIGTSTP, SIG_DFL)
            raise(SIGTSTP)  // delivered on return: the process stops here
        default:
            receivedFlag.store(signal, ordering: .sequentiallyConsistent)
            if state.pointee.notifyOnly.contains(signal) { return }
            SignalGuard.restoreTerminal()
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }

    /// Memory the handlers read: allocated once, never freed, written only by `install`.
    private nonisolated(unsafe) static let storage: UnsafeMutablePointer<EmergencyState> = {
        let pointer = UnsafeMutablePointer<EmergencyState>.allocate(capacity: 1)
        pointer.initialize(to: EmergencyState())
        return pointer
    }()
}

private let armedFlag = Atomic<Bool>(false)
private let resumedFlag = Atomic<Bool>(false)
private let receivedFlag = Atomic<Int32>(0)
private let atexitRegistered = Atomic<Bool>(false)

/// What the signal handlers need, prepared in advance.
private struct EmergencyState {
    var savedModes = termios()
    var programModes = termios()
    var hasModes = false
    var reset = FixedBytes()
    var resume = FixedBytes()
    /// Signals under `.notify`. A fixed-size set of small numbers: no allocation when read.
    var notifyOnly = SignalSet()
    var previousActions: [Int32: sigaction] = [:]
}

/// Bytes in a buffer allocated once, so a handler can `write` them without allocating.
private struct FixedBytes {
    private let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    private var count = 0

    mutating func set(_ bytes: [UInt8]) {
        count = min(bytes.count, 256)
        for index in 0..<count { buffer[index] = bytes[index] }
    }

    func write(to descriptor: Int32) {
        var offset = 0
        while offset < count {
            let written = Glibc.write(descriptor, buffer + offset, count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}

/// A set of signal numbers below 64 as one bit mask.
private struct SignalSet {
    private var bits: UInt64 = 0
    func contains(_ signal: Int32) -> Bool { signal < 64 && bits & (1 << UInt64(signal)) != 0 }
    mutating func insert(_ signal: Int32) { bits |= 1 << UInt64(signal) }
    mutating func remove(_ signal: Int32) { bits &= ~(1 << UInt64(signal)) }
}

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

    /// The signal with this number, if it is one of these.
    public init?(number: Int32) {
        guard let signal = Self.allCases.first(where: { $0.number == number }) else { return nil }
        self = signal
    }
}

/// Gives the terminal back on every way out: termination signals (per policy), crashes
/// (Swift traps are SIGILL/SIGTRAP on Linux), `exit()`, and suspend (SIGTSTP) / resume.
///
/// Signals are process-wide, so this is process-wide state. The handlers do only
/// async-signal-safe work: `tcsetattr` with the modes saved before, `write` of a reset
/// sequence computed before, then the signal's previous or default action. While armed,
/// standard error can be spooled to a file and replayed after the reset, so a crash
/// message is not lost with the alternate screen.
public enum SignalGuard {
    /// Arms the guard: from now on a signal restores `savedModes` and writes `resetSequence`;
    /// after SIGCONT, `programModes` and `resumeSequence` take the terminal back.
    public static func install(policies: [TerminationSignal: SignalPolicy], savedModes: termios?,
                               programModes: termios?, resetSequence: [UInt8], resumeSequence: [UInt8],
                               spoolStandardError: Bool = false) {
        let state = storage
        state.pointee.hasModes = savedModes != nil && programModes != nil
        if let savedModes, let programModes {
            state.pointee.savedModes = savedModes
            state.pointee.programModes = programModes
        }
        state.pointee.reset.set(resetSequence)
        state.pointee.resume.set(resumeSequence)
        if spoolStandardError { state.pointee.standardError.startSpooling() }
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
        for signal in handledSignals { setAction(signal) }
        if !atexitRegistered.exchange(true, ordering: .sequentiallyConsistent) {
            atexit { SignalGuard.restoreTerminal() }
        }
    }

    /// The terminal was given back the ordinary way: puts back the previous signal
    /// actions and standard error (replaying what was written to it meanwhile).
    public static func uninstall() {
        armedFlag.store(false, ordering: .sequentiallyConsistent)
        storage.pointee.standardError.replay()
        storage.pointee.previousActions.restoreAll()
    }

    /// The terminating signal received under `.notify` (or nil): the run loop checks it
    /// and shuts down on its own terms.
    public static var receivedSignal: Int32? {
        let number = receivedFlag.load(ordering: .sequentiallyConsistent)
        return number == 0 ? nil : number
    }

    /// Ends the process as `signal` (received under `.notify`) would have: status 128 + n for
    /// the shell. Call it once the terminal is restored and the journal closed.
    public static func end(like signal: TerminationSignal) {
        Glibc.signal(signal.number, SIG_DFL)
        raise(signal.number)
    }

    /// True once after the process was continued from a suspend: the screen needs a full redraw.
    public static func takeResume() -> Bool {
        resumedFlag.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Async-signal-safe: leaves the program's screen, gives back the saved modes, and
    /// replays the spooled standard error.
    static func restoreTerminal() {
        guard armedFlag.load(ordering: .sequentiallyConsistent) else { return }
        let state = storage
        state.pointee.reset.write(to: STDOUT_FILENO)
        if state.pointee.hasModes { tcsetattr(STDIN_FILENO, TCSADRAIN, &state.pointee.savedModes) }
        state.pointee.standardError.replay()
    }

    /// Termination, crash and job-control signals the handler takes care of.
    private static let handledSignals = [SIGILL, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGTRAP, SIGTSTP, SIGCONT]

    private static func setAction(_ signal: Int32, ignore: Bool = false) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = ignore ? SIG_IGN : signalHandler
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        var previous = sigaction()
        sigaction(signal, &action, &previous)
        storage.pointee.previousActions.remember(previous, for: signal)
    }

    /// Runs in signal context: atomics, `write`, `read`, `dup2`, `tcsetattr`, `sigaction`
    /// and `raise` only.
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
        case SIGILL, SIGSEGV, SIGBUS, SIGFPE:
            // A fault repeats when the handler returns, now under the previous action
            // (the Swift runtime's backtracer, or the default).
            SignalGuard.restoreTerminal()
            state.pointee.previousActions.reinstate(signal)
        case SIGABRT, SIGTRAP:
            // These do not repeat by themselves: raise again, delivered on return.
            SignalGuard.restoreTerminal()
            state.pointee.previousActions.reinstate(signal)
            raise(signal)
        default:
            receivedFlag.store(signal, ordering: .sequentiallyConsistent)
            if state.pointee.notifyOnly.contains(signal) { return }
            SignalGuard.restoreTerminal()
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
    }

    /// Memory the handlers read: allocated once, never freed, written only outside handlers.
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

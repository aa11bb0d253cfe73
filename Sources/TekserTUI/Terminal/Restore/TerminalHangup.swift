import Glibc

/// Tells a terminal that went away from one that has no input yet: after a failed read,
/// curses says only "no key", which would make a run loop spin on a closed terminal.
enum TerminalHangup {
    /// True when `descriptor` reports a hangup or an error: its window was closed or it was revoked.
    static func isHungUp(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 0) >= 0 else { return errno != EINTR }
        return entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}

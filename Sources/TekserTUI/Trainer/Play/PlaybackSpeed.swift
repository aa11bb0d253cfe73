/// How fast a scenario plays: a factor on realistic timings, or `max`, which never waits
/// (for tests and for checking a scenario after editing it).
public enum PlaybackSpeed: Hashable, Sendable {
    case factor(Double)
    case max

    public static let normal = PlaybackSpeed.factor(1)
    static let slowest = 0.25
    static let fastest = 8.0

    /// `max`, or a factor from `slowest` to `fastest` such as `1`, `0.5` or `2`.
    public init?(argument: String) {
        if argument == "max" {
            self = .max
        } else if let factor = Double(argument), (Self.slowest...Self.fastest).contains(factor) {
            self = .factor(factor)
        } else {
            return nil
        }
    }

    /// `seconds` of real playing time at this speed.
    func scaled(_ seconds: Double) -> Double {
        switch self {
        case .factor(let factor): seconds / factor
        case .max: 0
        }
    }

    /// Twice as fast, up to `fastest`; `max` stays.
    var faster: PlaybackSpeed {
        guard case .factor(let factor) = self else { return self }
        return .factor(min(Self.fastest, factor * 2))
    }

    /// Half as fast, down to `slowest`; `max` drops to the fastest factor.
    var slower: PlaybackSpeed {
        guard case .factor(let factor) = self else { return .factor(Self.fastest) }
        return .factor(Swift.max(Self.slowest, factor / 2))
    }

    /// "1×", "0.5×", "max", for the status in the caption box.
    var label: String {
        switch self {
        case .factor(let factor):
            (factor == factor.rounded() ? String(Int(factor)) : String(factor)) + "×"
        case .max: "max"
        }
    }
}

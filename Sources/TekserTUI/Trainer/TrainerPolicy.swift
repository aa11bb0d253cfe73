import TekserCore

/// Trainers show the check to a room: real registries on a projector could defame a real
/// company, so the trainer runs on demo data unless told otherwise.
public enum TrainerPolicy {
    public static func admit(isDemo: Bool, allowRealData: Bool) throws(TrainerError) {
        if !isDemo, !allowRealData { throw .realData }
    }
}

/// Why the trainer does not start.
public enum TrainerError: Error, Equatable, Sendable, Localizable {
    case realData

    public var message: Message {
        switch self {
        case .realData: Message("trainer.error.realData")
        }
    }
}

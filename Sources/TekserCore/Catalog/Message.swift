/// A user-facing text before it is put into words: a catalog key and its arguments.
///
/// Errors and answers carry a `Message`, never a finished string, so that each
/// reaches the user in the user's own language.
public struct Message: Hashable, Sendable {
    public let key: String
    public let arguments: [String: Argument]

    public init(_ key: String, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// An argument value; a number also selects the plural form of a text.
    public enum Argument: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case number(Int)
        /// Another message, rendered in the same language.
        case message(Message)

        public init(stringLiteral value: String) { self = .text(value) }
        public init(integerLiteral value: Int) { self = .number(value) }
    }
}

/// Anything that can be told to the user in their language.
public protocol Localizable {
    var message: Message { get }
}

/// A message travels as its key and arguments (a fleet heartbeat's refusal reasons), so each
/// reader words it in its own language.
extension Message: Codable {}
extension Message.Argument: Codable {}

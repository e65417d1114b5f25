/// An error raised by Flashpoint's core, saying what went wrong and where.
public struct FlashpointError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The broad kind of failure.
    public enum Code: String, Sendable, Equatable {
        case invalidInput, invalidResource, missingResource, invalidDate
    }

    public var code: Code
    /// What failed, in words a user can act on.
    public var message: String
    /// The file, line or field it concerns, when known ("articles.jsonl:12").
    public var location: String?

    public init(_ code: Code, _ message: String, location: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}

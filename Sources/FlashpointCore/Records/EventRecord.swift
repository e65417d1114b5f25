/// One event record, as `flashpoint code --format jsonl` prints it: the project's record contract.
public struct EventRecord: Sendable, Codable, Hashable {
    /// An actor as records show it.
    public struct ActorRef: Sendable, Codable, Hashable {
        public var text: String
        public var code: String
        public var country: String?
        public var sector: String?
        public var name: String
        /// `true` when a convention, not the text, supplied the actor (see ``Actor/implied``); absent otherwise.
        public var implied: Bool?
    }

    /// The CAMEO part of a record.
    public struct Cameo: Sendable, Codable, Hashable {
        public var code: String
        public var root: String
        public var quadClass: Int
        public var goldstein: Double
        public var description: String

        enum CodingKeys: String, CodingKey {
            case code, root, goldstein, description
            case quadClass = "quad_class"
        }
    }

    /// The PLOVER part of a record.
    public struct Plover: Sendable, Codable, Hashable {
        public var event: String?
        public var mode: String?
    }

    public var id: String
    public var articleID: String
    public var date: String
    public var datePrecision: String
    public var actor: [ActorRef]
    public var recipient: [ActorRef]
    public var cameo: Cameo
    public var plover: Plover
    public var acled: AcledCategory?
    public var modality: String
    public var location: EventLocation?
    public var fatalities: Int?
    public var confidence: Double
    public var text: String
    public var span: [Int]
    /// The word that triggered the event.
    public var trigger: String
    /// The pattern that fired.
    public var rule: String

    enum CodingKeys: String, CodingKey {
        case id, date, actor, recipient, cameo, plover, acled, modality, location, fatalities, confidence, text, span
        case trigger, rule
        case articleID = "article_id"
        case datePrecision = "date_precision"
    }

    // Encode nulls explicitly, as the contract lists every field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(articleID, forKey: .articleID)
        try c.encode(date, forKey: .date)
        try c.encode(datePrecision, forKey: .datePrecision)
        try c.encode(actor, forKey: .actor)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(plover, forKey: .plover)
        try c.encode(acled, forKey: .acled)
        try c.encode(modality, forKey: .modality)
        try c.encode(location, forKey: .location)
        try c.encode(fatalities, forKey: .fatalities)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encode(trigger, forKey: .trigger)
        try c.encode(rule, forKey: .rule)
    }
}

/// Whether the text says an event happened.
public enum Modality: String, Sendable, Codable, CaseIterable {
    /// Reported as having happened.
    case asserted
    /// Said not to have happened ("did not attack", "denied striking").
    case negated
    /// Possible or conditional ("would mark", "could spiral", "if confirmed").
    case hypothetical
    /// Planned, threatened or expected ("will meet", "plans to withdraw").
    case future
    /// A past reference outside the news at hand ("since the 2006 war").
    case historical
}

/// An ACLED event type and sub-event type, with ACLED's exact category names.
public struct AcledCategory: Sendable, Hashable, Codable {
    public var eventType: String
    public var subEventType: String

    public init(_ eventType: String, _ subEventType: String) {
        self.eventType = eventType
        self.subEventType = subEventType
    }

    enum CodingKeys: String, CodingKey {
        case eventType = "event_type"
        case subEventType = "sub_event_type"
    }
}

/// Where an event happened, as far as the text and the gazetteer tell.
public struct EventLocation: Sendable, Hashable, Codable {
    public var name: String
    public var lat: Double?
    public var lon: Double?
    public var country: String?
    public var admin1: String?
    public var geonameid: Int?
    /// `place`, `near`, `admin`, `country`, or `unresolved` when the name is not in the gazetteer.
    public var precision: String
    /// Where the point comes from when the article itself names no usable place: `feed` for the country most
    /// of the other articles of the same input resolve to (see ``FeedContext``); nil when the text gave it.
    public var basis: String?

    public init(
        name: String, lat: Double? = nil, lon: Double? = nil, country: String? = nil, admin1: String? = nil,
        geonameid: Int? = nil, precision: String
    ) {
        self.name = name
        self.lat = lat
        self.lon = lon
        self.country = country
        self.admin1 = admin1
        self.geonameid = geonameid
        self.precision = precision
    }
}

/// One event found in a document, with every piece of reasoning that produced it.
public struct EventMention: Sendable {
    /// Index of the sentence in ``Document/sentences``.
    public var sentence: Int
    /// Index of the trigger word in ``Document/tokens``.
    public var trigger: Int
    /// The CAMEO code.
    public var code: String
    /// The pattern that fired, e.g. `verbs.tsv:41 strike with=warplane`.
    public var rule: String
    /// Who acted.
    public var source: [Actor]
    /// To whom.
    public var target: [Actor]
    /// How each actor was found, for `explain`.
    public var argumentNotes: [String]
    public var modality: Modality
    /// Why that modality, for `explain`.
    public var modalityReason: String
    public var date: Day
    public var datePrecision: DatePrecision
    /// Why that date, for `explain`.
    public var dateReason: String
    public var fatalities: Int?
    public var location: EventLocation?
    public var acled: AcledCategory?
    public var confidence: Double
}

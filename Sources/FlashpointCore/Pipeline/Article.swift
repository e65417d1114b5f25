/// One input article: its text and the date it was published, which relative dates are resolved against.
public struct Article: Sendable, Hashable {
    /// The article's identifier; records carry it as `article_id`.
    public var id: String
    /// The publication date.
    public var date: Day
    /// The body text.
    public var text: String
    /// Optional metadata, passed through.
    public var title: String?
    public var url: String?
    public var source: String?
    /// The country of the feed the article comes from (ISO alpha-3 or alpha-2), when known: the home country of
    /// an article whose own text settles none. ``FeedContext`` fills it from the other articles of an input.
    public var country: String?

    /// Makes an article.
    public init(
        id: String, date: Day, text: String, title: String? = nil, url: String? = nil, source: String? = nil,
        country: String? = nil
    ) {
        self.id = id
        self.date = date
        self.text = text
        self.title = title
        self.url = url
        self.source = source
        self.country = country
    }
}

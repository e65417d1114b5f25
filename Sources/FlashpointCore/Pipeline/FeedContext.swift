/// What the other articles of one input say about where an article's events happen.
///
/// Articles read from one file or stream usually come from one source: a national paper, one country's
/// ACLED extract, a regional wire. Once most of the articles whose text places their events agree on one
/// country, that country becomes the ``Article/country`` of every article that does not give one: the home
/// country of an article whose own text settles none. Its small foreign look-alikes then drop out ("Ichuni
/// Ward" is not Yichun, China), and an event whose article names no usable place is put in that country
/// (precision `country`, ``EventLocation/basis`` `feed`), where its actors without a country ("police",
/// "protesters") take it. Nothing is assumed before `minimumArticles` placed articles have been seen, and a
/// mixed input, where no country holds `minimumShare` of them, gets no feed country at all.
///
/// Output keeps input order: ``add(_:)`` holds the first articles back until the feed's country is known (or
/// `window` articles have gone by), codes them again with it, and lets them through; ``finish()`` releases what
/// is left.
///
/// ```swift
/// var feed = FeedContext(coder: coder)
/// for article in articles { for records in feed.add(article) { write(records) } }
/// for records in feed.finish() { write(records) }
/// ```
public struct FeedContext: Sendable {
    /// How many articles with a place of their own are needed before the feed's country is used.
    public var minimumArticles: Int
    /// The share of those articles the leading country must hold.
    public var minimumShare: Double
    /// How many articles are held back at most while the country is not yet known.
    public var window: Int

    /// Placed articles by country (ISO alpha-3).
    public private(set) var counts: [String: Int] = [:]
    /// Articles whose own text placed an event.
    public private(set) var placed = 0
    private let coder: Coder
    private let enabled: Bool
    private var pending: [(article: Article, records: [EventRecord])] = []
    private var pendingBytes = 0
    private var released = false

    /// - Parameter enabled: false codes every article alone and lets it through at once.
    public init(coder: Coder, enabled: Bool = true, minimumArticles: Int = 10, minimumShare: Double = 0.6, window: Int = 200) {
        self.coder = coder
        self.enabled = enabled
        self.minimumArticles = minimumArticles
        self.minimumShare = minimumShare
        self.window = window
    }

    /// The feed's country (ISO alpha-3), once enough placed articles agree on one.
    public var country: String? {
        guard placed >= minimumArticles,
              let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              Double(best.value) >= minimumShare * Double(placed)
        else { return nil }
        return best.key
    }

    /// Codes one article; returns the articles whose records may be written now, in input order.
    public mutating func add(_ article: Article) -> [[EventRecord]] {
        guard enabled else { return [coder.code(article)] }
        var a = article
        if a.country == nil { a.country = country }
        let records = coder.code(a)
        observe(records)
        if released { return [records] }
        pending.append((article, records))
        pendingBytes += article.text.utf8.count
        if country != nil || pending.count >= window || pendingBytes >= 64 << 20 { return release() }
        return []
    }

    /// The articles still held back.
    public mutating func finish() -> [[EventRecord]] {
        release()
    }

    /// Lets the held-back articles through, coded again with the feed's country when there is one now.
    private mutating func release() -> [[EventRecord]] {
        released = true
        let c = country
        let out = pending.map { item -> [EventRecord] in
            guard let c, item.article.country == nil else { return item.records }
            var a = item.article
            a.country = c
            return coder.code(a)
        }
        pending = []
        pendingBytes = 0
        return out
    }

    /// Counts the country the article's own text places its events in (the most common one).
    mutating func observe(_ records: [EventRecord]) {
        var here: [String: Int] = [:]
        for r in records {
            guard let l = r.location, l.basis == nil, l.lat != nil, let c = l.country, c.count == 3 else { continue }
            here[c, default: 0] += 1
        }
        guard let top = here.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return }
        counts[top.key, default: 0] += 1
        placed += 1
    }
}

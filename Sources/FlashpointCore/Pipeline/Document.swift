/// The value that flows through the pipeline. Each stage adds one layer of annotation, so `explain` can show them all.
///
/// ```swift
/// let coder = try Coder()
/// let doc = coder.annotate(Article(id: "a1", date: Day(iso: "2025-11-20")!, text: "Israeli forces struck Beirut."))
/// print(doc.events.first?.code ?? "-")   // "190" or a more specific code
/// ```
public struct Document: Sendable {
    /// The input.
    public let article: Article
    /// Text layer: tokens of the whole article, in order.
    public var tokens: [Token] = []
    /// Text layer: sentences, each a span of ``tokens``.
    public var sentences: [SentenceSpan] = []
    /// Syntax layer, parallel to ``tokens``: part-of-speech tags.
    public var tags: [UPOS] = []
    /// Syntax layer, parallel to ``tokens``: lower-case lemmas.
    public var lemmas: [String] = []
    /// Syntax layer, parallel to ``tokens``: the head's index in ``tokens``, or -1 for a sentence root.
    public var heads: [Int] = []
    /// Syntax layer, parallel to ``tokens``: the UD relation to the head.
    public var relations: [Relation] = []
    /// Actors layer: actor mentions, in token order.
    public var actors: [ActorMention] = []
    /// Time layer: date expressions, with token ranges into ``tokens``.
    public var times: [TimeExpression] = []
    /// Events layer: event mentions in token order.
    public var events: [EventMention] = []

    /// Makes an empty document for an article.
    public init(article: Article) {
        self.article = article
    }

    /// The sentence index that holds a token.
    public func sentenceIndex(ofToken t: Int) -> Int? {
        var lo = 0
        var hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = sentences[mid].tokens
            if t < r.lowerBound {
                hi = mid - 1
            } else if t >= r.upperBound {
                lo = mid + 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// The text of a sentence, as written in the article.
    public func text(ofSentence s: Int) -> String {
        substring(sentences[s].start, sentences[s].end)
    }

    /// The article text between two scalar offsets.
    public func substring(_ start: Int, _ end: Int) -> String {
        let scalars = article.text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let b = scalars.index(a, offsetBy: max(0, end - start), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[a..<b])
    }

    /// The surface text of a token range, with the article's spacing.
    public func text(ofTokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var out = ""
        for i in range {
            if i > range.lowerBound && tokens[i].spaceBefore { out += " " }
            out += tokens[i].text
        }
        return out
    }
}

extension Document {
    /// The text of every sentence, computed in one pass over the article (linear in its length).
    public func sentenceTexts() -> [String] {
        let scalars = article.text.unicodeScalars
        var out: [String] = []
        out.reserveCapacity(sentences.count)
        var cursor = scalars.startIndex
        var offset = 0
        for s in sentences {
            if s.start < offset {
                out.append(substring(s.start, s.end))
                continue
            }
            cursor = scalars.index(cursor, offsetBy: s.start - offset, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let end = scalars.index(cursor, offsetBy: s.end - s.start, limitedBy: scalars.endIndex) ?? scalars.endIndex
            out.append(String(scalars[cursor..<end]))
            cursor = end
            offset = s.end
        }
        return out
    }
}

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
    /// The text of every sentence (as ``text(ofSentence:)`` gives it), computed in one pass over the article.
    public func sentenceTexts() -> [String] {
        sentenceTexts(where: [Bool](repeating: true, count: sentences.count))
    }

    /// The texts of the sentences `wanted` marks (parallel to ``sentences``), "" for the others: what
    /// ``text(ofSentence:)`` gives, found in one pass over the article's UTF-8 bytes rather than by walking its
    /// Unicode scalars. Sentence offsets count scalars, and a scalar starts at every byte that does not continue
    /// one (`10xxxxxx`); an offset past the end stands for the end.
    public func sentenceTexts(where wanted: [Bool]) -> [String] {
        var out = [String](repeating: "", count: sentences.count)
        var text = article.text
        text.withUTF8 { bytes in
            if Self.isASCII(bytes) {
                // Every scalar is one byte: the offsets are byte offsets.
                func offset(_ target: Int) -> Int { min(max(target, 0), bytes.count) }
                for (k, s) in sentences.enumerated() where k < wanted.count && wanted[k] {
                    let a = offset(s.start), b = offset(s.start + max(0, s.end - s.start))
                    out[k] = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
                }
                return
            }
            // The cursor: `scalar` scalars come before byte `byte`.
            var scalar = 0
            var byte = 0
            func seek(_ target: Int) -> Int {
                if target < scalar { (scalar, byte) = (0, 0) }
                while scalar < target && byte < bytes.count {
                    byte += 1
                    while byte < bytes.count && bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                    scalar += 1
                }
                return byte
            }
            for (k, s) in sentences.enumerated() where k < wanted.count && wanted[k] {
                let a = seek(s.start)
                let b = seek(s.start + max(0, s.end - s.start))
                out[k] = String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
            }
        }
        return out
    }

    /// Whether every byte is ASCII, read eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            if base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}

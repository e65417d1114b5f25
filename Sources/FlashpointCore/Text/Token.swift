/// One token of a document: a word, number, punctuation mark or symbol.
///
/// Offsets count Unicode scalars from the start of ``Document/text``, the same
/// unit Python uses for string indices, so `span` fields in records can be
/// checked with `text[start:end]`.
public struct Token: Sendable, Hashable {
    /// What kind of token this is, decided by the tokenizer from its characters.
    public enum Kind: UInt8, Sendable, Hashable {
        case word, number, punctuation, symbol
    }

    /// The token as written in the (normalised) document text.
    public var text: String
    /// Lower-cased form with typographic quotes, apostrophes and dashes unified: the key for dictionary lookups.
    public var norm: String
    /// Offset of the first scalar in the document text.
    public var start: Int
    /// Offset one past the last scalar in the document text.
    public var end: Int
    /// The token's character class.
    public var kind: Kind
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool

    /// Makes a token; `norm` defaults to the lower-cased text.
    public init(text: String, norm: String? = nil, start: Int, end: Int, kind: Kind, spaceBefore: Bool = true) {
        self.text = text
        self.norm = norm ?? text.lowercased()
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
    }
}

/// A sentence: its scalar offsets in the document text and the range of its tokens in ``Document/tokens``.
public struct SentenceSpan: Sendable, Hashable {
    /// Offset of the sentence's first scalar.
    public var start: Int
    /// Offset one past the sentence's last scalar.
    public var end: Int
    /// Indices of the sentence's tokens in the document's token array.
    public var tokens: Range<Int>

    /// Makes a sentence span.
    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }
}

/// The 17 universal part-of-speech tags of Universal Dependencies.
public enum UPOS: UInt8, Sendable, CaseIterable, Hashable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as written in CoNLL-U files ("NOUN", "PROPN", …).
    public var name: String { UPOS.names[Int(rawValue)] }

    /// Parses a tag name such as "VERB"; returns nil for anything else.
    public init?(name: String) {
        guard let index = UPOS.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
        "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
    ]

    /// Number of tags.
    static let count = 17
}

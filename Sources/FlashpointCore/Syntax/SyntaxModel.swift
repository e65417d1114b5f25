import Foundation

/// A word's syntactic head and relation.
public struct DependencyArc: Sendable, Hashable {
    /// 0-based index of the head within the sentence; -1 for the root.
    public var head: Int
    /// UD relation (base relations plus the subtypes kept by the parser, e.g. "nsubj:pass").
    public var label: String { didSet { relation = Relation(name: label) } }
    /// The label as a ``Relation``.
    public private(set) var relation: Relation

    /// Makes an arc.
    public init(head: Int, label: String) {
        self.init(head: head, label: label, relation: Relation(name: label))
    }

    /// An arc whose label's relation is already known (the parser maps its labels once, when it loads).
    init(head: Int, label: String, relation: Relation) {
        self.head = head
        self.label = label
        self.relation = relation
    }
}

/// The tagger, parser and lemmatizer loaded from their model files.
public final class SyntaxModel: Sendable {
    let tagger: POSTagger
    let parser: DependencyParser
    let lemmatizer: Lemmatizer

    init(tagger: POSTagger, parser: DependencyParser, lemmatizer: Lemmatizer) {
        self.tagger = tagger
        self.parser = parser
        self.lemmatizer = lemmatizer
    }

    /// Loads the bundled models from `models/` in the resource folder.
    public static func loadDefault() throws -> SyntaxModel {
        try SyntaxModel(directory: FlashpointResources.url("models"))
    }

    /// Loads `syntax-tagger.bin`, `syntax-parser.bin` and `syntax-lemmas.tsv` from a folder.
    public init(directory: URL) throws {
        tagger = try POSTagger.load(directory.appendingPathComponent(SyntaxTrainer.taggerFile))
        parser = try DependencyParser.load(directory.appendingPathComponent(SyntaxTrainer.parserFile))
        lemmatizer = try Lemmatizer.load(directory.appendingPathComponent(SyntaxTrainer.lemmaFile))
    }

    /// Universal part-of-speech tags for a tokenized sentence.
    public func tag(_ words: [String]) -> [UPOS] { tagger.tag(words) }

    /// Dependency arcs (one per word) for a tagged sentence.
    public func parse(_ words: [String], tags: [UPOS]) -> [DependencyArc] { parser.parse(words, tags: tags) }

    /// Lower-cased lemma of a word with its tag ("struck"/VERB → "strike").
    public func lemma(_ word: String, tag: UPOS) -> String { lemmatizer.lemma(word, tag: tag) }

    /// Relation labels the parser can produce.
    public var relations: [String] { parser.labelNames }
}

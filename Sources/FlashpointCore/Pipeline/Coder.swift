import Foundation

/// The event coder: runs every stage on an article and turns the events into records.
///
/// ```swift
/// let coder = try Coder()
/// let article = Article(id: "a1", date: Day(iso: "2025-11-20")!, text: "Israeli forces struck a camp in Lebanon.")
/// for record in coder.code(article) { print(record.cameo.code, record.actor.map(\.code)) }
/// ```
public final class Coder: Sendable {
    /// Where the coder's data comes from.
    public struct Options: Sendable {
        /// Extra actor dictionaries (a folder in the `Resources/dictionaries` layout), added to the defaults.
        public var dictionaryDirectory: URL?
        /// Extra event patterns (a folder with `verbs.tsv` and/or `nouns.tsv`), tried before the defaults.
        public var patternDirectory: URL?
        /// Whether to geocode event locations with the gazetteer.
        public var geocode: Bool

        public init(dictionaryDirectory: URL? = nil, patternDirectory: URL? = nil, geocode: Bool = true) {
            self.dictionaryDirectory = dictionaryDirectory
            self.patternDirectory = patternDirectory
            self.geocode = geocode
        }
    }

    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()
    let syntax: SyntaxModel
    let recognizer: ActorRecognizer
    let resolver = DateResolver()
    let matcher: EventMatcher
    let catalog: CameoCatalog
    let places: PlaceStage?
    let crosswalk = AcledCrosswalk()

    /// Loads the models, dictionaries, patterns and gazetteer.
    public init(options: Options = Options()) throws {
        catalog = try CameoCatalog.loadDefault()
        syntax = try SyntaxModel.loadDefault()
        var dictionary = try ActorDictionary.loadDefault()
        if let dir = options.dictionaryDirectory {
            dictionary = dictionary.merging(try ActorDictionary.load(directory: dir))
        }
        recognizer = ActorRecognizer(dictionary: dictionary)
        var lexicon = try EventLexicon.loadDefault(validCodes: catalog.codes)
        if let dir = options.patternDirectory {
            lexicon = try EventLexicon.load(directory: dir, validCodes: catalog.codes).merging(lexicon)
        }
        matcher = EventMatcher(lexicon: lexicon, catalog: catalog)
        places = options.geocode ? try PlaceStage.loadDefault() : nil
    }

    // MARK: - Stages

    /// Text layer: tokens and sentences.
    public func tokenize(_ doc: inout Document) {
        doc.tokens = tokenizer.tokenize(doc.article.text)
        doc.sentences = splitter.split(doc.article.text, tokens: doc.tokens)
    }

    /// Syntax layer: tags, lemmas and the dependency tree of each sentence.
    public func parse(_ doc: inout Document) {
        let n = doc.tokens.count
        doc.tags = [UPOS](repeating: .x, count: n)
        doc.lemmas = [String](repeating: "", count: n)
        doc.heads = [Int](repeating: -1, count: n)
        doc.relations = [String](repeating: "dep", count: n)
        for s in doc.sentences {
            let range = s.tokens
            guard !range.isEmpty else { continue }
            // Very long "sentences" (tables, lists without punctuation) are parsed in windows.
            var start = range.lowerBound
            while start < range.upperBound {
                let end = min(range.upperBound, start + 200)
                let words = doc.tokens[start..<end].map(\.text)
                let tags = syntax.tag(words)
                let arcs = syntax.parse(words, tags: tags)
                for k in 0..<words.count {
                    let i = start + k
                    doc.tags[i] = tags[k]
                    doc.lemmas[i] = syntax.lemma(words[k], tag: tags[k])
                    doc.heads[i] = arcs[k].head >= 0 ? start + arcs[k].head : -1
                    doc.relations[i] = arcs[k].head >= 0 ? arcs[k].label : "root"
                }
                start = end
            }
        }
    }

    /// Actors layer.
    public func recognizeActors(_ doc: inout Document) {
        doc.actors = recognizer.recognize(doc.tokens, sentences: doc.sentences, date: doc.article.date)
    }

    /// Time layer: date expressions of every sentence.
    public func findTimes(_ doc: inout Document) {
        var times: [TimeExpression] = []
        for s in doc.sentences where !s.tokens.isEmpty {
            times += resolver.find(in: doc.tokens, range: s.tokens, articleDate: doc.article.date)
        }
        doc.times = times
    }

    /// Events layer, then places, fatalities, ACLED categories and actor countries from context.
    public func findEvents(_ doc: inout Document) {
        var events = matcher.events(in: doc)
        let context = dominantCountry(doc)
        places?.locate(&events, in: doc)
        for k in events.indices {
            let s = events[k].sentence
            let range = doc.sentences[s].tokens
            let fill = events[k].location?.country.flatMap(Self.iso3(fromGazetteer:)) ?? context
            events[k].source = events[k].source.map { Self.withCountry($0, fill) }
            events[k].target = events[k].target.map { Self.withCountry($0, fill) }
            var words = Set<String>()
            for i in range {
                words.insert(doc.lemmas[i])
                words.insert(doc.tokens[i].norm)
            }
            events[k].acled = crosswalk.category(
                code: events[k].code, source: events[k].source, target: events[k].target, words: words)
        }
        assignFatalities(&events, doc: doc)
        doc.events = events
    }

    /// Runs every stage.
    public func annotate(_ article: Article) -> Document {
        var doc = Document(article: article)
        tokenize(&doc)
        parse(&doc)
        recognizeActors(&doc)
        findTimes(&doc)
        findEvents(&doc)
        return doc
    }

    /// The records of an article, in text order.
    public func code(_ article: Article) -> [EventRecord] {
        records(annotate(article))
    }

    // MARK: - Helpers

    private func isViolent(_ e: EventMention) -> Bool {
        let root = e.code.prefix(2)
        return root == "18" || root == "19" || root == "20" || e.code.hasPrefix("145") || e.code.hasPrefix("175")
    }

    /// The country the article is most about: the most mentioned country among its actors.
    func dominantCountry(_ doc: Document) -> String? {
        var counts: [String: Int] = [:]
        for m in doc.actors {
            if let c = m.actor.country { counts[c, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    static func withCountry(_ a: Actor, _ country: String?) -> Actor {
        guard a.country == nil, let country, a.code.count <= 3 else { return a }
        var b = a
        b.country = country
        let sector = a.sector ?? ""
        b.code = country + sector
        return b
    }

    static func iso3(fromGazetteer c: String) -> String? {
        c.count == 3 ? c : nil
    }
}

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
        let catalog = try CameoCatalog.loadDefault()
        self.catalog = catalog
        // The models and the event patterns load on a second thread while this one reads the actor dictionaries and
        // the gazetteer: the two halves take about as long.
        let patternDirectory = options.patternDirectory
        let background = BackgroundLoad { () throws -> (SyntaxModel, EventMatcher) in
            var lexicon = try EventLexicon.loadDefault(validCodes: catalog.codes)
            if let dir = patternDirectory {
                lexicon = try EventLexicon.load(directory: dir, validCodes: catalog.codes).merging(lexicon)
            }
            return (try SyntaxModel.loadDefault(), EventMatcher(lexicon: lexicon, catalog: catalog))
        }
        var dictionary = try ActorDictionary.loadDefault()
        if let dir = options.dictionaryDirectory {
            dictionary = dictionary.merging(try ActorDictionary.load(directory: dir))
        }
        recognizer = ActorRecognizer(dictionary: dictionary)
        places = options.geocode ? try PlaceStage.loadDefault() : nil
        (syntax, matcher) = try background.value()
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
        doc.relations = [Relation](repeating: .dep, count: n)
        for s in doc.sentences {
            let range = s.tokens
            guard !range.isEmpty else { continue }
            // Very long "sentences" (tables, lists without punctuation) are parsed in windows.
            var start = range.lowerBound
            while start < range.upperBound {
                let end = min(range.upperBound, start + 200)
                let words = doc.tokens[start..<end].map(\.text)
                // One analysis of each word (lower-cased hash, affixes, shape) serves the tagger and the parser.
                let infos = WordInfo.analyse(words)
                let tags = syntax.tagger.tag(words, infos: infos)
                let arcs = syntax.parser.parse(infos: infos, tags: tags)
                for k in 0..<words.count {
                    let i = start + k
                    doc.tags[i] = tags[k]
                    doc.lemmas[i] = syntax.lemma(words[k], tag: tags[k])
                    doc.heads[i] = arcs[k].head >= 0 ? start + arcs[k].head : -1
                    doc.relations[i] = arcs[k].head >= 0 ? arcs[k].relation : .root
                }
                start = end
            }
            Self.repairPassiveSubjects(&doc, range)
        }
    }

    /// A passive subject on a verb with an object and no passive auxiliary ("Lebanese authorities condemned the
    /// strike" read with "authorities" as `nsubj:pass`) is the verb's active subject: UD has no passive with an
    /// object.
    static func repairPassiveSubjects(_ doc: inout Document, _ range: Range<Int>) {
        for i in range where doc.relations[i] == .nsubjPass {
            let v = doc.heads[i]
            guard v >= 0 else { continue }
            var object = false
            var auxPass = false
            for k in range where doc.heads[k] == v {
                if doc.relations[k] == .obj { object = true }
                if doc.relations[k] == .auxPass { auxPass = true }
            }
            if object && !auxPass { doc.relations[i] = .nsubj }
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
        // Stated intentions are events of their own (CAMEO 03, 13), told by the same words.
        let intents = IntentEvents.derive(&events, doc: doc, catalog: matcher.catalog)
        if !intents.isEmpty {
            // Each statement right after the intended event it tells of.
            var merged: [EventMention] = []
            for k in events.indices {
                merged.append(events[k])
                if let i = intents[k] { merged.append(i) }
            }
            events = merged
        }
        Self.definiteNounsTellEarlierEvents(&events, doc: doc)
        Self.impliedProtesters(&events, doc: doc)
        let context = dominantCountry(doc)
        places?.locate(&events, in: doc)
        // Words of date expressions say nothing about the event ("on 19 March" is no march). Marked over the
        // tokens (only when there are events to read them): a set of them hashed every token of every sentence
        // with an event.
        var inTime = [Bool](repeating: false, count: events.isEmpty ? 0 : doc.tokens.count)
        for t in doc.times {
            for i in t.tokens.clamped(to: inTime.indices) { inTime[i] = true }
        }
        var wordsBySentence: [Int: SentenceWords] = [:]
        for k in events.indices {
            let s = events[k].sentence
            let fill = events[k].location?.country.flatMap(Self.iso3(fromGazetteer:)) ?? context
            events[k].source = events[k].source.map { Self.withCountry($0, fill) }
            events[k].target = events[k].target.map { Self.withCountry($0, fill) }
            let words: SentenceWords
            if let known = wordsBySentence[s] {
                words = known
            } else {
                var found = SentenceWords()
                for i in doc.sentences[s].tokens where !inTime[i] {
                    found.add(doc.lemmas[i])
                    found.add(doc.tokens[i].norm)
                }
                words = found
                wordsBySentence[s] = words
            }
            events[k].acled = crosswalk.category(
                code: events[k].code, source: events[k].source, target: events[k].target, words: words,
                trigger: doc.lemmas[events[k].trigger])
        }
        Self.alignConsequences(&events, lemmas: doc.lemmas)
        Self.alignProtests(&events, doc: doc)
        Self.alignDuringProtests(&events, doc: doc)
        Self.alignShortReport(&events, doc: doc)
        Self.borrowActors(&events)
        assignFatalities(&events, doc: doc)
        // Last: the rules above read an empty source as "no perpetrator named".
        Self.impliedPerpetrators(&events, doc: doc, context: context)
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

    static let incidentTypes: WordSet = [
        "Battles", "Explosions/Remote violence", "Riots", "Violence against civilians", "Protests",
    ]

    /// Deaths and injuries reported in the same sentence as the incident that caused them take the incident's
    /// ACLED category, so that "four killed in tribal skirmishes" is a battle, not an attack on civilians.
    static func alignConsequences(_ events: inout [EventMention], lemmas: [String]) {
        for k in events.indices where events[k].acled != nil && EventMatcher.harmLemmas.contains(lemmas[events[k].trigger]) {
            let s = events[k].sentence
            let incident = events.indices.first { j in
                j != k && events[j].sentence == s && events[j].modality == .asserted
                    && !EventMatcher.harmLemmas.contains(lemmas[events[j].trigger])
                    && incidentTypes.contains(events[j].acled?.eventType ?? "")
            }
            guard let incident else { continue }
            // An attack whose victims turn out to be armed ("police shoot and kill seven gang members during a
            // raid") is a battle: the consequence knows better than a generic attack.
            if events[k].acled?.eventType == "Battles" && events[incident].acled?.subEventType == "Attack" {
                events[incident].acled = events[k].acled
            }
            events[k].acled = events[incident].acled
            // "One person was killed following an attack by Pokot militia": the attackers are the killers.
            if events[k].source.isEmpty {
                let victims = Set(events[k].target.map(\.code))
                events[k].source = events[incident].source.filter { !victims.contains($0.code) }
            }
        }
    }

    /// A protest or riot told as a noun with no one named ("Riots broke out in Kisumu", "a protest over fuel
    /// prices") names its own actors: the protesters, or the rioters; one told as a verb whose subject is a
    /// crowd or plural noun no dictionary knows ("Thousands marched", "Nurses protested") is by civilians. Their
    /// country comes from the place, as for any actor without one.
    static func impliedProtesters(_ events: inout [EventMention], doc: Document) {
        for k in events.indices where events[k].source.isEmpty && events[k].code.hasPrefix("14") {
            let t = events[k].trigger
            switch doc.tags[t] {
            case .verb:
                // "Thousands marched in Lima", "Landlords protested": a crowd counted, or a plural noun no
                // dictionary knows (a known one would already be the source).
                guard let subj = doc.sentences[events[k].sentence].tokens.first(where: { i in
                    doc.heads[i] == t && doc.relations[i].base == .nsubj
                }), isUnnamedCrowd(subj, doc) else { continue }
                events[k].source = [Actor(code: "CVL", country: nil, sector: "CVL", name: doc.tokens[subj].norm)]
                events[k].argumentNotes.append("source: the people '\(doc.tokens[subj].text)' names")
            case .noun, .propn:
                let name = doc.lemmas[t].hasPrefix("riot") ? "rioters" : "protesters"
                events[k].source = [Actor(code: "OPP", country: nil, sector: "OPP", name: name)]
                events[k].argumentNotes.append("source: \(name), implied by the noun '\(doc.tokens[t].text)'")
            default:
                continue
            }
        }
    }

    /// A number, a crowd word ("thousands") or a plural noun.
    static func isUnnamedCrowd(_ i: Int, _ doc: Document) -> Bool {
        let w = doc.tokens[i].norm
        return doc.tags[i] == .num || crowdWords.contains(w)
            || (doc.tags[i] == .noun && w != doc.lemmas[i] && w.hasSuffix("s"))
    }

    /// Counted crowds that march or rally: "Thousands marched", "Hundreds rallied".
    static let crowdWords: WordSet = ["thousands", "hundreds", "dozens", "scores", "tens", "millions"]

    static let riotCodes = ["144", "1711", "1712"]
    static let interventionWords: WordSet = ["teargas", "tear", "disperse", "baton", "cannon", "arrest", "quell"]

    /// A short report (a wire brief, an incident note) tells one incident: when it says the sides fought
    /// ("a shootout ensued", "clashed with police"), its generic attacks are part of that battle.
    /// Whether the report says the attacked side fought back: "repulsed by police", "security forces pushed back
    /// the attackers", "exchanged fire", "a shootout ensued".
    static func saysTheyFoughtBack(_ doc: Document) -> Bool {
        for i in doc.tokens.indices {
            let l = doc.lemmas[i]
            if l == "repulse" || l == "repel" || l == "shootout" || l == "shoot-out" || l == "gunfight" || l == "gunbattle" { return true }
            guard i + 1 < doc.tokens.count else { continue }
            let next = doc.tokens[i + 1].norm
            if (l == "push" || l == "fight" || l == "beat") && next == "back" { return true }
            if l == "exchange" && (next == "fire" || next == "gunfire" || next == "shots") { return true }
            if l == "gun" && next == "battle" { return true }
        }
        return false
    }

    static func alignShortReport(_ events: inout [EventMention], doc: Document) {
        guard doc.sentences.count <= 4 else { return }
        // Arrests, burnt houses and troop movements told with violence are part of the violent incident.
        if let incident = events.first(where: { e in
            e.modality == .asserted && incidentTypes.contains(e.acled?.eventType ?? "")
        })?.acled {
            for k in events.indices where events[k].modality == .asserted
                && events[k].acled?.eventType == AcledCrosswalk.strategic
            {
                // Houses blown up with explosives are a demolition: the destruction stays what it is.
                if events[k].acled?.subEventType == "Looting/property destruction"
                    && incident.subEventType == "Remote explosive/landmine/IED"
                {
                    continue
                }
                events[k].acled = incident
            }
        }
        // An attack the other side fought back is a battle, whether or not the fighting back was coded as an event.
        let fought = saysTheyFoughtBack(doc) ? AcledCategory("Battles", "Armed clash") : nil
        guard let battle = events.first(where: { $0.modality == .asserted && $0.acled?.eventType == "Battles" })?.acled ?? fought
        else { return }
        for k in events.indices where events[k].modality == .asserted && events[k].acled?.subEventType == "Attack" {
            events[k].acled = battle
        }
    }

    /// "Israeli warplanes struck a building … Lebanese authorities condemned the strike": an event noun with "the"
    /// and no actor of its own is the event of the same kind told before; it takes that event's actors.
    static func definiteNounsTellEarlierEvents(_ events: inout [EventMention], doc: Document) {
        for k in events.indices where events[k].source.isEmpty && doc.tags[events[k].trigger] == .noun {
            let t = events[k].trigger
            guard doc.sentences[events[k].sentence].tokens.contains(where: { doc.heads[$0] == t && doc.relations[$0] == .det
                    && ["the", "this", "that"].contains(doc.tokens[$0].norm) })
            else { continue }
            let root = events[k].code.prefix(2)
            guard let j = events.indices.last(where: { j in
                events[j].sentence < events[k].sentence && events[j].code.prefix(2) == root && !events[j].source.isEmpty
            }) else { continue }
            events[k].source = events[j].source
            if events[k].target.isEmpty { events[k].target = events[j].target }
            events[k].argumentNotes.append("actors: the '\(doc.tokens[t].text)' told before ('\(doc.tokens[events[j].trigger].text)')")
        }
    }

    /// An event the text gives no actor for ("Property destruction: on 3 May, soldiers set fire to houses") takes
    /// the actors of the event of the same ACLED type that the same sentence tells with them.
    static func borrowActors(_ events: inout [EventMention]) {
        for k in events.indices where events[k].source.isEmpty && events[k].target.isEmpty {
            guard let type = events[k].acled?.eventType else { continue }
            let s = events[k].sentence
            if let j = events.indices.first(where: { j in
                j != k && events[j].sentence == s && !events[j].source.isEmpty && events[j].acled?.eventType == type
            }) {
                events[k].source = events[j].source
                events[k].target = events[j].target
            }
        }
    }

    /// An incident told without its perpetrator ("A man was shot dead in Kibera", "Three people were injured when
    /// their vehicle hit an IED. Al Shabaab suspected.") gets the source that incident reports conventionally
    /// give it, marked `implied`: the armed group the sentence or the short report names as the suspect, else the
    /// perpetrator of the incident told just before on the same date, else, as ACLED codes such events, an
    /// unidentified armed group (rioters, protesters) of the event's country. Air
    /// strikes and shelling are left alone: who fires them across a border the place does not tell.
    static func impliedPerpetrators(_ events: inout [EventMention], doc: Document, context: String?) {
        for k in events.indices where events[k].source.isEmpty && events[k].modality == .asserted {
            guard let c = events[k].acled, incidentTypes.contains(c.eventType) else { continue }
            if let m = suspect(of: events[k], doc: doc) {
                var a = m.actor
                a.implied = true
                events[k].source = [a]
                events[k].argumentNotes.append("source: \(a.name), the armed group the report names (implied)")
                continue
            }
            // "Israeli forces struck the camp. … the operation was conducted …": the incident told before, by
            // the same date, with its perpetrator named.
            let victims = Set(events[k].target.map(\.code))
            if let j = events.indices[..<k].last(where: { j in
                events[j].modality == .asserted && events[j].date == events[k].date
                    && incidentTypes.contains(events[j].acled?.eventType ?? "")
                    && !events[j].source.isEmpty && !events[j].source.contains { $0.implied || victims.contains($0.code) }
            }) {
                events[k].source = events[j].source.map { a in
                    var b = a
                    b.implied = true
                    return b
                }
                let names = events[k].source.map(\.name).joined(separator: ", ")
                events[k].argumentNotes.append("source: \(names), of the incident told before (implied)")
                continue
            }
            guard !remoteStrikes.contains(c.subEventType),
                  let country = events[k].location?.country.flatMap(Self.iso3(fromGazetteer:)) ?? context
            else { continue }
            let (sector, name) = switch c.eventType {
            case "Riots": ("OPP", "rioters")
            case "Protests": ("OPP", "protesters")
            default: ("UAF", "unidentified armed group")
            }
            events[k].source = [Actor(code: country + sector, country: country, sector: sector, name: name, implied: true)]
            events[k].argumentNotes.append("source: \(name) of \(country), implied: the report names no perpetrator")
        }
    }

    static let stateSectors: WordSet = ["MIL", "COP", "SPY", "GOV"]
    static let victimMarkers: WordSet = ["from", "on", "against", "of", "targeting"]
    static let remoteStrikes: WordSet = ["Air/drone strike", "Shelling/artillery/missile attack"]
    static let suspicionWords: WordSet = [
        "suspect", "suspected", "believe", "believed", "blame", "blamed", "claim", "claimed", "responsibility",
        "perpetrator", "attribute", "attributed", "accuse", "accused",
    ]

    /// The named armed group an incident without a source is laid to: one the incident's own sentence names
    /// ("after an Al Shabaab IED detonated"), or, in a short report, one a sentence names as the suspect
    /// ("Al Shabaab suspected.", "The perpetrators are believed to be al Shabaab"). Never one of the victims.
    static func suspect(of e: EventMention, doc: Document) -> ActorMention? {
        let victims = Set(e.target.map(\.code))
        let short = doc.sentences.count <= 4
        for m in doc.actors where m.kind == .group && !victims.contains(m.actor.code) {
            // Non-state groups only: a named army or police force told with an unattributed attack is its target.
            guard AcledCrosswalk.isArmed(m.actor), !stateSectors.contains(m.actor.sector ?? ""),
                  let s = doc.sentenceIndex(ofToken: m.head)
            else { continue }
            // "an attack on al-Shabaab", "enemies from the Pokot community": the group is on the receiving end.
            if m.tokens.lowerBound > 0 && victimMarkers.contains(doc.tokens[m.tokens.lowerBound - 1].norm) { continue }
            if m.tokens.lowerBound > 1 && doc.tags[m.tokens.lowerBound - 1] == .det
                && victimMarkers.contains(doc.tokens[m.tokens.lowerBound - 2].norm) { continue }
            if s == e.sentence { return m }
            if short && doc.sentences[s].tokens.contains(where: { suspicionWords.contains(doc.lemmas[$0]) || suspicionWords.contains(doc.tokens[$0].norm) }) {
                return m
            }
        }
        return nil
    }

    /// A protest is one incident however many sentences tell it: when any part of the report says the protesters
    /// blocked roads, threw stones or rioted, the protest is a violent demonstration; when police dispersed it, a
    /// protest with intervention. Police action against the protesters is coded to the same incident.
    static func alignProtests(_ events: inout [EventMention], doc: Document) {
        let protests = events.indices.filter { events[$0].code.hasPrefix("14") && events[$0].modality == .asserted }
        guard !protests.isEmpty else { return }
        var riot = false
        var intervention = false
        for e in events where e.modality == .asserted {
            if e.code.hasPrefix("145") || e.acled?.subEventType == "Violent demonstration" { riot = true }
            if e.code.hasPrefix("175") { intervention = true }
            // Protesters who block, burn, destroy or hurt: the protest is a riot.
            let byProtesters = !e.source.isEmpty && e.source.allSatisfy { AcledCrosswalk.isCivilian($0) }
            // Only what they do counts ("blocked", "torched"), not the grievance they name ("the demolition").
            if byProtesters && doc.tags[e.trigger] == .verb && Self.riotCodes.contains(where: { e.code.hasPrefix($0) }) {
                riot = true
            }
        }
        // A short report tells one protest: what the protesters did in any of its sentences counts ("Residents
        // protest the state of the road. Protesters lit bonfires."); in a longer article, only the protest's own.
        let told = doc.sentences.count <= 4 ? Set(doc.sentences.indices) : Set(protests.map { events[$0].sentence })
        for s in told {
            for i in doc.sentences[s].tokens {
                let l = doc.lemmas[i]
                if AcledCrosswalk.riotWords.contains(l) { riot = true }
                if interventionWords.contains(l) { intervention = true }
            }
        }
        for k in events.indices where events[k].modality == .asserted {
            guard let c = events[k].acled else { continue }
            let protestLike = events[k].code.hasPrefix("14") || events[k].code.hasPrefix("175")
            guard protestLike, c.subEventType != "Excessive force against protesters", c.eventType != "Riots" || !riot
            else { continue }
            if riot {
                events[k].acled = AcledCategory("Riots", "Violent demonstration")
            } else if intervention {
                events[k].acled = AcledCategory("Protests", "Protest with intervention")
            }
        }
    }


    /// Violence told as happening "during" a protest or riot of the same sentence ("two supporters were shot dead
    /// by police during election riots", "five shot in clashes between rioters and police") is part of it: a riot
    /// makes it a violent demonstration; a protest met with state force, excessive force against protesters.
    static func alignDuringProtests(_ events: inout [EventMention], doc: Document) {
        for k in events.indices where events[k].modality == .asserted {
            guard let c = events[k].acled, c.eventType != "Protests", c.eventType != "Riots",
                  Self.incidentTypes.contains(c.eventType), !events[k].code.hasPrefix("14")
            else { continue }
            let s = events[k].sentence
            let tk = events[k].trigger
            guard let j = events.indices.first(where: { j in
                let tj = events[j].trigger
                guard j != k, events[j].sentence == s, events[j].modality == .asserted, events[j].code.hasPrefix("14"),
                      tj > tk, doc.tags[tj] == .noun else { return false }
                // "during (the) (violent) (election) riots": the marker a few modifiers before the noun.
                var b = tj - 1
                while b > tk && tj - b <= 4 {
                    let w = doc.tokens[b].norm
                    if w == "during" || w == "amid" || w == "in" { return true }
                    guard doc.tags[b] == .adj || doc.tags[b] == .noun || doc.tags[b] == .det || doc.tags[b] == .propn
                    else { return false }
                    b -= 1
                }
                return false
            }), let protest = events[j].acled else { continue }
            if protest.eventType == "Riots" {
                events[k].acled = AcledCategory("Riots", "Violent demonstration")
            } else if protest.eventType == "Protests", events[k].source.contains(where: { $0.sector == "COP" || $0.sector == "MIL" }) {
                events[k].acled = AcledCategory("Protests", "Excessive force against protesters")
            }
        }
    }

    /// The country the article is most about: the most mentioned country among its actors. Named armed groups
    /// do not count: they cross borders ("Police kill an al-Shabaab recruiter" says nothing of Somali police).
    func dominantCountry(_ doc: Document) -> String? {
        var counts: [String: Int] = [:]
        for m in doc.actors where m.kind != .group {
            if let c = m.actor.country { counts[c, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Sectors that belong to no country: "the international community" stays `IGO`, not `ISRIGO`.
    static let countrylessSectors: WordSet = ["IGO", "XXX", "MNC"]

    static func withCountry(_ a: Actor, _ country: String?) -> Actor {
        guard a.country == nil, let country, a.code.count <= 3, !countrylessSectors.contains(a.code) else { return a }
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

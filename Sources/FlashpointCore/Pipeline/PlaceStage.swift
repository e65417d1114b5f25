import Foundation

/// The Places stage of the pipeline: finds the place names of the article, resolves them with the article's
/// context, and gives every event the place where it happened.
///
/// Names are resolved twice: once with the actors' countries, then with the article's *home* countries (those
/// its named countries, resolved places and actors agree on), so that a small place abroad cannot win over the
/// article's own country ("Maua" in a Kenyan note is not Mauá, Brazil). When the text settles no home country,
/// the feed's country (``Article/country``) is used, and a location that only it gives has basis `feed`.
///
/// The event's place is, in order of preference: the place an ACLED-style note says the event is "coded to"
/// (or "LOCATION: X"); a place attached to the event's clause by a locative word ("in", "at", "near", "5 km
/// south of"); another place named in the sentence; a country named in the sentence (replaced by the article's
/// first place when that place lies in the country, with precision `near`); the place of the article's
/// previous event; the first place named anywhere in the article; a country named in the article; the article's
/// home country (its capital, precision `country`). A name the gazetteer does not know falls back to a resolved
/// place named right after it in the sentence ("Chesongoch, Kerio Valley", "X in Y County"), then to the
/// article's place or country, with a coarser precision; with none of them it keeps its name and precision
/// `unresolved`.
struct PlaceStage: Sendable {
    let geocoder: Geocoder
    /// Country rows by ISO2 and ISO3 code.
    let countries: [String: Place]

    /// The ISO2 code of each country's ISO2 and ISO3 code (the row's own country), without copying its row.
    let countryOfCode: [String: String]

    init(geocoder: Geocoder) {
        self.geocoder = geocoder
        self.countries = geocoder.gazetteer.countryPlaces()
        self.countryOfCode = countries.mapValues(\.country)
    }

    static func loadDefault() throws -> PlaceStage {
        PlaceStage(geocoder: Geocoder(gazetteer: try Gazetteer.loadDefault()))
    }

    /// A name found in the text, before it is resolved.
    struct Name {
        var match: ToponymMatch
        var sentence: Int
        /// On a nationality's tokens ("Somali herders"): it may only name a country.
        var demonym: Bool
    }

    /// What a name's resolution with the home countries depends on besides them: the name, its qualifier and
    /// its first choice.
    struct HomeKey: Hashable {
        var text: ByteKey
        var qualifier: String?
        var first: Int
    }

    /// A resolved name in the text.
    struct Found {
        var match: ToponymMatch
        let place: ScoredPlace?
        /// Whether ``place`` is a country, and whether it is a place below one: the fallbacks ask again and again,
        /// and reading them here copies nothing out of ``place``.
        let isCountry: Bool
        let isPlace: Bool
        var sentence: Int
        var near: Bool
        var offsetKm: Double?
        var bearing: String?
        /// Followed by a facility word ("Al Quds Hospital", "Ansar junction"): a building or spot named after a
        /// place, so a poorer guess than a place named plainly.
        var facility = false
        /// Introduced by a locative word, or near a place: it can place the event of its clause.
        var locative = false

        init(match: ToponymMatch, place: ScoredPlace?, sentence: Int) {
            self.match = match
            self.place = place
            isCountry = place?.place.isCountry ?? false
            isPlace = place != nil && !isCountry
            self.sentence = sentence
            near = false
        }
    }

    static let facilityWords: WordSet = [
        "hospital", "university", "college", "school", "junction", "roundabout", "complex", "street", "road",
        "avenue", "highway", "mosque", "church", "stadium", "market", "square", "bridge", "station", "court",
        "courts", "prison", "hotel", "mall", "tower", "towers", "building", "hall", "factory", "farm", "ranch",
        "forest", "park", "clinic", "centre", "center", "club", "office", "offices", "gate", "crossing",
    ]

    static let locativeWords: WordSet = [
        "in", "at", "near", "outside", "inside", "around", "across", "into", "on", "from", "to", "toward", "towards",
        "through", "throughout", "within", "of", "between", "along", "off", "by",
    ]
    static let nearWords: WordSet = ["near", "outside", "around", "close", "nearby", "off", "west", "east", "north", "south", "northeast", "northwest", "southeast", "southwest", "km", "kilometres", "kilometers", "miles"]
    /// Nouns that may stand between a locative word and a name ("in the capital Nairobi", "at the town of X").
    static let placeNouns: WordSet = [
        "capital", "town", "city", "village", "county", "district", "region", "area", "estate", "settlement",
        "location", "suburb", "neighbourhood", "neighborhood", "port", "province", "governorate", "camp", "market",
    ]
    /// Words before a group's name that make it a place ("attacked in Turkana", "at Meru"), not the group.
    static let placeBeforeWords: WordSet = [
        "in", "at", "near", "outside", "inside", "around", "across", "into", "towards", "toward", "throughout", "within",
    ]
    /// Words after a group's name that keep it a group even after a locative ("in Pokot attacks").
    static let groupAfterWords: WordSet = [
        "militia", "militias", "fighters", "attack", "attacks", "raiders", "raid", "raids", "bandits", "youths",
        "youth", "herders", "community", "communities", "elders", "men", "gunmen", "members", "forces", "group",
        "groups", "rebels", "people", "warriors", "morans", "residents", "supporters", "leaders", "officials",
    ]

    /// People nouns that a region's name can qualify ("Somali traders").
    static let peopleWords: WordSet = [
        "assailants", "traders", "refugees", "pastoralists", "herdsmen", "villagers", "nationals", "man", "woman",
        "men", "women", "students", "politicians", "businessmen", "squatters", "farmers", "clan", "clans", "tribe",
        "tribesmen", "ethnic", "origin",
    ]

    /// Whether the group or person mention covering `tokens` reads as a place: a locative word before it and
    /// no group noun after it.
    static func readsAsPlace(_ tokens: Range<Int>, in doc: Document, sentence: Range<Int>) -> Bool {
        guard tokens.lowerBound > sentence.lowerBound, placeBeforeWords.contains(doc.tokens[tokens.lowerBound - 1].norm)
        else { return false }
        if tokens.upperBound < sentence.upperBound, groupAfterWords.contains(doc.tokens[tokens.upperBound].norm) { return false }
        return true
    }

    /// Sets `location` on each event.
    func locate(_ events: inout [EventMention], in doc: Document) {
        guard !events.isEmpty else { return }
        // The actors' distinct countries, sorted: an article's actors come from a handful of countries, so a list
        // searched linearly; the mentions are read in place rather than copied (each holds several strings).
        var actorCountries: [String] = []
        for k in doc.actors.indices {
            if let c = doc.actors[k].actor.country, !actorCountries.contains(c) { actorCountries.append(c) }
        }
        actorCountries.sort()
        // Names of groups, organisations and people are not toponyms ("Hamas" is not Hamm) unless they read as a
        // place ("in Turkana"); nationality adjectives ("Somali herders") only name countries.
        // Token masks: a name is tested against them token by token.
        var actorToken = [Bool](repeating: false, count: doc.tokens.count)
        var demonymToken = actorToken
        func mark(_ mask: inout [Bool], _ r: Range<Int>) { for t in r where t >= 0 && t < mask.count { mask[t] = true } }
        func marked(_ mask: [Bool], _ r: Range<Int>) -> Bool { r.contains { $0 >= 0 && $0 < mask.count && mask[$0] } }
        for k in doc.actors.indices {
            let kind = doc.actors[k].kind, tokens = doc.actors[k].tokens
            switch kind {
            case .group, .organization, .person:
                let s = doc.sentenceIndex(ofToken: tokens.lowerBound).map { doc.sentences[$0].tokens } ?? tokens
                if kind == .organization || kind == .person || !Self.readsAsPlace(tokens, in: doc, sentence: s) {
                    mark(&actorToken, tokens)
                }
            case .country:
                // Used attributively ("Somali herders", "Kenyan police"): a nationality, not a place.
                if tokens.upperBound < doc.tokens.count, doc.tokens[tokens.upperBound].kind == .word,
                   let c = doc.tokens[tokens.upperBound].text.unicodeScalars.first, c.properties.isLowercase,
                   !Geocoder.adminSuffixWords.contains(doc.tokens[tokens.upperBound].norm)
                {
                    mark(&demonymToken, tokens)
                }
            case .agent where doc.actors[k].actor.country != nil:
                // "Somali militants", "Ethiopian raiders": the nationality before the agent word.
                mark(&demonymToken, tokens.lowerBound..<doc.actors[k].head)
            default: break
            }
        }
        // Every name of the article, resolved first with the actors' countries.
        var names: [Name] = []
        for s in doc.sentences.indices {
            for m in geocoder.findToponyms(doc.tokens, in: doc.sentences[s].tokens) where !marked(actorToken, m.range) {
                names.append(Name(match: m, sentence: s, demonym: marked(demonymToken, m.range)))
            }
        }
        // The feed's country (``Article/country``) stands in when the article's own text settles no country.
        let feed = doc.article.country.flatMap { countries[$0.uppercased()]?.country }
        guard !names.isEmpty || !actorCountries.isEmpty || feed != nil else { return }
        var first: [ScoredPlace?] = []
        // The first choices' ids, which the second round reads without copying the choices.
        var firstIDs: [Int?] = []
        var alsoIn: [[String]] = []
        var seenNames = Set<String>()
        var resolved: [Place] = []
        // The context of the first round, coded once: it only gains the places resolved so far.
        var scope = Geocoder.Scope(preferred: actorCountries)
        for n in names.indices {
            let r = geocoder.ranking(names[n].match.text, scope: scope, qualifier: names[n].match.qualifier)
            // The choice is read in the ranking (its candidate's plain values, its match's place): each test of a
            // `ScoredPlace?` would copy it.
            var best = r.ranked.first?.index
            if let b = best, !r.analysis.candidates[b].isCountry, names[n].demonym { best = nil }
            if let b = best, !r.analysis.candidates[b].isCountry {
                resolved.append(r.analysis.matches[b].place)
                scope.others.append(Geocoder.Anchor(r.analysis.matches[b].place))
                scope.knownOthers += 1
            }
            first.append(best == nil ? nil : r.chosen)
            firstIDs.append(best.map { r.analysis.candidates[$0].geonameid })
            if let b = best, seenNames.insert(NameKey.plain(names[n].match.text)).inserted {
                let country = r.analysis.matches[b].place.country
                var others: [String] = []
                for cc in r.countries(prefix: 8) where cc != country && !others.contains(cc) { others.append(cc) }
                alsoIn.append(others)
            } else {
                alsoIn.append([])
            }
        }
        var home = homeCountries(first.map { $0?.place }, alsoIn: alsoIn, actors: doc.actors, feed: feed)
        // In a feed about one country, foreigners named without any place ("Youths protest after Chinese nationals
        // were hired") are news from that country, not from theirs.
        if feed != nil, firstIDs.allSatisfy({ $0 == nil }) { home = [] }
        let homeFromFeed = home.isEmpty && feed != nil
        if homeFromFeed, let feed { home = [feed] }
        // Again with the home countries: small places abroad drop out, the article's own places gain.
        var found: [Found] = []
        var skipped = Set<Int>()
        if home.isEmpty {
            for k in names.indices { found.append(makeFound(names[k].match, first[k], names[k].sentence, doc)) }
        } else {
            let anchors = resolved.filter { home.contains($0.country) }
            let homeScope = Geocoder.Scope(preferred: home + actorCountries, home: home, others: anchors)
            // The context differs between names only by the name's own first choice, so a name repeated with the
            // same choice resolves the same way: once per article.
            // The rankings are kept, not their choices: a ranking holds two references, a choice eight strings.
            var memo: [HomeKey: Geocoder.Ranking] = [:]
            memo.reserveCapacity(names.count)
            for k in names.indices {
                let n = names[k].match
                let key = HomeKey(text: ByteKey(text: n.text), qualifier: n.qualifier, first: firstIDs[k] ?? -1)
                let ranking: Geocoder.Ranking
                if let known = memo[key] {
                    ranking = known
                } else {
                    var scope = homeScope
                    if let id = firstIDs[k] {
                        scope.others.removeAll { $0.geonameid == id }
                        scope.knownOthers = scope.others.count
                    }
                    ranking = geocoder.ranking(n.text, scope: scope, qualifier: n.qualifier)
                    memo[key] = ranking
                }
                // As in the first round, the choice is tested in the ranking, and made only when kept.
                let best = ranking.ranked.first?.index
                let dropped = best.map { !ranking.analysis.candidates[$0].isCountry && names[k].demonym } ?? true
                found.append(makeFound(n, dropped ? nil : ranking.chosen, names[k].sentence, doc))
            }
        }
        for k in names.indices {
            if names[k].demonym && found[k].place == nil { skipped.insert(k) }
            // "Somali residents", "Mandera County residents": a name qualifying people says where they are from,
            // not where the event is. Abroad it is dropped; at home it is a poorer guess, like a facility's name.
            let after = names[k].match.qualifierRange?.upperBound ?? names[k].match.range.upperBound
            if found[k].isPlace, after < doc.tokens.count,
               Self.groupAfterWords.contains(doc.tokens[after].norm) || Self.peopleWords.contains(doc.tokens[after].norm)
            {
                if !home.isEmpty, let country = found[k].place?.place.country, !home.contains(country) {
                    skipped.insert(k)
                } else {
                    found[k].facility = true
                }
            }
        }
        var bySentence: [Int: [Int]] = [:]
        var codedTo: Int?
        for k in found.indices where !skipped.contains(k) {
            let sentence = found[k].sentence
            bySentence[sentence, default: []].append(k)
            if codedTo == nil, Self.isCodedTo(found[k].match.range.lowerBound, doc: doc, sentence: doc.sentences[sentence].tokens) {
                codedTo = k
            }
        }
        // The article-wide fallbacks.
        let articlePlace = found.indices.first { !skipped.contains($0) && !found[$0].facility && found[$0].isPlace }
            ?? found.indices.first { !skipped.contains($0) && found[$0].isPlace }
        let articleCountry = found.indices.first { !skipped.contains($0) && found[$0].isCountry }
        let homePlace = home.first.flatMap { countries[$0] }

        var previous: EventLocation?
        // Whether each sentence's dependency heads form a forest (asked once, when a clause is first needed).
        var forest: [Int: Bool] = [:]
        for k in events.indices {
            let sentence = events[k].sentence
            // The names of the sentence, as indices into `found`: the names themselves are not copied.
            let here = bySentence[sentence] ?? []
            var chosen = codedTo
            if chosen == nil && !here.isEmpty {
                let range = doc.sentences[sentence].tokens
                let isForest = forest[sentence] ?? SentenceGraph.headsFormForest(doc, range)
                forest[sentence] = isForest
                chosen = attached(trigger: events[k].trigger, sentence: sentence, here, found, range: range, forest: isForest, doc: doc)
            }
            chosen = chosen
                ?? here.first(where: { !found[$0].facility && found[$0].isPlace })
                ?? here.first(where: { found[$0].isPlace })
                ?? here.first(where: { found[$0].place != nil }) ?? here.first
            if let c = chosen, found[c].isCountry, let a = articlePlace,
               found[a].place?.place.country == found[c].place?.place.country {
                // Only the country here, but the article names a place in it: that place, a little less sure.
                events[k].location = location(found, a, coarser: true)
            } else if let c = chosen, found[c].place != nil {
                events[k].location = location(found, c)
            } else if let previous {
                events[k].location = previous
            } else {
                // An unknown name, or none: a coarser place — the next resolved name of the sentence, the article's
                // place, a country it names, its home country.
                let unknown = chosen
                var fallback: Int?
                if let u = unknown {
                    let end = found[u].match.range.upperBound
                    fallback = here.first { found[$0].match.range.lowerBound >= end && found[$0].isPlace }
                }
                fallback = fallback ?? articlePlace ?? articleCountry
                if let f = fallback {
                    events[k].location = location(found, f, coarser: unknown != nil || found[f].sentence != sentence)
                } else if let p = homePlace {
                    events[k].location = Self.countryLocation(p)
                    if homeFromFeed { events[k].location?.basis = "feed" }
                } else if let u = unknown {
                    events[k].location = location(found, u)
                }
            }
            if events[k].location != nil { previous = events[k].location }
        }
    }

    /// A country as an event location: its point (the capital), precision `country`.
    static func countryLocation(_ p: Place) -> EventLocation {
        EventLocation(
            name: p.name, lat: (p.lat * 1e5).rounded() / 1e5, lon: (p.lon * 1e5).rounded() / 1e5,
            country: p.country3, admin1: nil, geonameid: p.geonameid, precision: LocationPrecision.country.rawValue)
    }

    private func makeFound(_ m: ToponymMatch, _ place: ScoredPlace?, _ sentence: Int, _ doc: Document) -> Found {
        var f = Found(match: m, place: place, sentence: sentence)
        let range = doc.sentences[sentence].tokens
        annotateNearness(&f, doc: doc, range: range)
        let after = m.qualifierRange?.upperBound ?? m.range.upperBound
        f.facility = after < range.upperBound && Self.facilityWords.contains(doc.tokens[after].norm)
        f.locative = Self.isLocative(m.range.lowerBound, near: f.near, doc: doc, range: range)
        return f
    }

    /// "coded to X", "LOCATION: X".
    static func isCodedTo(_ start: Int, doc: Document, sentence: Range<Int>) -> Bool {
        guard start >= sentence.lowerBound + 2 else { return false }
        let a = doc.tokens[start - 2].norm, b = doc.tokens[start - 1].norm
        return (a == "coded" && b == "to") || (a == "location" && b == ":")
    }

    /// The countries the article is about. Votes: a named country 2, a resolved place 1, each other country
    /// where the same name has a candidate ½ when a place there already votes ("Maua, Meru County": Maua went
    /// to Brazil but has a Kenyan candidate), an actor's country 1 (a named armed group's ½). Those with at least 1½ votes and half the
    /// leader's; below that, a lone leader of at least 1 that an actor or a named country gives.
    func homeCountries(_ places: [Place?], alsoIn: [[String]] = [], actors: [ActorMention], feed: String? = nil) -> [String] {
        // An article's actors come from a handful of countries: their codes are gathered in a list searched
        // linearly, and each is looked up once.
        var byCode: [(code: String, weight: Double)] = []
        for k in actors.indices {
            guard let code = actors[k].actor.country else { continue }
            // A named armed group alone does not place an article: al-Shabaab fights in Kenya too.
            let w = actors[k].kind == .group ? 0.5 : 1
            if let k = byCode.firstIndex(where: { $0.code == code }) {
                byCode[k].weight = max(byCode[k].weight, w)
            } else {
                byCode.append((code, w))
            }
        }
        var weights: [String: Double] = [:]
        weights.reserveCapacity(byCode.count + 1)
        for (code, w) in byCode {
            guard let cc = countryOfCode[code] else { continue }
            weights[cc] = max(weights[cc] ?? 0, w)
        }
        // The feed's country is a clue like an actor of it: with one place of its own it is a home ("clashes at
        // the border with Ethiopia near Marsabit" in a feed about Kenya).
        if let feed { weights[feed, default: 0] += 1 }
        return Self.homeCountries(places, alsoIn: alsoIn, actorWeights: weights)
    }

    /// `alsoIn` holds, per name, the distinct other countries of its candidates.
    static func homeCountries(_ places: [Place?], alsoIn: [[String]] = [], actorWeights: [String: Double]) -> [String] {
        // An article names a handful of countries: a list searched linearly beats hashing each code.
        var votes: [(code: String, votes: Double, clue: Bool)] = []
        func vote(_ c: String, _ v: Double, clue: Bool) {
            if let k = votes.firstIndex(where: { $0.code == c }) {
                votes[k].votes += v
                if clue { votes[k].clue = true }
            } else {
                votes.append((c, v, clue))
            }
        }
        for p in places { if let p { vote(p.country, p.isCountry ? 2 : 1, clue: p.isCountry) } }
        // Other candidates only corroborate a country that a place of its own already votes for.
        let placed = votes.count
        for list in alsoIn {
            for c in list { if let k = votes[..<placed].firstIndex(where: { $0.code == c }) { votes[k].votes += 0.5 } }
        }
        for (c, w) in actorWeights { vote(c, w, clue: true) }
        guard let best = votes.map(\.votes).max(), best >= 1 else { return [] }
        if best < 1.5 {
            let leaders = votes.filter { $0.votes == best }
            guard leaders.count == 1, leaders[0].clue else { return [] }
            return [leaders[0].code]
        }
        return votes.filter { $0.votes >= 1.5 && $0.votes >= best / 2 }
            .sorted { $0.votes != $1.votes ? $0.votes > $1.votes : $0.code < $1.code }.map(\.code)
    }

    /// The name attached to the event's clause by a locative word: an index into `found`, from those of `here`.
    private func attached(
        trigger: Int, sentence: Int, _ here: [Int], _ found: [Found], range: Range<Int>, forest: Bool, doc: Document
    ) -> Int? {
        // The clause: the trigger's subtree, and its head's when the trigger is the head's object.
        let h = doc.heads[trigger]
        let head: Int? = h >= 0 && range.contains(h) && (doc.relations[trigger] == .obj || doc.relations[trigger] == .nsubjPass) ? h : nil
        // Heads with a cycle: the subtrees as the sentence graph collects them (bounded), as a mask.
        var clause: [Bool] = []
        if !forest {
            let g = SentenceGraph(doc: doc, sentence: sentence)
            clause = [Bool](repeating: false, count: range.count)
            for a in [trigger] + (head.map { [$0] } ?? []) {
                for t in g.subtree(a) where range.contains(t) { clause[t - range.lowerBound] = true }
            }
        }
        func inClause(_ t: Int) -> Bool {
            guard range.contains(t) else { return false }
            guard forest else { return clause[t - range.lowerBound] }
            // In a forest a token is in a subtree when walking up its heads reaches the subtree's root: two short
            // walks per name instead of collecting the subtrees.
            var x = t
            while true {
                if x == trigger || x == head { return true }
                let up = doc.heads[x]
                guard up >= 0 && range.contains(up) else { return false }
                x = up
            }
        }
        // The most specific place wins over a country, a plain name over a facility's; among equals, the one
        // nearest the trigger.
        func better(_ x: Int, than y: Int) -> Bool {
            let cx = found[x].isCountry ? 1 : 0
            let cy = found[y].isCountry ? 1 : 0
            if cx != cy { return cx < cy }
            if found[x].facility != found[y].facility { return !found[x].facility }
            return abs(found[x].match.range.lowerBound - trigger) < abs(found[y].match.range.lowerBound - trigger)
        }
        // The best of the attached names, the first of equals kept (as `min(by:)` keeps it), without collecting them.
        var best: Int?
        for k in here where found[k].locative
            && (inClause(found[k].match.range.upperBound - 1) || inClause(found[k].match.range.lowerBound)) {
            if let b = best, !better(k, than: b) { continue }
            best = k
        }
        return best
    }

    /// Whether a name is introduced by a locative word ("in X", "near the town of X") or reads as near a place,
    /// so that it can place the event of its clause.
    private static func isLocative(_ start: Int, near: Bool, doc: Document, range: Range<Int>) -> Bool {
        let before = start > range.lowerBound ? doc.tokens[start - 1].norm : ""
        if locativeWords.contains(before) || near
            || (start >= range.lowerBound + 2 && locativeWords.contains(doc.tokens[start - 2].norm))
        {
            return true
        }
        // "in the capital Nairobi", "at the border town of Liboi": place nouns between the locative and the name.
        var i = start - 1
        var skippedNoun = false
        while i >= range.lowerBound && i >= start - 5 {
            let w = doc.tokens[i].norm
            if placeNouns.contains(w) { skippedNoun = true } else if w != "the" && w != "of" && w != "border" && w != "coastal" {
                return skippedNoun && locativeWords.contains(w)
            }
            i -= 1
        }
        return false
    }

    /// "near X", "5 km south of X", "east of X".
    private func annotateNearness(_ f: inout Found, doc: Document, range: Range<Int>) {
        let start = f.match.range.lowerBound
        // Up to five words before the name, read in place: `word(1)` is the one right before it.
        let count = min(5, start - range.lowerBound)
        guard count >= 1 else { return }
        func word(_ k: Int) -> String { doc.tokens[start - k].norm }
        let first = word(1)
        if first == "near" || first == "outside" || (first == "to" && count >= 2 && word(2) == "close") {
            f.near = true
            return
        }
        guard first == "of", count >= 2 else { return }
        let bearing = word(2)
        if Self.nearWords.contains(bearing) || bearing.hasSuffix("east") || bearing.hasSuffix("west") {
            f.near = true
            f.bearing = bearing
            guard count >= 3 else { return }
            let unit = word(3)
            // "5 km south of X"
            if count >= 4, unit == "km" || unit == "kilometres" || unit == "kilometers" {
                f.offsetKm = Double(word(4).filter { $0 != "," })
            }
            if unit.hasSuffix("km"), let n = Double(unit.dropLast(2)) { f.offsetKm = n }
        }
    }

    /// The event location name `k` gives; `coarser` turns a place's own precision into `near` (a place named
    /// elsewhere in the article, or standing in for an unknown name). The name is read in place, not copied.
    private func location(_ found: [Found], _ k: Int, coarser: Bool = false) -> EventLocation {
        guard let sp = found[k].place else {
            return EventLocation(name: found[k].match.text, precision: "unresolved")
        }
        let p = sp.place
        var lat = p.lat
        var lon = p.lon
        var precision = (coarser && sp.precision == .place ? LocationPrecision.near : sp.precision).rawValue
        if found[k].near && !p.isCountry {
            precision = LocationPrecision.near.rawValue
            if let km = found[k].offsetKm, let bearing = found[k].bearing {
                (lat, lon) = geocoder.offset(p, km: km, bearing: bearing)
            }
        }
        return EventLocation(
            name: p.name, lat: (lat * 1e5).rounded() / 1e5, lon: (lon * 1e5).rounded() / 1e5, country: p.country3,
            admin1: p.admin1, geonameid: p.geonameid, precision: precision)
    }
}

/// The Places stage of the pipeline: finds the place names of each sentence, resolves them with the article's
/// context, and gives every event the place where it happened.
///
/// The event's place is, in order of preference: the place an ACLED-style note says the event is "coded to";
/// a place attached to the event's clause by a locative word ("in", "at", "near", "5 km south of"); another
/// place named in the sentence; a country named in the sentence; the place of the article's previous event.
/// A name the gazetteer does not know still gives a location with its name and precision `unresolved`.
struct PlaceStage: Sendable {
    let geocoder: Geocoder

    static func loadDefault() throws -> PlaceStage {
        PlaceStage(geocoder: Geocoder(gazetteer: try Gazetteer.loadDefault()))
    }

    /// A resolved name in the text.
    struct Found {
        var match: ToponymMatch
        var place: ScoredPlace?
        var sentence: Int
        /// Scalar offset of the name, to order names.
        var near: Bool
        var offsetKm: Double?
        var bearing: String?
    }

    static let locativeWords: Set<String> = [
        "in", "at", "near", "outside", "inside", "around", "across", "into", "on", "from", "to", "toward", "towards",
        "through", "throughout", "within", "of", "between", "along", "off", "by",
    ]
    static let nearWords: Set<String> = ["near", "outside", "around", "close", "nearby", "off", "west", "east", "north", "south", "northeast", "northwest", "southeast", "southwest", "km", "kilometres", "kilometers", "miles"]

    /// Sets `location` on each event.
    func locate(_ events: inout [EventMention], in doc: Document) {
        guard !events.isEmpty else { return }
        let countries = Array(Set(doc.actors.compactMap(\.actor.country))).sorted()
        var bySentence: [Int: [Found]] = [:]
        var resolved: [Place] = []
        var codedTo: Found?
        let wanted = Set(events.map(\.sentence))
        // Names of groups, organisations and people are not toponyms ("Hamas" is not Hamm).
        var actorToken = Set<Int>()
        for m in doc.actors where m.kind == .group || m.kind == .organization || m.kind == .person {
            actorToken.formUnion(m.tokens)
        }
        for s in doc.sentences.indices where wanted.contains(s) || codedTo == nil && s < 3 {
            let range = doc.sentences[s].tokens
            var found: [Found] = []
            for m in geocoder.findToponyms(doc.tokens, in: range) where !m.range.contains(where: actorToken.contains) {
                let context = GeoContext(preferredCountries: countries, otherPlaces: resolved, qualifier: m.qualifier)
                let r = geocoder.resolve(m.text, context: context)
                if let p = r.chosen?.place, !p.isCountry { resolved.append(p) }
                var f = Found(match: m, place: r.chosen, sentence: s, near: false)
                annotateNearness(&f, doc: doc, range: range)
                found.append(f)
                if codedTo == nil, m.range.lowerBound >= range.lowerBound + 2,
                    doc.tokens[m.range.lowerBound - 1].norm == "to", doc.tokens[m.range.lowerBound - 2].norm == "coded"
                {
                    codedTo = f
                }
            }
            bySentence[s] = found
        }
        var previous: EventLocation?
        for k in events.indices {
            let e = events[k]
            let here = bySentence[e.sentence] ?? []
            let chosen = codedTo ?? attached(e, here, doc: doc) ?? here.first(where: { !isCountry($0) }) ?? here.first
            if let chosen {
                events[k].location = location(chosen)
                previous = events[k].location
            } else if let previous {
                events[k].location = previous
            }
        }
    }

    private func isCountry(_ f: Found) -> Bool { f.place?.place.isCountry ?? false }

    /// The name attached to the event's clause by a locative word.
    private func attached(_ e: EventMention, _ found: [Found], doc: Document) -> Found? {
        guard !found.isEmpty else { return nil }
        let g = SentenceGraph(doc: doc, sentence: e.sentence)
        var anchors = [e.trigger]
        if let h = g.head(e.trigger), g.rel(e.trigger) == "obj" || g.rel(e.trigger) == "nsubj:pass" { anchors.append(h) }
        let clause = Set(anchors.flatMap { g.subtree($0) })
        let candidates = found.filter { f in
            let last = f.match.range.upperBound - 1
            guard clause.contains(last) || clause.contains(f.match.range.lowerBound) else { return false }
            let before = f.match.range.lowerBound > g.range.lowerBound ? doc.tokens[f.match.range.lowerBound - 1].norm : ""
            return Self.locativeWords.contains(before) || f.near
                || (f.match.range.lowerBound >= g.range.lowerBound + 2 && Self.locativeWords.contains(doc.tokens[f.match.range.lowerBound - 2].norm))
        }
        // The most specific place wins over a country; among equals, the one nearest the trigger.
        return candidates.min { a, b in
            let ca = isCountry(a) ? 1 : 0
            let cb = isCountry(b) ? 1 : 0
            if ca != cb { return ca < cb }
            return abs(a.match.range.lowerBound - e.trigger) < abs(b.match.range.lowerBound - e.trigger)
        }
    }

    /// "near X", "5 km south of X", "east of X".
    private func annotateNearness(_ f: inout Found, doc: Document, range: Range<Int>) {
        let start = f.match.range.lowerBound
        var i = start - 1
        var words: [String] = []
        while i >= range.lowerBound && words.count < 5 {
            words.append(doc.tokens[i].norm)
            i -= 1
        }
        guard let first = words.first else { return }
        if first == "near" || first == "outside" || (first == "to" && words.dropFirst().first == "close") {
            f.near = true
            return
        }
        if first == "of", words.count >= 2, Self.nearWords.contains(words[1]) || words[1].hasSuffix("east") || words[1].hasSuffix("west") {
            f.near = true
            f.bearing = words[1]
            // "5 km south of X"
            if words.count >= 4, words[2] == "km" || words[2] == "kilometres" || words[2] == "kilometers" {
                f.offsetKm = Double(words[3].filter { $0 != "," })
            }
            if words.count >= 3, words[2].hasSuffix("km"), let n = Double(words[2].dropLast(2)) { f.offsetKm = n }
        }
    }

    private func location(_ f: Found) -> EventLocation {
        guard let sp = f.place else {
            return EventLocation(name: f.match.text, precision: "unresolved")
        }
        let p = sp.place
        var lat = p.lat
        var lon = p.lon
        var precision = sp.precision.rawValue
        if f.near && !p.isCountry {
            precision = LocationPrecision.near.rawValue
            if let km = f.offsetKm, let bearing = f.bearing {
                (lat, lon) = geocoder.offset(p, km: km, bearing: bearing)
            }
        }
        return EventLocation(
            name: p.name, lat: (lat * 1e5).rounded() / 1e5, lon: (lon * 1e5).rounded() / 1e5, country: p.country3,
            admin1: p.admin1, geonameid: p.geonameid, precision: precision)
    }
}

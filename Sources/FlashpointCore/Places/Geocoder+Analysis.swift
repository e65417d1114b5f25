import Foundation
import Synchronization

extension Geocoder {
    /// A country code as a number: its bytes and its length packed into 64 bits, so that the codes of a context and
    /// of a candidate compare as integers. Codes of eight bytes or more (no ISO code) become ``noCode``, which no
    /// candidate's code equals.
    static func codeKey(_ code: String) -> UInt64 {
        var key: UInt64 = 0
        var length: UInt64 = 0
        for b in code.utf8 {
            guard length < 7 else { return noCode }
            key = key << 8 | UInt64(b)
            length += 1
        }
        return length << 56 | key
    }

    /// The key of a code too long to be a country code.
    static let noCode = UInt64.max

    /// A place of the context as proximity reads it: no strings, nothing to retain.
    struct Anchor: Sendable {
        var geonameid: Int
        var lat: Double
        var lon: Double
        var country: UInt64

        init(_ p: Place) {
            geonameid = p.geonameid
            lat = p.lat
            lon = p.lon
            country = Geocoder.codeKey(p.country)
        }
    }

    /// A ``GeoContext`` coded for scoring: country codes upper-cased and packed, places reduced to anchors.
    struct Scope: Sendable {
        var preferred: [UInt64] = []
        var home: [UInt64] = []
        /// The places the candidates are measured against.
        var others: [Anchor] = []
        /// How many of ``others`` lend their country to a consonant-skeleton guess (the context's `otherPlaces`;
        /// places given only by id do not).
        var knownOthers = 0

        init(preferred: [String] = [], home: [String] = [], others: [Place] = []) {
            self.preferred = preferred.map { Geocoder.codeKey(Geocoder.upper($0)) }
            self.home = home.map { Geocoder.codeKey(Geocoder.upper($0)) }
            self.others = others.map(Anchor.init)
            knownOthers = others.count
        }

        init(_ context: GeoContext, gazetteer: Gazetteer) {
            self.init(preferred: context.preferredCountries, home: context.homeCountries, others: context.otherPlaces)
            others += context.otherPlaceIDs.compactMap { gazetteer.place(id: $0) }.map(Anchor.init)
        }

        /// Whether the context names a country, for a consonant-skeleton guess.
        func knows(_ code: UInt64) -> Bool {
            preferred.contains(code) || home.contains(code) || others[..<knownOthers].contains { $0.country == code }
        }
    }

    /// One candidate of a name with what scoring reads of it: plain values, copied without reference counting.
    struct Candidate: Sendable {
        var geonameid: Int
        var lat: Double
        var lon: Double
        var country: UInt64
        var country3: UInt64
        var population: Int
        var level: Gazetteer.MatchLevel
        var isCountry: Bool
        /// The place's main name folds to the same plain spelling as the text.
        var samePlain: Bool
        /// The part of the score that the name alone decides (match level, spelling, kind of place, population).
        var base: Double
        var precision: LocationPrecision
    }

    /// What a name alone tells the geocoder: its candidates in lookup order, each with the part of its score no
    /// context changes. Made once per distinct name (news names the same places again and again) and shared.
    final class NameAnalysis: Sendable {
        /// The name as looked up (trimmed, without a leading "the").
        let text: String
        /// The gazetteer's hits, parallel to ``candidates``.
        let matches: [Gazetteer.Match]
        let candidates: [Candidate]
        /// Why the name was matched as another ("'Shujaiyya' is a part of Gaza"), empty when it was not.
        let note: String
        /// The precision every candidate gets ("near" for a part of a city, "admin" for "X County").
        let forced: LocationPrecision?
        let saysCamp: Bool
        /// Whether the candidates are consonant-skeleton guesses, which count only in a country the context names.
        let bySkeleton: Bool

        init(_ name: String, gazetteer: Gazetteer) {
            var text = name
            if text.lowercased().hasPrefix("the ") { text = String(text.dropFirst(4)) }
            var note = ""
            var forced: LocationPrecision?
            var matches = gazetteer.matches(text, allowSkeleton: false)
            let lowered = text.lowercased()
            let saysCamp = Geocoder.contains(lowered, "camp") || Geocoder.contains(lowered, "mukhayyam")
            if matches.isEmpty, let dash = ByteSearch.range(of: " - ", in: text) {
                // ACLED writes neighbourhoods as "Gaza - Shujaiyya": the gazetteer lacks them, so use the city.
                let city = String(text[..<dash.lowerBound].trimmingWhitespace())
                let part = String(text[dash.upperBound...].trimmingWhitespace())
                matches = gazetteer.matches(city, allowSkeleton: false)
                note = "'\(part)' is a part of \(city)"
                forced = .near
            }
            if matches.isEmpty, let stripped = Geocoder.strippedSuffix(text) {
                matches = gazetteer.matches(stripped.name, allowSkeleton: false)
                note = stripped.note
                forced = stripped.precision
            }
            // A consonant skeleton is a guess: only in a country the article's context names (see ``Scope/knows``).
            bySkeleton = matches.isEmpty
            if bySkeleton { matches = gazetteer.matches(text, allowSkeleton: true) }
            let plain = NameKey.plain(text)
            var none: [String]?
            candidates = matches.map { m in
                let p = m.place
                let samePlain = NameKey.plain(p.name) == plain
                return Candidate(
                    geonameid: p.geonameid, lat: p.lat, lon: p.lon, country: Geocoder.codeKey(p.country),
                    country3: Geocoder.codeKey(p.country3), population: p.population, level: m.level,
                    isCountry: p.isCountry, samePlain: samePlain,
                    base: Geocoder.baseScore(m, samePlain: samePlain, forced: forced, saysCamp: saysCamp, why: &none),
                    precision: forced ?? m.aliasPrecision ?? p.precision)
            }
            self.text = text
            self.matches = matches
            self.note = note
            self.forced = forced
            self.saysCamp = saysCamp
        }
    }

    /// A scored candidate: its index in the analysis, its score, and its place among the admitted candidates
    /// (where its reasons are, when they were asked for).
    struct Ranked: Sendable {
        var index: Int
        var score: Double
        var population: Int
        var slot: Int
    }

    /// A name's candidates ranked in one context, best first.
    struct Ranking: Sendable {
        let analysis: NameAnalysis
        let ranked: [Ranked]

        /// The best candidate as a scored place (the only place copied out of the analysis).
        var chosen: ScoredPlace? { ranked.first.map { scored($0) } }

        /// The countries of the first `n` candidates.
        func countries(prefix n: Int) -> [String] {
            ranked.prefix(n).map { analysis.matches[$0.index].place.country }
        }

        func scored(_ r: Ranked, reason: String = "") -> ScoredPlace {
            ScoredPlace(place: analysis.matches[r.index].place, score: r.score, reason: reason,
                        precision: analysis.candidates[r.index].precision)
        }
    }

    /// The analysis of a name, made once; the name's parenthesised qualifier ("Khiam (Marjayoun)") is split off
    /// unless the context gives one.
    func analysis(of name: String, qualifier given: String?) -> (NameAnalysis, qualifier: String?) {
        var text = name.trimmingWhitespace()
        var qualifier = given
        if qualifier == nil, text.utf8.last == 0x29, text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            qualifier = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            text = String(text[..<open].trimmingWhitespace())
        }
        let key = ByteKey(text: text)
        if let known = analyses.withLock({ $0[key] }) { return (known, qualifier) }
        let made = NameAnalysis(text, gazetteer: gazetteer)
        analyses.withLock { t in
            if t.count >= Self.analysisLimit { t.removeAll(keepingCapacity: true) }
            t[key] = made
        }
        return (made, qualifier)
    }

    static let analysisLimit = 50_000

    /// Ranks a name's candidates in a coded context without reasons: the pipeline's path.
    func ranking(_ name: String, scope: Scope, qualifier: String?) -> Ranking {
        let (a, q) = analysis(of: name, qualifier: qualifier)
        var none: [[String]]?
        return Ranking(analysis: a, ranked: rank(a, scope, qualifier: q, why: &none))
    }

    /// Scores every candidate that the context admits and sorts them best first (higher score, then more people).
    /// With `why` non-nil, the reasons of each admitted candidate are appended to it, at the candidate's
    /// ``Ranked/slot``. The float additions run in the order of the full scoring (the base's parts, then the
    /// preferred country, proximity and qualifier), so scores and ties come out the same bit for bit.
    func rank(_ a: NameAnalysis, _ scope: Scope, qualifier: String?, why: inout [[String]]?) -> [Ranked] {
        let q = a.candidates.isEmpty ? nil : qualifier.map(parseQualifier)
        var out: [Ranked] = []
        out.reserveCapacity(a.candidates.count)
        for k in a.candidates.indices {
            let c = a.candidates[k]
            if a.bySkeleton && c.level == .skeleton && !(scope.knows(c.country) || scope.knows(c.country3)) { continue }
            if !scope.home.isEmpty && !admittedAbroad(c, home: scope.home) { continue }
            var reasons: [String]? = why == nil ? nil : []
            var score = c.base
            if reasons != nil {
                _ = Self.baseScore(a.matches[k], samePlain: c.samePlain, forced: a.forced, saysCamp: a.saysCamp, why: &reasons)
            }
            if !scope.preferred.isEmpty && (scope.preferred.contains(c.country) || scope.preferred.contains(c.country3)) {
                score += 2.5; reasons?.append("preferred country \(a.matches[k].place.country)")
            }
            if let (bonus, reason) = proximity(c, scope.others, explain: reasons != nil) {
                score += bonus; reasons?.append(reason)
            }
            if let q {
                let (bonus, reason) = qualifierScore(a.matches[k].place, q)
                score += bonus; reasons?.append(reason)
            }
            if !a.note.isEmpty { reasons?.append(a.note) }
            if let reasons { why?.append(reasons) }
            out.append(Ranked(index: k, score: score, population: c.population, slot: out.count))
        }
        out.sort { x, y in x.score != y.score ? x.score > y.score : x.population > y.population }
        return out
    }

    /// With home countries known, whether a candidate stays: at home, an alias, a country, or abroad a place of
    /// ``foreignLargePopulation``, or of ``foreignMinPopulation`` with the very spelling of the text.
    func admittedAbroad(_ c: Candidate, home: [UInt64]) -> Bool {
        if home.contains(c.country) || home.contains(c.country3) || c.level == .alias || c.isCountry { return true }
        if c.level == .skeleton { return false }
        if c.population >= Self.foreignLargePopulation { return true }
        return c.population >= Self.foreignMinPopulation && c.samePlain
    }
}

/// A memo key that compares and hashes a string's UTF-8 bytes: cheaper than String's own hashing, which works on
/// its normalised form. Canonically equivalent spellings are different keys.
struct ByteKey: Hashable, Sendable {
    var text: String

    static func == (a: ByteKey, b: ByteKey) -> Bool { ByteSearch.sameBytes(a.text, b.text) }

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

import Foundation
import Synchronization

/// Resolves place names to gazetteer places, using the article's countries, other places and ACLED-style qualifiers.
///
/// ```swift
/// let geocoder = Geocoder(gazetteer: try Gazetteer.loadDefault())
/// let r = geocoder.resolve("Khiam", context: GeoContext(preferredCountries: ["LB"]))
/// r.chosen?.place.geonameid   // 279727 (El Khiyam)
/// ```
public final class Geocoder: Sendable {
    /// The gazetteer names are looked up in.
    public let gazetteer: Gazetteer
    /// The toponym finder's memory of which names are gazetteer keys.
    let exactKeys = ExactKeyMemo()
    /// Names already analysed (``NameAnalysis``). Bounded; cleared when full.
    let analyses = Mutex<[ByteKey: NameAnalysis]>([:])

    /// Makes a geocoder over a gazetteer.
    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// With known home countries, a place outside them is a candidate only with this population and the very
    /// spelling of the text, or with ``foreignLargePopulation``.
    public static let foreignMinPopulation = 100_000
    /// With known home countries, places outside them this large are always candidates.
    public static let foreignLargePopulation = 1_000_000

    /// Words removed from qualifier parts before they are compared with admin names.
    static let qualifierNoise: Set<String> = [
        "constituency", "constituencies", "district", "districts", "governorate", "province", "county", "caza", "qada",
        "region", "municipality", "sub-county", "subcounty", "ward", "wards", "area", "state", "the", "of", "de",
        "mohafazat", "division",
    ]

    /// Resolves a name: every candidate scored with reasons, the best one chosen.
    public func resolve(_ name: String, context: GeoContext) -> GeoResolution {
        resolve(name, context: context, explain: true)
    }

    /// Resolves a name; with `explain` false the candidates' ``ScoredPlace/reason`` is left empty (scores, order
    /// and choice are the same), which spares building a sentence for every candidate.
    public func resolve(_ name: String, context: GeoContext, explain: Bool) -> GeoResolution {
        let (a, qualifier) = analysis(of: name, qualifier: context.qualifier)
        var why: [[String]]? = explain ? [] : nil
        let ranked = rank(a, Scope(context, gazetteer: gazetteer), qualifier: qualifier, why: &why)
        let ranking = Ranking(analysis: a, ranked: ranked)
        let scored = ranked.map { r in ranking.scored(r, reason: why.map { $0[r.slot].joined(separator: "; ") } ?? "") }
        return GeoResolution(chosen: scored.first, candidates: scored)
    }

    /// The part of a candidate's score that the name alone decides: how it matched, whether it is spelled like
    /// the text, what kind of place it is and how many people live there. Its reasons are appended to `why`
    /// when that is non-nil.
    static func baseScore(
        _ m: Gazetteer.Match, samePlain: Bool, forced: LocationPrecision?, saysCamp: Bool, why: inout [String]?
    ) -> Double {
        let p = m.place
        var score = 0.0
        switch m.level {
        case .alias: score += 5; why?.append(m.note.isEmpty ? "alias" : "alias (\(m.note))")
        case .strict: score += 3; why?.append("exact key")
        case .loose: score += 2; why?.append("loose key")
        case .skeleton: score += 0.5; why?.append("consonant skeleton")
        }
        if m.level != .alias && samePlain { score += 0.5; why?.append("same spelling") }
        if p.isCountry {
            let bonus = m.level <= .strict ? 6.0 : 1.0
            score += bonus; why?.append("country +\(Int(bonus))")
        } else if p.isAdminRegion {
            let bonus = (p.featureCode == "ADM1" ? 0.8 : 0.4) + (forced == .admin ? 1.5 : 0)
            score += bonus; why?.append(p.featureClass + "." + p.featureCode)
        } else if p.featureClass == "P" {
            var bonus = 1.0
            if p.featureCode == "PPLC" { bonus += 0.8 } else if p.featureCode == "PPLA" { bonus += 0.4 }
            else if p.featureCode == "PPLA2" { bonus += 0.2 } else if p.featureCode == "PPLX" { bonus -= 0.3 }
            score += bonus; why?.append(p.featureClass + "." + p.featureCode)
        } else if p.featureCode == "CMPRF" || p.featureCode == "CMP" {
            let bonus = saysCamp || m.level == .alias ? 1.6 : 0.6
            score += bonus; why?.append(saysCamp ? "camp, as the name says" : p.featureClass + "." + p.featureCode)
        } else {
            score -= 0.5; why?.append(p.featureClass + "." + p.featureCode + " (not a settlement)")
        }
        if p.population > 0 {
            let prior = min(3.0, 0.4 * log10(Double(p.population) + 1))
            score += prior; why?.append("pop \(p.population)")
        }
        return score
    }

    /// "Gaza City" → "Gaza", "Nabatieh Governorate" → admin "Nabatieh", "Jenin refugee camp" → "Jenin".
    static func strippedSuffix(_ text: String) -> (name: String, note: String, precision: LocationPrecision?)? {
        let lower = text.lowercased()
        let suffixes: [(String, LocationPrecision?)] = [
            (" refugee camp", nil), (" camp", nil), (" city", nil), (" town", nil), (" village", nil),
            (" governorate", .admin), (" province", .admin), (" district", .admin), (" region", .admin),
            (" county", .admin), (" sub-county", .admin), (" subcounty", .admin), (" constituency", .admin),
            (" division", .admin), (" municipality", nil),
        ]
        for (s, p) in suffixes where lower.hasSuffix(s) && lower.count > s.count + 1 {
            return (String(text.dropLast(s.count)), "matched without '\(s.dropFirst())'", p)
        }
        for prefix in ["city of ", "town of ", "village of ", "outskirts of ", "suburbs of "] where lower.hasPrefix(prefix) {
            return (String(text.dropFirst(prefix.count)), "matched without '\(prefix.dropLast())'",
                    prefix.hasPrefix("outskirts") || prefix.hasPrefix("suburbs") ? .near : nil)
        }
        return nil
    }

    /// The parts of a qualifier: their loose keys, the places they name, and the countries they name.
    struct Qualifier {
        var keys: [[UInt8]] = []
        var anchors: [Place] = []
        var countries: Set<String> = []
        var text = ""
    }

    func parseQualifier(_ raw: String) -> Qualifier {
        var q = Qualifier()
        q.text = raw
        var s = raw.replacingOccurrences(of: " and ", with: ",")
        for sep in [";", "/", "&"] { s = s.replacingOccurrences(of: sep, with: ",") }
        for part in s.split(separator: ",") {
            let words = part.split(separator: " ").filter { !Self.qualifierNoise.contains($0.lowercased()) }
            let clean = words.joined(separator: " ")
            guard !clean.isEmpty, let key = NameKey.loose(clean) else { continue }
            q.keys.append(key)
            let hits = gazetteer.matches(clean, allowSkeleton: false).filter { $0.level <= .loose }
            for h in hits.prefix(8) {
                if h.place.isCountry { q.countries.insert(h.place.country) } else { q.anchors.append(h.place) }
            }
        }
        return q
    }

    /// Loose keys of a place's admin names (full and without generic words such as "Caza de").
    func adminKeys(_ p: Place) -> [[UInt8]] {
        var out: [[UInt8]] = []
        for name in [p.admin1, p.admin2].compactMap({ $0 }) {
            if let k = NameKey.loose(name) { out.append(k) }
            let words = name.split(separator: " ").filter { !Self.qualifierNoise.contains($0.lowercased()) }
            if let k = NameKey.loose(words.joined(separator: " ")) { out.append(k) }
        }
        return out
    }

    func qualifierScore(_ p: Place, _ q: Qualifier) -> (Double, String) {
        var bonus = 0.0
        var why: [String] = []
        let admins = adminKeys(p)
        if q.keys.contains(where: { admins.contains($0) }) { bonus += 3; why.append("admin area named in qualifier") }
        if q.countries.contains(p.country) { bonus += 2; why.append("country named in qualifier") }
        var nearest = Double.infinity
        var sameAdmin = false
        for a in q.anchors {
            nearest = min(nearest, a.geonameid == p.geonameid ? 0 : GeoMath.distanceKm(p, a))
            if a.country == p.country && a.admin1 != nil && a.admin1 == p.admin1 { sameAdmin = true }
        }
        if nearest < 30 { bonus += 2.5; why.append("\(Int(nearest.rounded())) km from a qualifier place") }
        else if sameAdmin { bonus += 1; why.append("same admin1 as a qualifier place") }
        if bonus == 0 { return (-1, "outside the qualifier '\(q.text)'") }
        return (bonus, why.joined(separator: ", "))
    }

    /// Whether a string is ASCII without lower-case letters (`uppercased()` would return it unchanged).
    static func isUpperASCII(_ code: String) -> Bool {
        for b in code.utf8 where b >= 0x80 || (b >= 0x61 && b <= 0x7A) { return false }
        return true
    }

    /// A country code upper-cased; codes already in upper case (nearly all) are returned as they are.
    static func upper(_ code: String) -> String { isUpperASCII(code) ? code : code.uppercased() }

    /// Substring test on UTF-8 bytes (Foundation's bridged search is slow on the hot path).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
        for i in 0...(h.count - n.count) where h[i] == n[0] {
            if h[i..<(i + n.count)].elementsEqual(n) { return true }
        }
        return false
    }

    /// The bonus for lying near the context's places (or in the country of one), nil when there is none.
    /// Repeated places change neither the nearest distance nor the countries read.
    func proximity(_ p: Candidate, _ others: [Anchor], explain: Bool = true) -> (Double, String)? {
        var nearest = Double.infinity
        var sameCountry = false
        // Unexplained, only the bands below matter, and a great-circle distance is at least the latitude
        // difference (R·|Δφ|): a place that far is 150 km or more away and cannot change the band, so its
        // trigonometry is spared (with a kilometre's margin for rounding).
        let pLat = p.lat, pLon = p.lon, id = p.geonameid
        let farDegrees = 151 / (GeoMath.earthRadiusKm * .pi / 180)
        for o in others where o.geonameid != id {
            if explain || abs(o.lat - pLat) < farDegrees {
                nearest = min(nearest, GeoMath.distanceKm(pLat, pLon, o.lat, o.lon))
            }
            if o.country == p.country { sameCountry = true }
            // Unexplained, only the bands below matter: nothing can beat one under 15 km.
            if !explain && nearest < 15 { break }
        }
        func km() -> String { explain ? "\(Int(nearest.rounded())) km from another place in the article" : "" }
        if nearest < 15 { return (2.5, km()) }
        if nearest < 50 { return (1.5, km()) }
        if nearest < 150 { return (0.8, km()) }
        if sameCountry { return (0.7, "same country as another place in the article") }
        return nil
    }

    /// The point `km` from a place in a compass direction ("south", "NE", "north-west", or degrees); the place
    /// itself when the bearing is not understood.
    public func offset(_ place: Place, km: Double, bearing: String) -> (lat: Double, lon: Double) {
        guard let degrees = GeoMath.bearingDegrees(bearing), km.isFinite else { return (place.lat, place.lon) }
        return GeoMath.offset(lat: place.lat, lon: place.lon, km: km, bearingDegrees: degrees)
    }
}

import Foundation

/// One gazetteer entry: a populated place, an admin region, a country or a camp.
public struct Place: Sendable, Hashable, Codable {
    /// The GeoNames id.
    public var geonameid: Int
    /// The main name (GeoNames' `name`).
    public var name: String
    /// Latitude in degrees.
    public var lat: Double
    /// Longitude in degrees.
    public var lon: Double
    /// ISO 3166-1 alpha-2 country code ("LB").
    public var country: String
    /// ISO 3166-1 alpha-3 country code ("LBN"), empty when unknown.
    public var country3: String
    /// The first-level admin region's name ("Nabatîyé"), when known.
    public var admin1: String?
    /// The second-level admin region's name ("Caza de Bent Jbaïl"), when known.
    public var admin2: String?
    /// GeoNames feature class: P populated place, A admin area, S spot/building, T terrain, H water, L area.
    public var featureClass: String
    /// GeoNames feature code ("PPL", "PPLC", "ADM1", "PCLI", "CMPRF").
    public var featureCode: String
    /// Population, 0 when unknown.
    public var population: Int

    /// Makes a place.
    public init(
        geonameid: Int, name: String, lat: Double, lon: Double, country: String, country3: String = "",
        admin1: String? = nil, admin2: String? = nil, featureClass: String, featureCode: String, population: Int
    ) {
        self.geonameid = geonameid
        self.name = name
        self.lat = lat
        self.lon = lon
        self.country = country
        self.country3 = country3
        self.admin1 = admin1
        self.admin2 = admin2
        self.featureClass = featureClass
        self.featureCode = featureCode
        self.population = population
    }

    /// Whether this is a country (feature codes PCL, PCLI, PCLD, PCLF, PCLS, TERR).
    public var isCountry: Bool { featureClass == "A" && (Self.code(featureCode, startsWith: "PCL") || featureCode == "TERR") }

    /// Whether this is an admin region below country level (ADM1–ADM5).
    public var isAdminRegion: Bool { featureClass == "A" && Self.code(featureCode, startsWith: "ADM") }

    /// `code.hasPrefix(prefix)` for an ASCII prefix without carriage returns, on bytes when the code is ASCII (as
    /// GeoNames codes are): between ASCII characters other than CR LF every byte boundary is a character boundary,
    /// so the bytes answer as `hasPrefix` would, at a fraction of its cost. Other codes are asked of `hasPrefix`.
    static func code(_ code: String, startsWith prefix: StaticString) -> Bool {
        for b in code.utf8 where b >= 0x80 { return code.hasPrefix(prefix.description) }
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return code.utf8.starts(with: p)
    }

    /// The precision a location at this place has when it is named directly.
    public var precision: LocationPrecision {
        if isCountry { return .country }
        if isAdminRegion { return .admin }
        return .place
    }
}

/// How exactly a location is known.
public enum LocationPrecision: String, Sendable, Hashable, Codable, CaseIterable {
    /// The named place itself.
    case place
    /// Near the named place ("near X", "5 km south of X").
    case near
    /// Somewhere in an admin region.
    case admin
    /// Somewhere in a country (the point is the capital or the centroid).
    case country
}

/// A candidate place with its score and the reasons for it.
public struct ScoredPlace: Sendable, Hashable {
    /// The candidate.
    public var place: Place
    /// Higher is better; only comparable within one resolution.
    public var score: Double
    /// Human-readable reasons ("exact key; P.PPLA; pop 163554; preferred country LB").
    public var reason: String
    /// The precision a location at this candidate has.
    public var precision: LocationPrecision

    /// Makes a scored place.
    public init(place: Place, score: Double, reason: String, precision: LocationPrecision) {
        self.place = place
        self.score = score
        self.reason = reason
        self.precision = precision
    }
}

/// The result of geocoding one name: the chosen place (nil when nothing matched) and every candidate, best first.
public struct GeoResolution: Sendable, Hashable {
    /// The best candidate, or nil when the name is not in the gazetteer.
    public var chosen: ScoredPlace?
    /// All candidates, best first.
    public var candidates: [ScoredPlace]

    /// Makes a resolution.
    public init(chosen: ScoredPlace?, candidates: [ScoredPlace]) {
        self.chosen = chosen
        self.candidates = candidates
    }
}

/// What the rest of the article says about where a name is likely to be.
public struct GeoContext: Sendable, Hashable {
    /// Countries the article's actors belong to, ISO2 or ISO3 ("LB", "ISR").
    public var preferredCountries: [String]
    /// Places already resolved in the article.
    public var otherPlaces: [Place]
    /// GeoNames ids of places already resolved in the article (looked up in the gazetteer).
    public var otherPlaceIDs: [Int]
    /// A parenthesised qualifier written after the name: "(Bint Jbeil, Nabatieh)", "(Gaza City, Gaza Strip)".
    public var qualifier: String?
    /// Countries the article is known to be about, ISO2 or ISO3 (from its other places, named countries and
    /// actors). When set, a small place outside them (under ``Geocoder/foreignMinPopulation``) or a place reached
    /// only by a consonant skeleton outside them is not a candidate: a Kenyan note's "Maua" is not Mauá, Brazil.
    public var homeCountries: [String]

    /// Makes a context; everything is optional.
    public init(
        preferredCountries: [String] = [], otherPlaces: [Place] = [], otherPlaceIDs: [Int] = [],
        qualifier: String? = nil, homeCountries: [String] = []
    ) {
        self.preferredCountries = preferredCountries
        self.otherPlaces = otherPlaces
        self.otherPlaceIDs = otherPlaceIDs
        self.qualifier = qualifier
        self.homeCountries = homeCountries
    }
}

/// A place name found in running text.
public struct ToponymMatch: Sendable, Hashable {
    /// The tokens of the name (including an ACLED " - Neighbourhood" part or a trailing "Camp").
    public var range: Range<Int>
    /// The name as written, tokens joined with their original spacing.
    public var text: String
    /// The text of a parenthesised qualifier right after the name, without the parentheses.
    public var qualifier: String?
    /// The token range of the qualifier including its parentheses.
    public var qualifierRange: Range<Int>?

    /// Makes a match.
    public init(range: Range<Int>, text: String, qualifier: String? = nil, qualifierRange: Range<Int>? = nil) {
        self.range = range
        self.text = text
        self.qualifier = qualifier
        self.qualifierRange = qualifierRange
    }
}

import Foundation

/// The `.fpgz` gazetteer file format (little-endian throughout).
///
/// ```
/// header   "FPGZ" · version u32 · 10 sections × (offset u32, count u32)
///   0 strings    byte blob; each string is a u8 byte length then UTF-8 (count = blob length)
///   1 countries  12-byte rows: ISO2 (2) · ISO3 (3) · pad (3) · name string u32
///   2 admin1     8-byte rows: code string u32 ("LB.07") · name string u32; places refer to them by index
///   3 features   u32 string offsets of "P.PPL"-style class.code pairs
///   4 places     28-byte rows sorted by geonameid: id u32 · lat i32 · lon i32 (micro-degrees) · name u32 ·
///                population u32 · country u16 · admin1 u16 · admin2 u16 · feature u16 (none = FFFF)
///   5 strict     8-byte rows (key string u32, place index u32) sorted by key bytes, then population descending
///   6 loose      the same, for loose keys that differ from the name's strict key
///   7 skeleton   the same, for consonant skeletons
///   8 aliases    16-byte rows sorted by key: key string u32 · geonameid u32 · precision u32 · note string u32
///   9 info       (attribution string u32, 0)
///  10 admin2     u32 string offsets of admin2 names; places refer to them by index
/// ```
enum GazetteerLayout {
    static let magic: [UInt8] = Array("FPGZ".utf8)
    static let version: UInt32 = 1
    static let sectionCount = 11
    static let headerSize = 8 + sectionCount * 8
    static let none: UInt32 = 0xFFFF_FFFF
    static let noneIndex: UInt16 = 0xFFFF
    static let placeSize = 28
    static let keySize = 8
    static let aliasSize = 16
    static let countrySize = 12
    static let attribution = "Contains data from GeoNames (geonames.org), CC BY 4.0"

    enum Section: Int {
        case strings, countries, admin1, features, places, strict, loose, skeleton, aliases, info, admin2
    }

    static func precisionCode(_ p: LocationPrecision?) -> UInt32 {
        switch p {
        case nil: return 0
        case .place?: return 1
        case .near?: return 2
        case .admin?: return 3
        case .country?: return 4
        }
    }

    static func precision(code: UInt32) -> LocationPrecision? {
        switch code {
        case 1: return .place
        case 2: return .near
        case 3: return .admin
        case 4: return .country
        default: return nil
        }
    }
}

/// A place as the builder collects it, before it is written.
struct BuiltPlace {
    var id: Int
    var name: String
    var lat: Double
    var lon: Double
    var country: String
    var admin1Code: String
    var admin2Name: String?
    var featureClass: String
    var featureCode: String
    var population: Int
    /// Every name to index, the main name first.
    var names: [String]
    /// How many of `names` (from the front) also get a loose key.
    var looseNames: Int = Int.max
    /// How many of `names` (from the front) also get a consonant-skeleton key.
    var skeletonNames: Int = 2
}

/// An alias as the builder collects it.
struct BuiltAlias {
    var alias: String
    var geonameid: Int
    var precision: LocationPrecision?
    var note: String
}

/// Serialises collected places, names and aliases into the `.fpgz` layout.
struct GazetteerWriter {
    var places: [BuiltPlace]
    var aliases: [BuiltAlias]
    /// ISO2 → (ISO3, country name).
    var countries: [String: (iso3: String, name: String)]
    /// "CC.code" → admin1 name.
    var admin1Names: [String: String]

    private var blob: [UInt8] = []
    private var interned: [[UInt8]: UInt32] = [:]

    init(places: [BuiltPlace], aliases: [BuiltAlias], countries: [String: (iso3: String, name: String)],
         admin1Names: [String: String]) {
        self.places = places
        self.aliases = aliases
        self.countries = countries
        self.admin1Names = admin1Names
    }

    private mutating func intern(_ bytes: [UInt8]) -> UInt32 {
        if let off = interned[bytes] { return off }
        var cut = min(bytes.count, 0xFF)
        while cut < bytes.count && cut > 0 && (bytes[cut] & 0xC0) == 0x80 { cut -= 1 }
        let b = bytes[0..<cut]
        let off = UInt32(blob.count)
        blob.append(UInt8(b.count))
        blob.append(contentsOf: b)
        interned[bytes] = off
        return off
    }

    private mutating func intern(_ s: String) -> UInt32 { intern(Array(s.utf8)) }

    /// Key counts of the last `serialise()` (strict, loose, skeleton).
    private(set) var keyCounts = (0, 0, 0)

    mutating func serialise() throws -> [UInt8] {
        places.sort { $0.id < $1.id }
        // Countries table.
        var countryCodes = Set(places.map(\.country))
        countryCodes.formUnion(countries.keys)
        let countryList = countryCodes.sorted()
        guard countryList.count < 0xFFFF else {
            throw FlashpointError(.invalidInput, "too many country codes (\(countryList.count))")
        }
        var countryIndex: [String: UInt16] = [:]
        var countryRows: [UInt8] = []
        for (i, cc) in countryList.enumerated() {
            countryIndex[cc] = UInt16(i)
            var iso2 = Array(cc.utf8.prefix(2)); while iso2.count < 2 { iso2.append(0x20) }
            var iso3 = Array((countries[cc]?.iso3 ?? "").utf8.prefix(3)); while iso3.count < 3 { iso3.append(0x20) }
            countryRows += iso2 + iso3 + [0, 0, 0]
            appendU32(&countryRows, intern(countries[cc]?.name ?? cc))
        }
        // Admin1 and feature tables.
        var admin1Index: [String: UInt16] = [:]
        var admin1Rows: [UInt8] = []
        var featureIndex: [String: UInt16] = [:]
        var admin2Index: [String: UInt16] = [:]
        var admin2Rows: [UInt8] = []
        var featureRows: [UInt8] = []
        for p in places {
            let feature = p.featureClass + "." + p.featureCode
            if featureIndex[feature] == nil {
                guard featureIndex.count < 0xFFFE else { throw FlashpointError(.invalidInput, "too many feature codes") }
                featureIndex[feature] = UInt16(featureIndex.count)
                appendU32(&featureRows, intern(feature))
            }
            if let a2 = p.admin2Name, admin2Index[a2] == nil {
                guard admin2Index.count < 0xFFFE else { throw FlashpointError(.invalidInput, "too many admin2 names") }
                admin2Index[a2] = UInt16(admin2Index.count)
                appendU32(&admin2Rows, intern(a2))
            }
            let code = p.country + "." + p.admin1Code
            if let name = admin1Names[code], admin1Index[code] == nil {
                guard admin1Index.count < 0xFFFE else { throw FlashpointError(.invalidInput, "too many admin1 names") }
                admin1Index[code] = UInt16(admin1Index.count)
                appendU32(&admin1Rows, intern(code))
                appendU32(&admin1Rows, intern(name))
            }
        }
        // Places and keys.
        var placeRows: [UInt8] = []
        placeRows.reserveCapacity(places.count * GazetteerLayout.placeSize)
        var strict: [([UInt8], UInt32)] = []
        var loose: [([UInt8], UInt32)] = []
        var skeleton: [([UInt8], UInt32)] = []
        for (i, p) in places.enumerated() {
            let idx = UInt32(i)
            appendU32(&placeRows, UInt32(truncatingIfNeeded: p.id))
            appendU32(&placeRows, UInt32(bitPattern: Int32((p.lat * 1_000_000).rounded())))
            appendU32(&placeRows, UInt32(bitPattern: Int32((p.lon * 1_000_000).rounded())))
            appendU32(&placeRows, intern(p.name))
            appendU32(&placeRows, UInt32(clamping: max(0, p.population)))
            appendU16(&placeRows, countryIndex[p.country] ?? GazetteerLayout.noneIndex)
            appendU16(&placeRows, admin1Index[p.country + "." + p.admin1Code] ?? GazetteerLayout.noneIndex)
            appendU16(&placeRows, p.admin2Name.flatMap { admin2Index[$0] } ?? GazetteerLayout.noneIndex)
            appendU16(&placeRows, featureIndex[p.featureClass + "." + p.featureCode] ?? 0)
            var seenStrict = Set<[UInt8]>(), seenLoose = Set<[UInt8]>(), seenSkeleton = Set<[UInt8]>()
            for (n, name) in p.names.enumerated() {
                guard let k = NameKey.keys(name) else { continue }
                if seenStrict.insert(k.strict).inserted { strict.append((k.strict, idx)) }
                if n < p.looseNames, k.loose != k.strict, !seenStrict.contains(k.loose), seenLoose.insert(k.loose).inserted { loose.append((k.loose, idx)) }
                if n < p.skeletonNames, let sk = k.skeleton, sk != k.loose, seenSkeleton.insert(sk).inserted {
                    skeleton.append((sk, idx))
                }
            }
        }
        keyCounts = (strict.count, loose.count, skeleton.count)
        let pops = places.map(\.population)
        func rows(_ entries: inout [([UInt8], UInt32)]) -> [UInt8] {
            entries.sort { a, b in
                if a.0 != b.0 { return a.0.lexicographicallyPrecedes(b.0) }
                return pops[Int(a.1)] > pops[Int(b.1)]
            }
            var out: [UInt8] = []
            out.reserveCapacity(entries.count * GazetteerLayout.keySize)
            for (key, idx) in entries {
                appendU32(&out, intern(key))
                appendU32(&out, idx)
            }
            return out
        }
        let strictRows = rows(&strict), looseRows = rows(&loose), skeletonRows = rows(&skeleton)
        // Aliases.
        var aliasEntries: [([UInt8], BuiltAlias)] = []
        for a in aliases {
            if let k = NameKey.strict(a.alias) { aliasEntries.append((k, a)) }
        }
        aliasEntries.sort { $0.0.lexicographicallyPrecedes($1.0) }
        var aliasRows: [UInt8] = []
        for (key, a) in aliasEntries {
            appendU32(&aliasRows, intern(key))
            appendU32(&aliasRows, UInt32(truncatingIfNeeded: a.geonameid))
            appendU32(&aliasRows, GazetteerLayout.precisionCode(a.precision))
            appendU32(&aliasRows, intern(a.note))
        }
        let info = intern(GazetteerLayout.attribution)
        // Assemble.
        let bodies: [([UInt8], Int)] = [
            (blob, blob.count), (countryRows, countryList.count), (admin1Rows, admin1Rows.count / 8),
            (featureRows, featureRows.count / 4), (placeRows, places.count), (strictRows, strict.count),
            (looseRows, loose.count), (skeletonRows, skeleton.count), (aliasRows, aliasEntries.count), ([], 0),
            (admin2Rows, admin2Rows.count / 4),
        ]
        var out: [UInt8] = GazetteerLayout.magic
        appendU32(&out, GazetteerLayout.version)
        var offset = GazetteerLayout.headerSize
        for (i, (body, count)) in bodies.enumerated() {
            if i == GazetteerLayout.Section.info.rawValue {
                appendU32(&out, info); appendU32(&out, 0)
                continue
            }
            appendU32(&out, UInt32(offset)); appendU32(&out, UInt32(count))
            offset += body.count
        }
        guard offset < Int(UInt32.max) else { throw FlashpointError(.invalidInput, "gazetteer too large") }
        for (body, _) in bodies { out.append(contentsOf: body) }
        return out
    }
}

@inline(__always) func appendU32(_ out: inout [UInt8], _ v: UInt32) {
    out.append(UInt8(v & 0xFF)); out.append(UInt8((v >> 8) & 0xFF))
    out.append(UInt8((v >> 16) & 0xFF)); out.append(UInt8(v >> 24))
}

@inline(__always) func appendU16(_ out: inout [UInt8], _ v: UInt16) {
    out.append(UInt8(v & 0xFF)); out.append(UInt8(v >> 8))
}

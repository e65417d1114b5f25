import Foundation
import Testing
@testable import FlashpointCore

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Ein el-Hilweh", "Ayn al-Hilweh"),      // articles, ei/ay
        ("Aïn el Hiloué", "Ain al Hiloue"),      // diacritics
        ("En Nâqoûra", "Naqura"),                // leading article, ou→u
        ("Naqoura", "Nakura"),                   // q→k
        ("Djebel", "Jebel"),                     // dj→j
        ("Chouf", "Shuf"),                       // ch→sh, ou→u
        ("Aita ech Chaab", "‘Ayta ash-Sha‘ab"),  // apostrophes, ayn marks, hyphens, aa→a
        ("Deeb", "Dib"),                         // ee→i
        ("Hammana", "Hamana"),                   // doubled letters
        ("Beit Hanoun", "Bayt Hanun"),
        ("Deir al-Balah", "Dayr al Balaḩ"),
        ("Khan Younis", "Khān Yūnis"),
    ])
    func strictKeysAgree(_ a: String, _ b: String) {
        #expect(NameKey.strict(a) != nil)
        #expect(NameKey.strict(a) == NameKey.strict(b))
    }

    @Test(arguments: [
        ("Khiam", "El Khiyam"),          // iy → i
        ("Bint Jbeil", "Bent Jbaïl"),    // e/i vowels
        ("Jabalia", "Jabālyā"),          // y/i
        ("Ein el-Hilweh", "Ain al Hilwi"),  // final h, w/u, e/i
        ("Nabatieh", "Nabatîyé"),
        ("Khan Yunis", "Han Yunis"),     // kh/h
    ])
    func looseKeysAgree(_ a: String, _ b: String) {
        #expect(NameKey.strict(a) != NameKey.strict(b))
        #expect(NameKey.loose(a) == NameKey.loose(b))
    }

    @Test func skeletonIsTheLastResort() {
        #expect(NameKey.loose("Kafr Kila") != NameKey.loose("Kfar Kila"))
        #expect(NameKey.skeleton("Kafr Kila") == NameKey.skeleton("Kfar Kila"))
        #expect(NameKey.skeleton("Ab") == nil)
        #expect(NameKey.strict("Al") == Array("al".utf8))  // a lone article is the name itself
        #expect(NameKey.strict("بيروت") == nil)
    }
}

@Suite struct GeocoderTests {
    let geo = PlacesFixtures.geocoder

    func chosen(_ name: String, _ ctx: GeoContext = GeoContext()) -> Int? {
        geo.resolve(name, context: ctx).chosen?.place.geonameid
    }

    @Test(arguments: [
        ("Ain al-Hilweh", 277655), ("Ayn al-Hilweh", 277655), ("Ein el-Hilweh", 277655), ("Ain al-Hilweh camp", 277655),
        ("Khiam", 279727), ("El Khiyam", 279727), ("Naqoura", 278832), ("Ras En Nakura", 278832),
        ("Bint Jbeil", 276592), ("Aita ech Chaab", 277369), ("Khan Younis", 281124), ("Khan Yunis", 281124),
        ("Deir el-Balah", 281141), ("Jabalia", 281129), ("Kafr Kila", 272849),
    ])
    func transliterationsReachThePlace(_ name: String, _ id: Int) {
        #expect(chosen(name, GeoContext(preferredCountries: ["LB", "PS"])) == id)
    }

    @Test func campNamesPreferTheCampFeature() throws {
        let r = geo.resolve("Ain al-Hilweh camp", context: GeoContext())
        let top = try #require(r.chosen)
        #expect(top.place.featureCode == "CMPRF")
        #expect(r.candidates.contains { $0.place.geonameid == 277656 })  // the village of the same name is a candidate
    }

    @Test func aliasesCarryTheirPrecisionAndNote() throws {
        let ras = try #require(geo.resolve("Ras Naqoura", context: GeoContext()).chosen)
        #expect(ras.place.geonameid == 278832)
        let alias = try #require(geo.resolve("Ras En Nakura", context: GeoContext()).chosen)
        #expect(alias.precision == .near && alias.reason.contains("Ras Naqoura cape"))
        let dahiyeh = try #require(geo.resolve("Dahiyeh", context: GeoContext()).chosen)
        #expect(dahiyeh.place.geonameid == 274425 && dahiyeh.precision == .near)  // resolved from "Haret Hreik, LB"
        #expect(try #require(geo.resolve("Naqoura", context: GeoContext()).chosen).precision == .place)
    }

    @Test func acledNeighbourhoodsMapToTheCity() throws {
        let shuj = try #require(geo.resolve("Gaza - Shujaiyya", context: GeoContext()).chosen)
        #expect(shuj.place.geonameid == 281133 && shuj.precision == .near)
        let remal = try #require(geo.resolve("Gaza - Southern Remal", context: GeoContext()).chosen)
        #expect(remal.place.geonameid == 281133 && remal.precision == .near && remal.reason.contains("Southern Remal"))
        #expect(chosen("Gaza City") == 281133)
    }

    @Test func ambiguousNamesFollowTheCountryContext() {
        #expect(chosen("Tripoli") == 2210247)
        #expect(chosen("Tripoli", GeoContext(preferredCountries: ["LB"])) == 266826)
        #expect(chosen("Tripoli", GeoContext(preferredCountries: ["LBN"])) == 266826)
        #expect(chosen("Tripoli", GeoContext(otherPlaces: [geo.gazetteer.place(id: 276781)!])) == 266826)
    }

    @Test func ambiguousNamesFollowTheQualifier() {
        #expect(chosen("Qana", GeoContext(qualifier: "Mont-Liban")) == 900002)
        #expect(chosen("Qana", GeoContext(qualifier: "Tyre, South Governorate")) == 900001)
        #expect(chosen("Qana (Mont-Liban)") == 900002)
        #expect(chosen("Qana", GeoContext(otherPlaceIDs: [268064])) == 900001)  // near Sidon
        let r = geo.resolve("Kfar Kila", context: GeoContext(qualifier: "Marjayoun, Nabatieh"))
        #expect(r.chosen?.reason.contains("admin area named in qualifier") == true)
        let k = geo.resolve("Khiam", context: GeoContext(qualifier: "Marjayoun, Nabatieh"))
        #expect(k.chosen?.place.geonameid == 279727)
        #expect(chosen("Khan Yunis", GeoContext(qualifier: "Khan Yunis, Gaza Strip")) == 281124)
        #expect(chosen("Naivasha", GeoContext(qualifier: "Naivasha and Kinangop constituencies")) == 184707)
    }

    @Test(arguments: [("Lebanon", 272103), ("Georgia", 614540), ("Jordan", 248816), ("Chad", 2434508)])
    func countryNamesResolveToCountries(_ name: String, _ id: Int) throws {
        for ctx in [GeoContext(), GeoContext(preferredCountries: ["US", "RU", "HK"])] {
            let top = try #require(geo.resolve(name, context: ctx).chosen)
            #expect(top.place.geonameid == id)
            #expect(top.precision == .country)
        }
    }

    @Test func unknownNamesResolveToNothing() {
        let r = geo.resolve("Xyzzyqwv", context: GeoContext())
        #expect(r.chosen == nil && r.candidates.isEmpty)
    }

    @Test func candidatesCarryReasons() throws {
        let r = geo.resolve("Tripoli", context: GeoContext(preferredCountries: ["LB"]))
        #expect(r.candidates.count == 2)
        #expect(try #require(r.chosen).reason.contains("preferred country LB"))
        #expect(r.candidates[0].score > r.candidates[1].score)
    }

    /// A name's analysis is made once and reused in every context: the answers must be those of a geocoder that
    /// analyses the name afresh for each context, reasons included, on the public path and the pipeline's.
    @Test func sharedAnalysesAnswerLikeFreshOnes() throws {
        let sidon = try #require(geo.gazetteer.place(id: 268064))
        let contexts = [
            GeoContext(), GeoContext(preferredCountries: ["LB"]), GeoContext(preferredCountries: ["lbn", "PS"]),
            GeoContext(otherPlaces: [sidon]), GeoContext(otherPlaceIDs: [268064]),
            GeoContext(qualifier: "Marjayoun, Nabatieh"), GeoContext(preferredCountries: ["KE"], homeCountries: ["KE"]),
            GeoContext(preferredCountries: ["CN"]), GeoContext(homeCountries: ["BR"]),
        ]
        let names = ["Tripoli", "Qana", "Qana (Mont-Liban)", "Khiam", "Ain al-Hilweh camp", "Gaza - Shujaiyya",
                     "Mandera County", "Kkng Twn", "Maua", "Sao Paulo", "Lebanon", "the Naqoura", "Xyzzyqwv"]
        let shared = PlacesFixtures.geocoder
        for name in names {
            for ctx in contexts {
                let fresh = PlacesFixtures.geocoder.resolve(name, context: ctx)
                #expect(shared.resolve(name, context: ctx) == fresh, "\(name) in \(ctx)")
                let quiet = shared.resolve(name, context: ctx, explain: false)
                #expect(quiet.candidates.map(\.place) == fresh.candidates.map(\.place))
                #expect(quiet.candidates.map(\.score) == fresh.candidates.map(\.score))
                let scope = Geocoder.Scope(ctx, gazetteer: shared.gazetteer)
                let ranking = shared.ranking(name, scope: scope, qualifier: ctx.qualifier)
                #expect(ranking.chosen == quiet.chosen)
                #expect(ranking.countries(prefix: 8) == quiet.candidates.prefix(8).map(\.place.country))
            }
        }
    }

    @Test func countryCodesPackWithTheirLength() {
        #expect(Geocoder.codeKey("LB") != Geocoder.codeKey("LBN"))
        #expect(Geocoder.codeKey("") != Geocoder.codeKey("\u{0}"))
        #expect(Geocoder.codeKey("LB") == Geocoder.codeKey(String("XLB".dropFirst())))
        #expect(Geocoder.codeKey("TOOLONGCODE") == Geocoder.noCode)
    }

    /// The first-byte filter must answer as the set does, for ASCII, accented, decomposed and odd words.
    @Test func wordSetsAnswerLikeSets() {
        let members: Set<String> = ["al", "el-", "deir", "umm", "é", "e\u{301}x", "the"]
        let asciiOnly: Set<String> = ["al", "el-", "deir", "umm", "the", "k"]
        let probes = ["al", "Al", "el-", "el", "deir", "d", "", "é", "e\u{301}", "\u{e9}x", "e\u{301}x", "x", "umm",
                      "\u{212A}", "k", "K", "zz", "ünter", "the", "thé", "“", "-"]
        for set in [members, asciiOnly] {
            let filtered = WordSet(set)
            for w in probes { #expect(filtered.contains(w) == set.contains(w), "\(w)") }
        }
        let quotes: WordSet = ["\"", "'", "“", "‘", "("]
        #expect(quotes.contains("“") && quotes.contains("(") && !quotes.contains("x"))
    }

    @Test func campSuffixPrefilterKeepsEveryCamp() {
        for name in ["Kakuma Camp", "Dadaab refugee camp", "Ain al-Hilweh CAMP", "Jenin Camp", "x camp"] {
            #expect(name.lowercased().hasSuffix(" camp") && Geocoder.mayEndInCamp(name), "\(name)")
        }
        for name in ["Camp David", "Kampala", "camp", "Decamp", "Gaza City"] {
            #expect(!name.lowercased().hasSuffix(" camp") && !Geocoder.mayEndInCamp(name), "\(name)")
        }
    }

    @Test func offsetsMoveAlongTheBearing() throws {
        let naqoura = try #require(geo.gazetteer.place(id: 278832))
        let north = geo.offset(naqoura, km: 10, bearing: "north")
        #expect(abs(north.lat - naqoura.lat - 0.0899) < 0.001 && abs(north.lon - naqoura.lon) < 1e-9)
        let se = geo.offset(naqoura, km: 5, bearing: "south-east")
        #expect(se.lat < naqoura.lat && se.lon > naqoura.lon)
        #expect(abs(GeoMath.distanceKm(naqoura.lat, naqoura.lon, se.lat, se.lon) - 5) < 0.01)
        #expect(GeoMath.bearingDegrees("WSW") == 247.5 && GeoMath.bearingDegrees("northwestern") == 315)
        let same = geo.offset(naqoura, km: 5, bearing: "sideways")
        #expect(same.lat == naqoura.lat && same.lon == naqoura.lon)
    }
}

@Suite struct ToponymTests {
    let geo = PlacesFixtures.geocoder

    func names(_ text: String) -> [ToponymMatch] {
        let t = PlacesFixtures.tokens(text)
        return geo.findToponyms(t, in: 0..<t.count)
    }

    @Test func findsParticleNamesAndQualifiers() {
        let m = names("Israeli drones struck Ain al-Hilweh and Kfar Kila (Marjayoun, Nabatieh) on Monday, officials in Lebanon said.")
        #expect(m.map(\.text) == ["Ain al-Hilweh", "Kfar Kila", "Lebanon"])
        #expect(m[1].qualifier == "Marjayoun, Nabatieh")
        #expect(m[0].range == 3..<7)
    }

    @Test func findsAcledNeighbourhoodsCampsAndEchNames() {
        #expect(names("Clashes in Gaza - Shujaiyya left two dead.").map(\.text) == ["Gaza - Shujaiyya"])
        #expect(names("Shelling hit Aita ech Chaab and Ein el-Hilweh Camp overnight.").map(\.text)
            == ["Aita ech Chaab", "Ein el-Hilweh Camp"])
        #expect(names("Fighters at the Ras En Nakura crossing.").map(\.text) == ["Ras En Nakura"])
        #expect(names("Troops entered Nairobi's suburbs.").map(\.text) == ["Nairobi"])
    }

    @Test func skipsCommonWordsMonthsAndUnknownCapitals() {
        #expect(names("Chad said on Monday that May was calm.").map(\.text) == ["Chad"])
        #expect(names("Jordan The Minister met Hezbollah.").map(\.text) == ["Jordan"])
        #expect(names("In March the Qana talks ended.").isEmpty)  // a small place needs a locative word
        #expect(names("Residents fled to Qana.").map(\.text) == ["Qana"])
    }
}

extension GeocoderTests {
    /// Memo keys compare bytes (with `memcmp`): equal exactly when the UTF-8 bytes are, so canonically equivalent
    /// spellings stay apart; empty, small and heap strings alike.
    @Test func byteKeysAreEqualExactlyWhenTheBytesAre() {
        let texts = [
            "", "a", "Gaza", "Gaza ", "gaza", "Caf\u{E9}", "Cafe\u{301}", "Ain al-Hilweh refugee camp",
            "Ain al-Hilweh refugee camq", String(repeating: "x", count: 40), String(repeating: "x", count: 41),
        ]
        for a in texts {
            for b in texts {
                #expect((ByteKey(text: a) == ByteKey(text: b)) == Array(a.utf8).elementsEqual(Array(b.utf8)), "\(a) \(b)")
            }
        }
    }
}

import Foundation
import Testing
@testable import FlashpointCore

/// A small East African gazetteer: a Kenyan town whose name is also a large Brazilian city, an admin1 region with
/// a town of the same name, a city estate reachable only by an alias, and a compass-named region.
enum KenyaFixtures {
    static let cities = """
    geonameid\tname\tlatitude\tlongitude\tcountrycode\tadmin1code\tpopulation\ttimezone\talternatenames
    184745\tNairobi\t-1.28333\t36.81667\tKE\t05\t4397073\tAfrica/Nairobi\t
    187231\tMaua\t0.23206\t37.94052\tKE\t35\t22121\tAfrica/Nairobi\t
    186824\tMeru\t0.04626\t37.65587\tKE\t35\t80191\tAfrica/Nairobi\t
    187896\tMandera\t3.93658\t41.86701\tKE\t33\t114718\tAfrica/Nairobi\t
    3457381\tMauá\t-23.66778\t-46.46139\tBR\t27\t418261\tAmerica/Sao_Paulo\tMaua
    3448439\tSão Paulo\t-23.5475\t-46.63611\tBR\t27\t10021295\tAmerica/Sao_Paulo\tSao Paulo
    3870294\tTalca\t-35.4232\t-71.64974\tCL\t11\t197479\tAmerica/Santiago\t
    900101\tKaakong Town\t22.0\t113.0\tCN\t01\t150000\tAsia/Shanghai\t
    900105\tLiboi\t0.35\t40.87\tKE\t33\t5000\tAfrica/Nairobi\t
    900104\tEl Wak\t2.80256\t40.92666\tKE\t33\t200000\tAfrica/Nairobi\t
    900103\tCape Coast\t5.10535\t-1.2466\tGH\t04\t143015\tAfrica/Accra\t
    2286304\tMan\t7.41251\t-7.55383\tCI\t78\t188704\tAfrica/Abidjan\t
    900102\tVirginia\t-28.10391\t26.86593\tZA\t03\t66208\tAfrica/Johannesburg\t
    """

    static let admin1 = """
    KE.05\tNairobi Area\tNairobi Area\t184742
    KE.33\tMandera\tMandera\t187895
    KE.35\tMeru\tMeru\t186823
    ZA.03\tFree State\tFree State\t967573
    GH.04\tCentral\tCentral\t2300000
    """

    static let countries = """
    {"KE": {"geonameid": 192950, "name": "Kenya", "iso": "KE", "iso3": "KEN", "capital": "Nairobi", "population": 51393010},
     "BR": {"geonameid": 3469034, "name": "Brazil", "iso": "BR", "iso3": "BRA", "capital": "Brasilia", "population": 209469333},
     "CL": {"geonameid": 3895114, "name": "Chile", "iso": "CL", "iso3": "CHL", "capital": "Santiago", "population": 18729160},
     "ZA": {"geonameid": 953987, "name": "South Africa", "iso": "ZA", "iso3": "ZAF", "capital": "Pretoria", "population": 57779622}}
    """

    static let aliases = """
    Kibera\t184745\tnear\tNairobi: Kibera
    """

    static let geocoder: Geocoder = {
        do {
            let dir = try PlacesFixtures.tempDir()
            let out = dir.appendingPathComponent("ke.fpgz")
            _ = try GazetteerBuilder.build(
                cities: [try PlacesFixtures.write(cities, "cities.tsv", in: dir)], dumps: [],
                admin1: try PlacesFixtures.write(admin1, "admin1CodesASCII.txt", in: dir), admin2: nil,
                countries: try PlacesFixtures.write(countries, "countries.json", in: dir),
                aliases: [try PlacesFixtures.write(aliases, "aliases.tsv", in: dir)], output: out, log: { _ in })
            return Geocoder(gazetteer: try Gazetteer(contentsOf: out))
        } catch {
            fatalError("Kenya fixture gazetteer failed to build: \(error)")
        }
    }()
}

@Suite struct HomeCountryTests {
    let geo = KenyaFixtures.geocoder

    @Test func homeCountryBeatsALargerNamesakeAbroad() throws {
        // Without context the larger Brazilian city wins; with Kenya as the article's country, the Kenyan town.
        #expect(geo.resolve("Maua", context: GeoContext()).chosen?.place.country == "BR")
        let r = geo.resolve("Maua", context: GeoContext(preferredCountries: ["KE"], homeCountries: ["KE"]))
        #expect(r.chosen?.place.geonameid == 187231)
    }

    @Test func smallOrDifferentlySpeltPlacesAbroadAreNotCandidates() {
        let home = GeoContext(homeCountries: ["KEN"])
        // "Al Taqa" reaches Talca (Chile) by its key, but not by its spelling: no candidate in a Kenyan article.
        #expect(geo.resolve("Talca", context: GeoContext()).chosen?.place.geonameid == 3870294)
        #expect(geo.resolve("Virginia", context: home).chosen == nil)                 // 66,208 people, abroad
        #expect(geo.resolve("Sao Paulo", context: home).chosen?.place.geonameid == 3448439)  // a very large city stays
        #expect(geo.resolve("Kenya", context: GeoContext(homeCountries: ["BR"])).chosen?.place.isCountry == true)
        #expect(geo.resolve("Kibera", context: GeoContext(homeCountries: ["BR"])).chosen?.place.geonameid == 184745)
    }

    @Test func consonantSkeletonsNeedACountryFromTheContext() {
        // "Kakong Twn" shares only its consonants with "Kaakong Town" (China).
        #expect(geo.resolve("Kkng Twn", context: GeoContext()).chosen == nil)
        #expect(geo.resolve("Kkng Twn", context: GeoContext(preferredCountries: ["CN"])).chosen?.place.geonameid == 900101)
    }

    @Test func votesNameTheArticlesCountries() {
        let maua = geo.resolve("Maua", context: GeoContext(preferredCountries: ["KE"])).chosen?.place
        let meru = geo.resolve("Meru", context: GeoContext()).chosen?.place
        let kenya = geo.resolve("Kenya", context: GeoContext()).chosen?.place
        let talca = geo.resolve("Talca", context: GeoContext()).chosen?.place
        // Two Kenyan places outvote one Chilean.
        #expect(PlaceStage.homeCountries([maua, meru, talca], actorWeights: [:]) == ["KE"])
        // One place each: no home country.
        #expect(PlaceStage.homeCountries([meru, talca], actorWeights: [:]).isEmpty)
        // A named country counts 2.
        #expect(PlaceStage.homeCountries([kenya, talca], actorWeights: [:]) == ["KE"])
        // A lone actor's country is enough; half a vote is not.
        #expect(PlaceStage.homeCountries([nil], actorWeights: ["KE": 1]) == ["KE"])
        #expect(PlaceStage.homeCountries([], actorWeights: ["SO": 0.5]).isEmpty)
        // Other candidates do not vote for a country no chosen place is in.
        #expect(PlaceStage.homeCountries([meru], alsoIn: [["FR"], ["FR"], ["FR"]], actorWeights: [:]).isEmpty)
        #expect(PlaceStage.homeCountries([talca], actorWeights: ["KE": 1]).isEmpty)  // a tie
        // "Maua, Meru County": Maua went to Brazil, but it has a Kenyan candidate too.
        let mauaBR = geo.resolve("Maua", context: GeoContext()).chosen?.place
        #expect(mauaBR?.country == "BR")
        #expect(PlaceStage.homeCountries([mauaBR, meru], actorWeights: [:]).isEmpty)
        #expect(PlaceStage.homeCountries([mauaBR, meru], alsoIn: [["KE"], []], actorWeights: [:]) == ["KE"])
    }
}

@Suite struct SeatAndSpellingTests {
    let geo = KenyaFixtures.geocoder

    @Test func anAdminRegionSitsAtItsSeatOfTheSameName() throws {
        // Mandera County's largest place is El Wak, but the county is named after (and seated at) Mandera town.
        let county = try #require(geo.gazetteer.place(id: 187895))
        #expect(county.isAdminRegion && abs(county.lat - 3.93658) < 1e-4 && abs(county.lon - 41.86701) < 1e-4)
        #expect(county.population >= 200_000)  // the region keeps the size of its largest place
        #expect(geo.resolve("El Wak", context: GeoContext()).chosen?.place.population == 200_000)
        // Nairobi Area has no place called "Nairobi Area": its largest place.
        let area = try #require(geo.gazetteer.place(id: 184742))
        #expect(abs(area.lat - -1.28333) < 1e-4)
    }

}

@Suite struct AdminAndPersonNameTests {
    let geo = KenyaFixtures.geocoder

    func names(_ text: String) -> [String] {
        let t = PlacesFixtures.tokens(text)
        return geo.findToponyms(t, in: 0..<t.count).map(\.text)
    }

    @Test func adminSuffixesJoinTheNameAndPreferTheRegion() throws {
        #expect(names("Hundreds protested in Mandera County on Monday.") == ["Mandera County"])
        #expect(names("Clashes in Meru sub-county left two dead.") == ["Meru sub-county"])
        let r = try #require(geo.resolve("Mandera County", context: GeoContext()).chosen)
        #expect(r.place.featureCode == "ADM1" && r.precision == .admin)
        let town = try #require(geo.resolve("Mandera", context: GeoContext()).chosen)
        #expect(town.place.featureClass == "P" && town.precision == .place)
    }

    /// Tokens with each "A - B" written without spaces joined into one token "A-B", as the project tokenizer keeps them.
    func hyphenated(_ text: String) -> [Token] {
        var out: [Token] = []
        for t in PlacesFixtures.tokens(text) {
            if t.kind == .word, !t.spaceBefore, out.count >= 2,
               out[out.count - 1].norm == "-", !out[out.count - 1].spaceBefore, out[out.count - 2].kind == .word {
                out.removeLast()
                let a = out.removeLast()
                out.append(Token(text: a.text + "-" + t.text, norm: a.norm + "-" + t.norm, start: a.start, end: t.end,
                                 kind: .word, spaceBefore: a.spaceBefore))
            } else {
                out.append(t)
            }
        }
        return out
    }

    @Test func hyphenatedRoadNamesGiveTheirFirstPlace() {
        let t = hyphenated("Protesters blocked the busy Meru-Maua highway for hours.")
        #expect(t.contains { $0.text == "Meru-Maua" })
        #expect(geo.findToponyms(t, in: 0..<t.count).map(\.text) == ["Meru"])
        let u = hyphenated("The editor of the Nairobi-based weekly was beaten.")
        #expect(geo.findToponyms(u, in: 0..<u.count).map(\.text) == ["Nairobi"])
    }

    @Test func aPlaceNounAfterASmallPlaceMakesItAName() {
        // Liboi (5,000 people) alone needs a locative before it, or a place noun after it.
        #expect(names("Gunmen attacked Liboi on Monday.") == [])
        #expect(names("Gunmen stormed Liboi camp on Monday.") == ["Liboi camp"])
        #expect(names("Gunmen attacked Liboi village on Monday.") == ["Liboi"])
        #expect(names("Raiders struck Liboi area, stealing cattle.") == ["Liboi"])
    }

    @Test func onIsALocativeAndACompassWordMayFollowAName() {
        #expect(names("Contractors protested at the offices on Maua over several days.") == ["Maua"])
        #expect(names("Contractors protested at the offices of Maua Central.") == ["Maua"])
        #expect(names("Residents from Maua Central held a demonstration.") == ["Maua"])
    }

    @Test func theTailOfALongerUnknownNameIsNotAPlace() {
        // Meru is a town of 80,191: "Trans Meru" names something else.
        #expect(names("Clashes in Trans Meru were reported.") == [])
        #expect(names("Fighters attacked Upper Nairobi estates.") == ["Nairobi"])  // a city stays a city
        #expect(names("Residents in Northern Mandera protested.") == ["Mandera"])  // a compass word before is fine
    }

    @Test func sentenceInitialPeopleNounsAreNotPlaces() {
        // "Man" is a city of 188,704 in Côte d'Ivoire.
        #expect(names("Man found killed in Maua.") == ["Maua"])
        #expect(names("Unidentified gunmen attacked Maua.") == ["Maua"])
    }

    @Test func compassWordsAloneAreNotPlaces() {
        #expect(names("Residents of Kiutine in Central blocked roads.").isEmpty)
        #expect(names("Residents in the South protested.").isEmpty)
    }

    @Test func aCapitalisedWordAfterASingleNameMakesItAPerson() {
        #expect(names("Protesters marched against Virginia Nyaiko on Tuesday.").isEmpty)
        #expect(names("Governor Meru Kinoti spoke.").isEmpty)
        #expect(names("Students rioted in Meru town.") == ["Meru"])
        #expect(names("Students rioted in Meru Kinoti.") == ["Meru"])  // a locative word still makes it a place
        #expect(names("A group of 500 Nairobi Matatu drivers protested.") == ["Nairobi"])  // a city stays a city
    }
}

import Foundation
import Testing
@testable import FlashpointCore

/// The Places stage end to end, with the bundled gazetteer and the full coder: where each event happened.
@Suite struct PlaceStageTests {
    static let coder: Coder = {
        do { return try Coder() } catch { fatalError("coder failed to load: \(error)") }
    }()

    func locations(_ text: String) -> [EventLocation?] {
        let day = Day(iso: "2015-03-01")!
        return Self.coder.code(Article(id: "t", date: day, text: text)).filter { $0.modality == "asserted" }.map(\.location)
    }

    /// The clause test walks up the heads only when they form a forest; a cycle falls back to collecting subtrees.
    @Test func headsAreCheckedForCycles() throws {
        var doc = Self.coder.annotate(Article(id: "t", date: Day(iso: "2015-03-01")!, text: "Police fired on protesters in Meru."))
        let range = doc.sentences[0].tokens
        #expect(SentenceGraph.headsFormForest(doc, range))
        let a = range.lowerBound, b = range.lowerBound + 1
        doc.heads[a] = b
        doc.heads[b] = a
        #expect(!SentenceGraph.headsFormForest(doc, range))
        doc.heads[b] = range.upperBound  // outside the sentence: a root as far as the sentence goes
        #expect(SentenceGraph.headsFormForest(doc, range))
    }

    @Test func anEthnicGroupsNameAfterInIsAPlace() throws {
        let first = try #require(locations("Students riot against mock examinations in Meru.").first ?? nil)
        #expect(first.name == "Meru" && first.country == "KEN")
    }

    @Test func aPlaceInALaterSentenceLocatesTheEventAndTheArticleCountryWins() throws {
        let all = locations("Police opened fire on protesters, killing two. The protest took place in Maua, Meru County.")
        #expect(!all.isEmpty)
        for l in all {
            let l = try #require(l)
            #expect(l.geonameid == 187231 && l.country == "KEN")  // Maua, Kenya — not Mauá, Brazil
        }
    }

    @Test func anActorsCountryIsTheFallback() throws {
        let first = try #require(locations("Kenyan police arrested ten people.").first ?? nil)
        #expect(first.precision == "country" && first.country == "KEN" && first.name == "Kenya")
    }

    @Test func anUnknownVillageFallsBackToItsCounty() throws {
        let first = try #require(locations("Residents of Ngumu village in Tana River County protested against police harassment.").first ?? nil)
        #expect(first.precision == "admin" && first.name == "Tana River" && first.country == "KEN")
    }

    @Test func aCountryOnlySentenceTakesTheArticlesPlaceInThatCountry() throws {
        let first = try #require(locations(
            "Militants crossed into Kenya and attacked a police station. The attack took place at a border post in Garissa County.").first ?? nil)
        #expect(first.name == "Garissa" && first.country == "KEN")
    }

    @Test func aRegionNamingPeopleIsStillTheirPlaceWhenNothingElseIs() throws {
        let first = try #require(locations("Hundreds of Mandera County residents protested against insecurity.").first ?? nil)
        #expect(first.name == "Mandera" && first.precision == "admin")
        // With a plain place named, that place wins over the region qualifying the people.
        let second = try #require(locations("Somali residents of Garissa protested against police harassment.").first ?? nil)
        #expect(second.name == "Garissa")
    }

    @Test func placeNounsMayStandBetweenTheLocativeAndTheName() throws {
        let first = try #require(locations(
            "Hundreds of residents rallied in the capital Nairobi to condemn the attack on Garissa University.").first ?? nil)
        #expect(first.name == "Nairobi")
    }

    @Test func anUnknownSubCountyFallsBackToTheCountyNotAForeignNamesake() throws {
        // "Mara" alone is a Tanzanian region; "Trans Mara West" is a Kenyan sub-county the gazetteer lacks.
        let first = try #require(locations("Raiders burned twenty homes in Trans Mara West, Narok County.").first ?? nil)
        #expect(first.name == "Narok" && first.country == "KEN" && first.precision == "admin")
    }

    @Test func withoutAnyClueThereIsNoLocation() {
        let all = locations("Residents blocked roads in protest of pollution of a nearby river.")
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0 == nil })
    }

    @Test func codedToBeatsAFacilityAndAForeignNamesake() throws {
        let first = try #require(locations(
            "Militants fired at Israeli troops near Al Taqa roundabout, coded to Gaza - Shujaiyya (Gaza City, Gaza Strip).").first ?? nil)
        #expect(first.geonameid == 281133 && first.precision == "near")
    }
}

extension PlaceStageTests {
    @Test func theNationalityOfAnAgentIsNoPlace() throws {
        let recs = try CoderTests.asserted(
            "On 24 December, Somali militants who have encroached Kitui county and posing as herders, gunned down a man "
                + "in Katangini.")
        let kill = try #require(recs.first { $0.trigger == "gunned" })
        #expect(kill.location?.name == "Kitui", "not the Somali region of Ethiopia")
    }
}

extension PlaceStageTests {
    /// The words before a name: "near X" makes the location near X; "5 km south of X" moves its point too, by the
    /// geocoder's offset, whether the distance is written "5 km" or "5km".
    @Test func distanceAndBearingBeforeANameMoveThePoint() throws {
        let plain = try #require(locations("Police arrested ten protesters in Garissa.").first ?? nil)
        let near = try #require(locations("Police arrested ten protesters near Garissa.").first ?? nil)
        #expect(near.precision == "near" && near.lat == plain.lat && near.lon == plain.lon)
        for text in ["Police arrested ten protesters 20 km south of Garissa.", "Police arrested ten protesters 20km south of Garissa."] {
            let moved = try #require(locations(text).first ?? nil)
            #expect(moved.precision == "near" && moved.name == plain.name)
            let (lat, lon) = (try #require(moved.lat), try #require(moved.lon))
            let (lat0, lon0) = (try #require(plain.lat), try #require(plain.lon))
            #expect(lat < lat0 - 0.1 && abs(lon - lon0) < 0.01, "\(text)")
        }
        let east = try #require(locations("Police arrested ten protesters east of Garissa.").first ?? nil)
        #expect(east.precision == "near" && east.lat == plain.lat && east.lon == plain.lon)
    }
}

import Testing
@testable import FlashpointCore

/// Incidents the text tells without a perpetrator get the conventional one, marked `implied`.
@Suite struct ImpliedPerpetratorTests {
    static func incident(_ text: String) throws -> EventRecord {
        let recs = try CoderTests.asserted(text)
        return try #require(recs.first { $0.acled != nil }, "an incident is coded in: \(text)")
    }

    @Test func anUnattributedKillingIsByAnUnidentifiedArmedGroupOfItsCountry() throws {
        let kill = try Self.incident("A man was shot dead in Kisumu on Sunday night.")
        let source = try #require(kill.actor.first)
        #expect(source.code == "KENUAF")
        #expect(source.country == "KEN")
        #expect(source.implied == true)
        #expect(source.text.isEmpty, "no words of the text name it")
        #expect(kill.acled?.eventType == "Violence against civilians")
    }

    @Test func aNamedPerpetratorIsNeverImplied() throws {
        let kill = try Self.incident("Police shot dead a man in Kisumu on Sunday night.")
        #expect(kill.actor.map(\.code) == ["KENCOP"])
        #expect(kill.actor.allSatisfy { $0.implied == nil })
    }

    @Test func aMobKillingIsByRioters() throws {
        let lynching = try Self.incident("A suspected thief was lynched in Kisumu.")
        #expect(lynching.acled?.eventType == "Riots")
        #expect(lynching.actor.map(\.code) == ["KENOPP"])
        #expect(lynching.actor.first?.name == "rioters")
    }

    @Test func theSuspectAShortReportNamesIsTheSource() throws {
        let blast = try Self.incident(
            "Three people were injured in Mandera after their truck ran over a roadside bomb. Al Shabaab suspected.")
        let source = try #require(blast.actor.first)
        #expect(source.code.hasPrefix("SOM"), "al-Shabaab, not an unidentified group")
        #expect(source.implied == true)
    }

    @Test func aNamedArmyIsTheVictimNotTheSuspect() throws {
        let blast = try Self.incident("Three KDF soldiers were injured when their vehicle hit a landmine in Lamu.")
        #expect(!blast.actor.contains { $0.code == "KENMIL" })
    }

    @Test func airStrikesGetNoImpliedSource() throws {
        let strike = try Self.incident("An air strike hit a house in Nabatieh, killing two people.")
        #expect(!strike.actor.contains { $0.implied == true })
    }

    @Test func withoutACountryNothingIsImplied() throws {
        let kill = try Self.incident("Two people were killed during a raid on the village.")
        #expect(kill.actor.isEmpty)
    }

    @Test func theGoldScorerComparesOnlyNamedActors() {
        var implied = EvalFixture.actor("KENUAF", country: "KEN")
        implied.implied = true
        #expect(GoldScorer.codes([implied, EvalFixture.actor("KENCOP")]) == ["KENCOP"])
    }
}

/// Small fixes that came with the implied actors: a negated subject, classifying nouns, headline participles.
@Suite struct IncidentWordingTests {
    @Test func noOneInjuredIsNegated() throws {
        let recs = try CoderTests.records("No one was injured.")
        #expect(!recs.contains { $0.modality == "asserted" })
    }

    @Test func aMurderSuspectIsNoMurder() throws {
        let recs = try CoderTests.asserted("Police arrested a murder suspect in Kisumu.")
        #expect(!recs.contains { $0.trigger == "murder" })
        #expect(recs.contains { $0.trigger == "arrested" })
    }

    @Test func aHarmParticipleWithItsAgentIsTheVerb() throws {
        let recs = try CoderTests.asserted("Three people wounded by armed cattle rustlers")
        #expect(recs.contains { $0.trigger == "wounded" && $0.cameo.root == "18" })
    }
}

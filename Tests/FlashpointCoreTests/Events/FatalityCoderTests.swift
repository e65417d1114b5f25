import Testing

@testable import FlashpointCore

/// End-to-end: the dead of short reports written for these tests, as the records give them.
@Suite struct FatalityCoderTests {
    static let coder: Coder? = try? Coder(options: .init(geocode: false))
    static let date = Day(iso: "2019-08-14")!

    static func asserted(_ text: String) throws -> [EventRecord] {
        let coder = try #require(Self.coder, "the default models and dictionaries load")
        return coder.code(Article(id: "t", date: date, text: text)).filter { $0.modality == "asserted" }
    }

    /// The record a one-event scorer takes: the first asserted record with an ACLED category.
    static func primary(_ text: String) throws -> EventRecord {
        let recs = try asserted(text)
        return try #require(recs.first { $0.acled != nil } ?? recs.first)
    }

    static func total(_ text: String) throws -> Int {
        try asserted(text).reduce(0) { $0 + ($1.fatalities ?? 0) }
    }

    @Test func victimWithAPostModifier() throws {
        #expect(try Self.total("A prisoner released on parole last month is lynched in the village.") == 1)
        #expect(try Self.total("The chairman of the traders association was shot and killed outside his shop.") == 1)
        #expect(try Self.total("A resident of the village was injured in the attack.") == 0, "injured is not dead")
    }

    @Test func gunnedDown() throws {
        #expect(try Self.total("3 suspected robbers were gunned down by police in the estate.") == 3)
        #expect(try Self.total("Police gunned down a robbery suspect near the market.") == 1)
        #expect(try Self.total("Police officers gun down Peter Kamau, a wanted robber, at a bus stop.") == 1)
        #expect(try Self.total("Three police officers gun down a robbery suspect at a bus stop.") == 1, "three counts the killers")
    }

    @Test func deathOfANumber() throws {
        #expect(try Self.total("A clash between two clans caused the death of two in the village.") == 2)
    }

    @Test func suspectedBeforeTheAttackersDoesNotDoubtTheDeaths() throws {
        #expect(try Self.total("Suspected bandits ambushed a bus near the river, killing four passengers.") == 4)
    }

    @Test func suspectedOfAKillingStillDoubtsIt() throws {
        #expect(try Self.total("Police arrested a farmer suspected of killing two herders.") == 0)
    }

    @Test func victimThenToDeathAfterTheVerb() throws {
        #expect(try Self.total("An angry crowd hacked a trader to death outside the market.") == 1)
        #expect(try Self.total("Villagers stoned three suspected thieves to death.") == 3)
    }

    @Test func numberAfterShotDead() throws {
        #expect(try Self.total("Soldiers intervened, shooting dead 4 and wounding several others.") == 4)
        #expect(try Self.total("Guards shot dead two armed intruders at the gate.") == 2)
    }

    @Test func anyoneShotDeadIsOneDead() throws {
        #expect(try Self.total("A cashier was shot dead by robbers in the city centre.") == 1)
        #expect(try Self.total("A detective was shot dead by robbers in the city centre.") == 1)
    }

    @Test func laterTollBelongsToTheFirstAttack() throws {
        let text = "Herders raided a village on Tuesday. The herders killed three farmers and stole cattle."
        #expect(try Self.primary(text).fatalities == 3)
        #expect(try Self.total(text) == 3, "moved, not copied")
        let other = "Herders raided a village on Tuesday. On Sunday, soldiers killed two herders."
        #expect(try Self.primary(other).fatalities == nil, "deaths of another day stay with their own event")
    }
}

/// Counting people: one person told twice, companions, victims who survived, the parser's missed passives.
extension FatalityCoderTests {
    @Test func onePersonDescribedTwiceDiesOnce() throws {
        #expect(try Self.total("A man suspected to be a boda boda thief is lynched by a group of vigilantes.") == 1)
        #expect(try Self.total("An outspoken Muslim cleric and al Shabaab critic was assassinated outside his mosque.") == 1)
        #expect(try Self.total("A police officer and a teacher were shot dead.") == 2, "two people, each with an article")
    }

    @Test func theCrimeAVictimWasPunishedForIsAnotherDeath() throws {
        let p = try Self.primary("A man was burnt to death by a vigilante mob in Mumias for killing his daughter.")
        #expect(p.fatalities == 1)
    }

    @Test func headlineConjunctsWithoutDeterminersAreTwoPeople() throws {
        #expect(try Self.total("Matatu driver and conductor killed on bus in Nairobi.") == 2)
    }

    @Test func aLynchingVictimWhoWasRescuedDidNotDie() throws {
        #expect(try Self.total("A suspected thief is lynched by a mob in Kiritiri. Police rescued the man.") == 0)
        #expect(try Self.total("A suspected thief is lynched by a mob in Kiritiri.") == 1)
    }

    @Test func anAgentNounAfterAnArticleIsAVictim() throws {
        #expect(try Self.total("Police allegedly shot dead a boda boda operator in Kisumu.") == 1)
        #expect(try Self.total("A border crossing was closed in Kisumu.") == 0)
    }

    @Test func companionsKilledAlongWithTheVictimCount() throws {
        #expect(try Self.total("An MP was shot dead along with two bodyguards and a driver in Nairobi.") == 4)
        #expect(try Self.total("The chief inspector is shot and killed, along with his companion.") == 2)
    }

    @Test func aPassiveWithWordsBetweenAuxiliaryAndVerb() throws {
        #expect(try Self.total("Two men were in the evening hours shot dead at Kasses village by suspected raiders.") == 2)
        #expect(try Self.total("At least 4 people were last night killed in a car explosion outside the police station.") == 4)
    }

    @Test func deathsACoderSaysAreCodedSeparatelyAreNotThisEvents() throws {
        #expect(try Self.total("Two police officers were killed by raiders near Mandera (and 3 civilians - coded separately).") == 2)
        #expect(try Self.total("Clashes between rival groups (including the killing of 18 by arrows - coded seperately) led to police intervention.") == 0)
        #expect(try Self.total("Interclan skirmishes were reported in the valley. Two people were killed in the attacks. Fatalities coded on 19 December.") == 0)
        #expect(try Self.total("Interclan skirmishes were reported in the valley. Two people were killed in the attacks.") == 2)
    }

    @Test func aNumberOfThingsIsNoToll() throws {
        #expect(try Self.total("Raiders attacked the village. 25 houses were burned and two people were killed.") == 2)
        #expect(try Self.total("9 cattle rustlers shot dead by police during a recovery operation.") == 9, "the rustlers, not the cattle")
    }

    @Test func oneVictimNamedTwiceDiesOnce() throws {
        #expect(try Self.total("Top athlete Ngetich was killed by an arrow in Eldoret.") == 1)
        #expect(try Self.total("ODM parliamentary candidate, James Orengo was killed by youths allied to his opponents.") == 1)
        #expect(try Self.total("Turkana raiders kill girl and steal cattle from village") == 1, "the cattle are no victims")
    }

    @Test func conjoinedVictimsAllCount() throws {
        #expect(try Self.total("Two suspected gunmen and a police officer killed in a shoot out at a patrol base in Garissa.") == 3)
        #expect(try Self.total("Gunmen attacked a border town, killing three civilians and five police.") == 8)
        #expect(try Self.total("Gunmen killed 3 civilians and injured 5 others.") == 3, "the injured are not dead")
    }
}

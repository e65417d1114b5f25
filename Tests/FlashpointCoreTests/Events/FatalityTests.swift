import Testing

@testable import FlashpointCore

/// How many people a text reports killed, and which event the deaths go to.
@Suite struct FatalityTests {
    static let coder: Coder? = try? Coder(options: .init(geocode: false))

    func events(_ text: String, on iso: String = "2025-02-12") throws -> [EventMention] {
        let coder = try #require(Self.coder)
        return coder.annotate(Article(id: "t", date: Day(iso: iso)!, text: text)).events
    }

    /// Deaths over all events of a text (each death counted once).
    func total(_ text: String) throws -> Int {
        try events(text).reduce(0) { $0 + ($1.fatalities ?? 0) }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let dead: Int
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Numbers before and after the death word.
        .init(text: "Israeli warplanes struck a house in Gaza on Tuesday, leaving 5 fatalities.", dead: 5),
        .init(text: "Two people were killed and five others injured when a bomb exploded in a market in Nairobi.", dead: 2),
        .init(text: "On 9 February 2024, snipers shot dead 9 Palestinians and injured 11 others in Gaza city.", dead: 9),
        // One person without a number.
        .init(text: "A police officer was shot dead by gunmen in Mandera.", dead: 1),
        .init(text: "A man was hacked to death by a mob in Kisii.", dead: 1),
        // The killers are not the dead.
        .init(text: "Three gunmen shot and killed a guard in Mombasa.", dead: 1),
        // Not asserted, not dead.
        .init(text: "The spokesman dismissed reports that 14 people were shot dead in the clashes.", dead: 0),
        .init(text: "Police shot and injured three protesters in Nairobi.", dead: 0),
        .init(text: "A suspected thief was nearly lynched before police rescued him.", dead: 0),
        // Parts, alternatives and ages are not added.
        .init(text: "Militants attacked a police post in Garissa, killing 11 people, including 6 children.", dead: 11),
        .init(text: "Raiders killed six (or seven) herders in Turkana.", dead: 6),
        .init(text: "Gunmen killed a 43 year old trader in Kisumu.", dead: 1),
        // A coder's note gives the total.
        .init(text: "Israeli jets struck houses in Gaza City, leaving a number of fatalities. Fatalities coded as 3.", dead: 3),
        // A later sentence that restates the toll does not add to it; "two more" does.
        .init(text: "Israeli warplanes struck a house in Gaza, killing 6 people. Six people were killed in the strike.", dead: 6),
        .init(text: "Israeli warplanes struck a house in Gaza, killing 6 people. Two more died later in hospital.", dead: 8),
    ]

    @Test(arguments: cases) func counts(_ c: Case) throws {
        #expect(try total(c.text) == c.dead)
    }

    /// The counter alone, for sentences whose killing the event lexicon may not code.
    @Test func counterWithoutEvents() throws {
        let coder = try #require(Self.coder)
        func counted(_ text: String) -> Int? {
            let doc = coder.annotate(Article(id: "t", date: Day(iso: "2025-02-12")!, text: text))
            return FatalityCounter.count(in: doc, sentence: 0)
        }
        #expect(counted("A 42-year-old man was burnt to death by a mob at a village market.") == 1)
        #expect(counted("Eight people are feared dead after the raid.") == 8)
        #expect(counted("The bodies of three men were found in the river.") == 3)
        #expect(counted("Angry residents lynched a suspected thief.") == 1)
        #expect(counted("The police chief denied that anyone was killed.") == nil)
        // Conjoined victims, brackets, and the wounded after "and".
        #expect(counted("A child and a woman were killed when the shell hit the yard.") == 2)
        #expect(counted("At least 12 civilians (including children) were killed in the shelling.") == 12)
        #expect(counted("At least three people were killed and 60 wounded when bombs exploded in two buses.") == 3)
        #expect(counted("Jets struck a house near the school, killing a woman and her 4 children.") == 5)
        #expect(counted("Raiders attacked the farm; 1 woman and 1 child were killed.") == 2)
        // "of" phrases: part of the phrase, or the count itself.
        #expect(counted("Three members of one family were killed by armed raiders.") == 3)
        #expect(counted("A family of 4 were killed when the house was shelled.") == 4)
        // Unconfirmed deaths are not counted.
        #expect(counted("Five other deaths are feared but unconfirmed.") == nil)
    }

    @Test func deathsInALaterSentenceGoToTheIncident() throws {
        let evs = try events("Gunmen attacked a village in Lamu. Four people were killed.")
        let attack = try #require(evs.first)
        #expect(attack.sentence == 0)
        #expect(attack.fatalities == 4)
        #expect(evs.dropFirst().allSatisfy { $0.fatalities == nil })
    }

    @Test func killingAfterAnAbductionHasItsOwnDead() throws {
        let evs = try events("Armed men abducted eight traders near Garissa and killed two of them.")
        let abduction = try #require(evs.first { $0.code.hasPrefix("181") })
        let killing = try #require(evs.first { $0.code.hasPrefix("18") && !$0.code.hasPrefix("181") })
        #expect(abduction.fatalities == nil)
        #expect(killing.fatalities == 2)
    }

    @Test func deathWithNoKillerGoesToTheRiot() throws {
        let evs = try events("Rioters clashed with police in Kisumu. One officer killed in the violence.")
        let riot = try #require(evs.first)
        #expect(riot.code.hasPrefix("14"))
        #expect(riot.fatalities == 1)
        #expect(evs.dropFirst().allSatisfy { $0.fatalities == nil })
    }

    @Test func deathsAProtestIsAboutAreNotTheProtests() throws {
        for text in [
            "Residents protested the killing of two traders by police.",
            "Students protested after a fellow student drowned in the river.",
        ] {
            let evs = try events(text)
            let protest = try #require(evs.first { $0.code.hasPrefix("14") }, "\(text)")
            #expect(protest.fatalities == nil, "\(text)")
        }
    }

    @Test func codedNotes() throws {
        func coded(_ text: String) -> Int? {
            let toks = Tokenizer().tokenize(text)
            var doc = Document(article: Article(id: "t", date: Day(iso: "2024-01-01")!, text: text))
            doc.tokens = toks
            return FatalityCounter.codedTotal(in: doc)
        }
        #expect(coded("Jets struck. Unspecified number of fatalities coded as 3.") == 3)
        #expect(coded("Clashes. [Of these, 571 are split across 16 events, with 36 fatalities coded to this event.]") == 36)
        #expect(coded("Claimed fatalities coded 0. Confirmed fatalities coded to this location 1.") == 1)
        #expect(coded("Jets struck twice. Total fatalities were 22.") == 22)
        #expect(coded("Unspecified fatalities coded as 10 split across 2 events, with 5 fatalities coded to this event.") == 5)
        #expect(coded("Militants were coded as Hamas.") == nil)
        #expect(coded("Shells hit homes, leaving a number of fatalities and injuries among residents, coded as 3.") == 3)
        #expect(coded("A total of 62 people were killed [divided across 3 events], 21 fatalities coded.") == 21)
        #expect(coded("[Ministry figures: 8 fatalities not attributed to events added to 2 events. 4 fatalities coded to this event.]") == 4)
        #expect(coded("Jets struck a house, killing 3.") == nil)
    }
}

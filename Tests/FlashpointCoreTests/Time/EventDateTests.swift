import Testing

@testable import FlashpointCore

/// Slash dates, "Month of Year", and which date expression of a sentence dates each event.
@Suite struct EventDateTests {
    static let coder: Coder? = try? Coder(options: .init(geocode: false))

    func find(_ text: String, on date: Day) -> [TimeExpression] {
        let toks = Tokenizer().tokenize(text)
        return DateResolver().find(in: toks, range: 0..<toks.count, articleDate: date)
    }

    func events(_ text: String, on iso: String) throws -> [EventMention] {
        let coder = try #require(Self.coder)
        return coder.annotate(Article(id: "t", date: Day(iso: iso)!, text: text)).events
    }

    // MARK: - Resolver

    @Test func monthOfYear() throws {
        let found = find("Groups armed themselves ahead of elections in March of 2013.", on: Day(year: 2012, month: 9, day: 15)!)
        let t = try #require(found.first)
        #expect(t.text == "in March of 2013")
        #expect(t.day == Day(year: 2013, month: 3, day: 1))
        #expect(t.precision == .month)
    }

    @Test func ambiguousSlashDatePrefersARecentReading() throws {
        // "06/08" read day first is 6 August, ten months back; read month first it is the article date.
        let june8 = Day(year: 2015, month: 6, day: 8)!
        let t = try #require(find("Residents took to the streets on 06/08 to protest.", on: june8).first)
        #expect(t.day == june8)
        #expect(t.rule.contains("month/day"))
        // Both readings old or the day-first one recent: day first stays.
        let dec28 = Day(year: 2016, month: 12, day: 28)!
        #expect(try #require(find("Gunmen struck on 26/12.", on: dec28).first).day == Day(year: 2016, month: 12, day: 26))
        let may20 = Day(year: 2016, month: 5, day: 20)!
        #expect(try #require(find("Gunmen struck on 02/05.", on: may20).first).day == Day(year: 2016, month: 5, day: 2))
    }

    // MARK: - Which date dates an event

    @Test func dateOfAnEarlierEventInAFollowingPhraseIsNotTheEventsDate() throws {
        // Wednesday 12 February 2025: the arrest has no date of its own; Sunday is the killing's.
        let evs = try events("Police arrested two men in Eldoret following the killing of a farmer on Sunday.", on: "2025-02-12")
        let arrest = try #require(evs.first { $0.code.hasPrefix("17") })
        #expect(arrest.date == Day(iso: "2025-02-12"))
        let killing = try #require(evs.first { $0.code.hasPrefix("18") })
        #expect(killing.date == Day(iso: "2025-02-09"))
    }

    @Test func dateInARelativeClauseIsNotTheEventsDate() throws {
        let evs = try events(
            "Residents of Kabete held a demonstration at the market over the murder of their councillor, which occurred on 7 February.",
            on: "2025-02-12")
        let protest = try #require(evs.first { $0.code.hasPrefix("14") })
        #expect(protest.date == Day(iso: "2025-02-12"))
        // "whose shops were demolished last week": the demolition's date, not the protest's.
        let traders = try events("Traders whose stalls were demolished last week by the county held a protest in Nakuru on Tuesday.",
            on: "2025-02-12")
        let protest2 = try #require(traders.first { $0.code.hasPrefix("14") })
        #expect(protest2.date == Day(iso: "2025-02-11"))
    }

    @Test func laterDateDoesNotDateAnAssertedEvent() throws {
        let evs = try events("Youths protested in Kisumu in the lead up to the 2027 elections.", on: "2026-12-05")
        let protest = try #require(evs.first { $0.code.hasPrefix("14") })
        #expect(protest.date == Day(iso: "2026-12-05"))
    }

    @Test func bracketedRangeDoesNotOverrideTheMainDate() throws {
        let evs = try events(
            "Around 17 October 2023 (between 15 - 19 October), Israeli army airstrikes targeted and heavily damaged the compound in Gaza.",
            on: "2023-10-17")
        let strike = try #require(evs.first)
        #expect(strike.date == Day(iso: "2023-10-17"))
    }

    @Test func sentenceDateStillCarries() throws {
        let evs = try events("Israeli jets struck Gaza on 3 March. Hamas fighters fired rockets at Sderot.", on: "2024-03-05")
        #expect(evs.count >= 2)
        #expect(evs.allSatisfy { $0.date == Day(iso: "2024-03-03") })
    }
}

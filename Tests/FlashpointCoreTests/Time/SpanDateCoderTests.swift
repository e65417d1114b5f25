import Testing

@testable import FlashpointCore

/// End-to-end: event dates for trailing spans and for dates a few days after the article date, on sentences
/// written for these tests.
@Suite struct SpanDateCoderTests {
    static let coder: Coder? = try? Coder(options: .init(geocode: false))

    static func firstAsserted(_ text: String, on iso: String) throws -> EventRecord {
        let coder = try #require(Self.coder, "the default models and dictionaries load")
        let recs = coder.code(Article(id: "t", date: Day(iso: iso)!, text: text)).filter { $0.modality == "asserted" }
        return try #require(recs.first { $0.acled != nil } ?? recs.first)
    }

    @Test func thePastWeekEndsWithTheReport() throws {
        let e = try Self.firstAsserted("Bandits torched twelve huts in the past week.", on: "2018-03-15")
        #expect(e.date == "2018-03-15")
        #expect(e.datePrecision == "week")
        let m = try Self.firstAsserted("Raiders stole cattle from three villages over the last month.", on: "2018-03-15")
        #expect(m.date == "2018-03-15")
    }

    @Test func lastWeekAloneIsTheWeekBefore() throws {
        let e = try Self.firstAsserted("Bandits torched twelve huts last week.", on: "2018-03-15")
        #expect(e.date == "2018-03-05")
    }

    @Test func aDateDaysAheadStaysInTheArticleYear() throws {
        // Five days after the article date: this year's date (after the article, so not the event's), not last year's.
        let e = try Self.firstAsserted("Gunmen abducted two traders who were freed on 20 June.", on: "2018-06-15")
        #expect(!e.date.hasPrefix("2017"))
    }
}

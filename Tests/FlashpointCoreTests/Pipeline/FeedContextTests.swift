import Foundation
import Testing
@testable import FlashpointCore

/// The feed's country: what the other articles of one input say about an article that names no place.
@Suite struct FeedContextTests {
    static let date = Day(iso: "2025-11-24")!
    static let towns = ["Nakuru", "Kisumu", "Mombasa", "Eldoret", "Garissa", "Machakos", "Nyeri", "Kitale", "Malindi",
                        "Kakamega", "Thika", "Embu"]

    static func coder() throws -> Coder { try #require(CoderTests.coder, "the default models and dictionaries load") }

    static func article(_ id: String, _ text: String) -> Article { Article(id: id, date: date, text: text) }

    /// Twelve short reports placed in Kenyan towns, then the given ones; everything the feed lets through.
    static func run(_ tail: [Article], towns: [String] = towns, coder: Coder) -> [[EventRecord]] {
        var feed = FeedContext(coder: coder)
        var out: [[EventRecord]] = []
        for (k, town) in towns.enumerated() {
            out += feed.add(article("placed\(k)", "Police arrested three traders in \(town) on Monday."))
        }
        for a in tail { out += feed.add(a) }
        return out + feed.finish()
    }

    @Test func unplacedArticleTakesTheFeedCountry() throws {
        let coder = try Self.coder()
        let alone = coder.code(Self.article("u", "Police fired tear gas at students on Monday."))
        let fired = try #require(alone.first { $0.actor.contains { $0.sector == "COP" } })
        #expect(fired.location == nil, "alone, the article says nothing of where")
        #expect(fired.actor.map(\.code) == ["COP"])

        let out = Self.run([Self.article("u", "Police fired tear gas at students on Monday.")], coder: coder)
        #expect(out.count == Self.towns.count + 1, "every article comes out once")
        #expect(out.last?.first?.articleID == "u", "in input order")
        let rec = try #require(out.last?.first { $0.cameo.code == fired.cameo.code })
        let loc = try #require(rec.location)
        #expect(loc.country == "KEN")
        #expect(loc.precision == "country")
        #expect(loc.basis == "feed")
        #expect(rec.actor.map(\.code) == ["KENCOP"])
    }

    @Test func articlesHeldBackAreCodedAgainWithTheCountry() throws {
        let coder = try Self.coder()
        let early = Self.article("early", "Police fired tear gas at students on Monday.")
        var feed = FeedContext(coder: coder)
        #expect(feed.add(early).isEmpty, "held back until the feed's country is known")
        var out: [[EventRecord]] = []
        for (k, town) in Self.towns.enumerated() {
            out += feed.add(Self.article("placed\(k)", "Police arrested three traders in \(town) on Monday."))
        }
        out += feed.finish()
        #expect(feed.country == "KEN")
        #expect(out.first?.first?.articleID == "early")
        #expect(out.first?.first?.location?.basis == "feed")
    }

    @Test func ownPlacesAreNeverOverridden() throws {
        let coder = try Self.coder()
        let out = Self.run([Self.article("own", "Police fired tear gas at protesters in Kampala on Monday.")], coder: coder)
        let rec = try #require(out.last?.first)
        #expect(rec.location?.country == "UGA")
        #expect(rec.location?.basis == nil)
    }

    @Test func mixedFeedGivesNoCountry() throws {
        let coder = try Self.coder()
        let towns = ["Nakuru", "Kampala", "Arusha", "Kigali", "Kisumu", "Gulu", "Dodoma", "Butare", "Mombasa", "Jinja",
                     "Mwanza", "Musanze"]
        var feed = FeedContext(coder: coder)
        var out: [[EventRecord]] = []
        for (k, town) in towns.enumerated() {
            out += feed.add(Self.article("placed\(k)", "Police arrested three traders in \(town) on Monday."))
        }
        out += feed.add(Self.article("u", "Police fired tear gas at students on Monday."))
        out += feed.finish()
        #expect(feed.placed == towns.count)
        #expect(feed.country == nil)
        #expect(out.last?.allSatisfy { $0.location == nil } == true)
    }

    @Test func articleCountryIsAHomeHint() throws {
        let coder = try Self.coder()
        var a = Self.article("hint", "Police fired tear gas at students on Monday.")
        a.country = "KEN"
        let rec = try #require(coder.code(a).first)
        #expect(rec.location?.country == "KEN")
        #expect(rec.location?.basis == "feed")
    }
}

extension FeedContextTests {
    @Test func foreignersNamedWithoutAPlaceAreNewsOfTheFeedCountry() throws {
        let coder = try Self.coder()
        let text = "Youths protested after Chinese nationals were hired to build a railway."
        let alone = coder.code(Self.article("c", text))
        #expect(alone.first { $0.cameo.root == "14" }?.location?.country == "CHN", "alone, the only country named")
        let out = Self.run([Self.article("c", text)], coder: coder)
        let protest = try #require(out.last?.first { $0.cameo.root == "14" })
        #expect(protest.location?.country == "KEN")
        #expect(protest.actor.allSatisfy { $0.country == "KEN" })
    }
}

extension FeedContextTests {
    @Test func theFeedCountryKeepsItsOwnPlaceBesideAForeignCountry() throws {
        let coder = try Self.coder()
        let text = "Fighting between rival pastoralists left 5 dead at the remote northern border with Ethiopia near Marsabit."
        let alone = try #require(coder.code(Self.article("m", text)).first)
        #expect(alone.location?.country == "ETH", "alone, the country named outweighs one small town")
        var hinted = Self.article("m", text)
        hinted.country = "KEN"
        let rec = try #require(coder.code(hinted).first)
        #expect(rec.location?.name == "Marsabit")
        #expect(rec.location?.country == "KEN")
    }
}

import Foundation
import Testing
@testable import FlashpointCore

/// Coder rules that must not depend on one parser's habits: sentences the parser may read either way.
@Suite struct ParserHabitTests {
    static let coder: Coder? = try? Coder(options: .init(geocode: false))
    static let date = Day(iso: "2024-03-31")!

    static func asserted(_ text: String) throws -> [EventRecord] {
        let coder = try #require(Self.coder, "the default models and dictionaries load")
        return coder.code(Article(id: "t", date: date, text: text)).filter { $0.modality == "asserted" }
    }

    @Test func aStrikeThatKillsIsOneIncidentWithItsDead() throws {
        let recs = try Self.asserted("An Israeli strike on a tent camp in Mawasi killed 11 displaced people.")
        let violent = recs.filter { $0.cameo.root == "19" }
        #expect(violent.count == 1)
        #expect(violent.first?.cameo.code == "195")
        #expect(violent.first?.fatalities == 11)
        #expect(violent.first?.actor.contains { $0.country == "ISR" } == true)
    }

    @Test func aVerbAfterANounPhraseHasItAsSubject() throws {
        let text = "On 30 March 2024, Israeli artillery and tanks shelled targets east of Gaza City, coded to Gaza - "
            + "Shujaiyya (Gaza City, Gaza Strip)."
        let shelling = try #require(try Self.asserted(text).first { $0.cameo.root == "19" })
        #expect(shelling.actor.contains { $0.country == "ISR" })
    }

    @Test func aPurposeAfterTheObjectIsNotWhatWasAbandoned() throws {
        let coder = try #require(Self.coder, "the default models and dictionaries load")
        let walk = coder.code(Article(id: "t", date: Self.date, text: "Bus drivers abandoned their vehicles to protest against new fines."))
        #expect(walk.contains { $0.cameo.root == "14" && $0.modality == "asserted" })
        let refused = coder.code(Article(id: "t", date: Self.date, text: "The rebels refused to attend the talks in Geneva."))
        #expect(!refused.contains { $0.cameo.root == "04" && $0.modality == "asserted" }, "a refused meeting did not happen")
    }

    @Test func aByPhraseOnAnEventNounGivesItsSourceWhateverItsLabel() throws {
        let text = "Alleged shelling by Uganda Peoples Defence Force (UPDF) inside the Kenyan border linked to "
            + "disarmament operation and pursuit of armed Pokot herders."
        let shelling = try #require(try Self.asserted(text).first { $0.trigger == "shelling" })
        #expect(shelling.actor.contains { $0.country == "UGA" })
    }
}

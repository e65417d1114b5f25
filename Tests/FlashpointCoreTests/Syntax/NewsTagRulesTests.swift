import Testing
@testable import FlashpointCore

/// The news tag rules read words lower-cased through ``TextNormalizer/lowercased(_:)`` and word sets; they must
/// answer as `lowercased()` and `Set<String>` would, for any spelling.
@Suite struct NewsTagRulesTests {
    @Test func loweringMatchesTheLibrary() {
        let words = ["", "the", "Riots", "RIOTS", "tear", "Tear-Gas", "`quoted`", "@Handle_1", "[Z]", "AZaz@[`{",
                     "Rafaḥ", "İstanbul", "ÉTAT", "ǅemal", "K\u{212A}", "straße", "STRASSE", "ΣΟΦΟΣ", "e\u{301}",
                     "a-very-long-Word-beyond-small-strings", "A-VERY-LONG-WORD-BEYOND-SMALL-STRINGS", "1,200", "n’t"]
        for w in words {
            let lowered = TextNormalizer.lowercased(w)
            #expect(lowered == w.lowercased(), "\(w)")
            #expect(Array(lowered.utf8) == Array(w.lowercased().utf8), "\(w) byte for byte")
        }
    }

    @Test func capitalisedEventPluralOpeningASentence() {
        var tags: [UPOS] = [.propn, .verb, .adv]
        NewsTagRules.apply(["Riots", "broke", "out"], &tags)
        #expect(tags == [.noun, .verb, .adv])
        // Lower case, or not at the start: left alone.
        var lower: [UPOS] = [.propn, .verb, .adv]
        NewsTagRules.apply(["riots", "broke", "out"], &lower)
        #expect(lower == [.propn, .verb, .adv])
    }

    @Test func harmParticiplesAndTearGasInAnyCase() {
        var tags: [UPOS] = [.noun, .adj, .adj, .punct, .adj, .noun]
        NewsTagRules.apply(["Two", "SHOT", "DEAD", ",", "TEAR", "Gas"], &tags)
        #expect(tags[1] == .verb)
        #expect(tags[4] == .noun)
        var wounded: [UPOS] = [.noun, .adj, .adp, .noun]
        NewsTagRules.apply(["Three", "WOUNDED", "By", "rustlers"], &wounded)
        #expect(wounded[1] == .verb)
    }

    @Test func headlineVerbAndAuxiliaries() {
        var tags: [UPOS] = [.noun, .noun, .num, .noun]
        NewsTagRules.apply(["Mob", "KILLS", "two", "thieves"], &tags)
        #expect(tags[1] == .verb)
        // The Kelvin sign lowers to "k" (the library's answer, not an ASCII one): "\u{212A}ILLS" is "kills".
        var kelvin: [UPOS] = [.noun, .noun, .num, .noun]
        NewsTagRules.apply(["Mob", "\u{212A}ILLS", "two", "thieves"], &kelvin)
        #expect(kelvin[1] == .verb)
        var aux: [UPOS] = [.propn, .aux, .part, .noun, .noun]
        NewsTagRules.apply(["Hezbollah", "DID", "NOT", "fire", "rockets"], &aux)
        #expect(aux[3] == .verb)
        var infinitive: [UPOS] = [.verb, .part, .propn, .noun]
        NewsTagRules.apply(["tried", "TO", "lynch", "him"], &infinitive)
        #expect(infinitive[2] == .verb && infinitive[1] == .part)
    }
}

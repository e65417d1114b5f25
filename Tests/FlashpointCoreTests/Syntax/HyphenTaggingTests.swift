import Testing
@testable import FlashpointCore

/// Hyphenated tokens kept whole by the tokenizer get name or adjective tags.
@Suite struct HyphenTaggingTests {
    @Test func rulesOnFixedTags() {
        let words = ["the", "al-Hilweh", "camp", "near", "ech-Chaab", ",", "a", "decades-long", "conflict", "with",
                     "pro-Iranian", "Iran-backed", "militants", "of", "well-known", "policy"]
        var tags: [UPOS] = [.det, .noun, .noun, .adp, .adj, .punct, .det, .noun, .noun, .adp,
                            .adj, .noun, .noun, .adp, .adj, .noun]
        HyphenRules.apply(words, &tags)
        #expect(tags[1] == .propn)
        #expect(tags[4] == .propn)
        #expect(tags[7] == .adj)
        #expect(tags[10] == .adj)  // English prefix before a name: stays an adjective
        #expect(tags[11] == .adj)
        #expect(tags[14] == .adj)
        #expect(tags[2] == .noun)
    }

    @Test func shippedTagger() throws {
        let model = try SyntaxModel.loadDefault()
        let words = ["Israeli", "jets", "struck", "the", "Ayn", "al-Hilweh", "camp", "in", "a", "decades-long", "conflict", "."]
        let tags = model.tag(words)
        #expect(tags[5] == .propn)
        #expect(tags[9] == .adj)
    }
}

import Foundation
import Testing
@testable import FlashpointCore

@Suite struct DefaultSyntaxModelTests {
    static let model: SyntaxModel? = try? SyntaxModel.loadDefault()

    @Test func shippedModelLoads() throws {
        #expect(Self.model != nil)
    }

    @Test func strikeSentence() throws {
        let model = try #require(Self.model)
        let words = ["Israeli", "forces", "struck", "a", "camp", "in", "Lebanon", "."]
        let tags = model.tag(words)
        #expect(tags[2] == .verb)
        #expect(tags[6] == .propn)
        let arcs = model.parse(words, tags: tags)
        #expect(arcs[2].head == -1)
        #expect(arcs[1].head == 2 && arcs[1].label == "nsubj")
        #expect(arcs[4].head == 2 && arcs[4].label == "obj")
        // "in Lebanon" may attach to the verb (obl) or to "camp" (nmod).
        #expect((arcs[6].head == 2 && arcs[6].label == "obl") || (arcs[6].head == 4 && arcs[6].label == "nmod"))
    }

    @Test func passiveSentence() throws {
        let model = try #require(Self.model)
        let words = ["Two", "members", "were", "killed", "."]
        let tags = model.tag(words)
        let arcs = model.parse(words, tags: tags)
        #expect(tags[3] == .verb)
        #expect(arcs[1].head == 3 && arcs[1].label == "nsubj:pass")
        #expect(arcs[2].head == 3 && arcs[2].label == "aux:pass")
    }

    @Test func transliteratedNamesAndTypographicQuotes() throws {
        let model = try #require(Self.model)
        let words = ["Hezbollah", "fighters", "shelled", "Nakura", "and", "Ayn", "al-Hilweh", "on", "Monday", ",", "the", "army", "said", "."]
        let tags = model.tag(words)
        #expect(tags[0] == .propn)
        #expect(tags[3] == .propn)
        #expect(tags[5] == .propn)
        #expect(tags[6] == .propn)
        #expect(tags[12] == .verb)
        let quoted = model.tag(["“", "We", "wo", "n’t", "leave", ",", "”", "he", "said", "."])
        #expect(quoted[0] == .punct)
        #expect(quoted[3] == .part)
        #expect(quoted[6] == .punct)
    }

    @Test func lemmas() throws {
        let model = try #require(Self.model)
        let cases: [(String, UPOS, String)] = [
            ("struck", .verb, "strike"), ("killed", .verb, "kill"), ("forces", .noun, "force"), ("talks", .noun, "talk"),
            ("was", .aux, "be"), ("said", .verb, "say"), ("children", .noun, "child"), ("fled", .verb, "flee"),
            ("seized", .verb, "seize"), ("shooting", .verb, "shoot"), ("Lebanon", .propn, "lebanon"),
            ("countries", .noun, "country"), ("held", .verb, "hold"), ("stopped", .verb, "stop"),
            ("wounded", .verb, "wound"), ("shelled", .verb, "shell"), ("controlled", .verb, "control"), ("negotiating", .verb, "negotiate"), ("withdrew", .verb, "withdraw"),
        ]
        for (word, tag, lemma) in cases {
            #expect(model.lemma(word, tag: tag) == lemma, "\(word)/\(tag.name)")
        }
    }

    @Test func lemmaRulesWithoutExceptions() {
        let plain = Lemmatizer(exceptions: [:])
        #expect(plain.lemma("bombed", tag: .verb) == "bomb")
        #expect(plain.lemma("hoped", tag: .verb) == "hope")
        #expect(plain.lemma("running", tag: .verb) == "run")
        #expect(plain.lemma("boxes", tag: .noun) == "box")
        #expect(plain.lemma("policemen", tag: .noun) == "policeman")
        #expect(plain.lemma("fought", tag: .verb) == "fight")
        #expect(plain.lemma("Slew", tag: .verb) == "slay")
    }
}

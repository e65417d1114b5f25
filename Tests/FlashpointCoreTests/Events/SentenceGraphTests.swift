import Foundation
import Testing
@testable import FlashpointCore

@Suite struct SentenceGraphTests {
    /// The marked walk over a forest gives what the bounded, sorted walk gives, for every token of parsed news.
    @Test func forestSubtreesEqualTheBoundedWalk() throws {
        let coder = try Coder(options: .init(geocode: false))
        let text = """
            Israeli forces struck a Hamas compound in the Ayn al-Hilweh camp on Tuesday, killing three people. \
            Lebanese authorities condemned the strike and urged the United Nations to act. \
            Talks between Israel and Lebanon at Ras En Nakura ended without an agreement, officials said. \
            Suspected al-Shabaab militants who attacked a police station near Mandera were repulsed.
            """
        let doc = coder.annotate(Article(id: "t", date: Day(iso: "2025-11-20")!, text: text))
        #expect(doc.sentences.count == 4)
        var compared = 0
        for s in doc.sentences.indices {
            let g = SentenceGraph(doc: doc, sentence: s)
            #expect(g.isForest)
            for i in doc.sentences[s].tokens {
                #expect(g.subtree(i) == g.collectedSubtree(i), "token \(i)")
                compared += 1
            }
        }
        #expect(compared > 50)
    }

    /// Each token's dependents are the tokens of the sentence whose head it is, in token order, for parsed
    /// news and for heads edited to point across the sentence.
    @Test func childrenAreTheTokensHeadedByEach() throws {
        let coder = try Coder(options: .init(geocode: false))
        let text = """
            Israeli forces struck a Hamas compound in the Ayn al-Hilweh camp on Tuesday, killing three people. \
            Talks ended. \
            Lebanese authorities condemned the strike and urged the United Nations to act.
            """
        var doc = coder.annotate(Article(id: "t", date: Day(iso: "2025-11-20")!, text: text))
        func compare() -> Int {
            var linked = 0
            for s in doc.sentences.indices {
                let g = SentenceGraph(doc: doc, sentence: s)
                let r = doc.sentences[s].tokens
                for i in r {
                    let plain = r.filter { doc.heads[$0] == i }
                    #expect(Array(g.children(i)) == plain, "token \(i)")
                    linked += plain.count
                }
            }
            return linked
        }
        #expect(compare() > 20)
        // A head outside the sentence, one on the last token and a token its own head.
        let first = doc.sentences[0].tokens, last = doc.sentences[2].tokens
        doc.heads[first.lowerBound] = last.lowerBound
        doc.heads[first.lowerBound + 1] = first.upperBound - 1
        doc.heads[last.upperBound - 1] = last.upperBound - 1
        #expect(compare() > 20)
    }

    /// Heads with a cycle take the bounded walk, which ends.
    @Test func cyclicHeadsTakeTheBoundedWalk() throws {
        let coder = try Coder(options: .init(geocode: false))
        var doc = coder.annotate(Article(id: "t", date: Day(iso: "2025-11-20")!, text: "Police arrested two men."))
        let r = doc.sentences[0].tokens
        doc.heads[r.lowerBound] = r.lowerBound + 1
        doc.heads[r.lowerBound + 1] = r.lowerBound
        let g = SentenceGraph(doc: doc, sentence: 0)
        #expect(!g.isForest)
        #expect(g.subtree(r.lowerBound).contains(r.lowerBound + 1))
    }
}

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

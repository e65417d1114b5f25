import Foundation
import Testing
@testable import FlashpointCore

@Suite struct CoNLLUReaderTests {
    static let text = """
    # sent_id = 1
    # text = They don't stop.
    1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tstop\tstop\tVERB\tVB\t_\t0\troot\t_\t_
    4.1\tgo\tgo\tVERB\t_\t_\t_\t_\t4:conj\t_
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_

    """

    @Test func readsWordsTagsHeadsAndSkipsRangesAndEmptyNodes() throws {
        let s = try CoNLLUReader.parse(Self.text)
        #expect(s.count == 2)
        #expect(s[0].words == ["They", "do", "n't", "stop", "."])
        #expect(s[0].tags == [.pron, .aux, .part, .verb, .punct])
        #expect(s[0].heads == [2, 3, 3, -1, 3])
        #expect(s[0].relations[2] == "advmod")
        #expect(s[0].lemmas[2] == "not")
        #expect(s[1].words == ["Yes"])
    }

    @Test func malformedLineNamesFileAndLine() {
        let bad = "1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n2\tthere\tthere\n"
        do {
            _ = try CoNLLUReader.parse(bad, fileName: "bad.conllu")
            Issue.record("expected an error")
        } catch let error as FlashpointError {
            #expect(error.location == "bad.conllu:2")
            #expect(error.code == .invalidInput)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unknownTagIsAnError() {
        let bad = "1\tHi\thi\tFOO\t_\t_\t0\troot\t_\t_\n"
        #expect(throws: FlashpointError.self) { try CoNLLUReader.parse(bad) }
    }

    @Test func relationSubtypesAreReduced() {
        #expect(RelationSet.reduce("nsubj:pass") == "nsubj:pass")
        #expect(RelationSet.reduce("nmod:poss") == "nmod:poss")
        #expect(RelationSet.reduce("obl:agent") == "obl")
        #expect(RelationSet.reduce("nmod:in") == "nmod")
        #expect(UPOS(name: "PROPN") == .propn)
        #expect(UPOS.propn.name == "PROPN")
        #expect(UPOS.allCases.count == 17)
    }
}

import Testing
@testable import FlashpointCore

/// Suffix rules for forms the exception table does not know (news vocabulary outside the treebank).
@Suite struct LemmaRuleTests {
    let plain = Lemmatizer(exceptions: [:])

    @Test func pastFormsRestoreTheBase() {
        let cases: [(String, String)] = [
            ("affiliated", "affiliate"), ("targeted", "target"), ("shelled", "shell"), ("raided", "raid"),
            ("hoped", "hope"), ("stopped", "stop"), ("tried", "try"), ("fired", "fire"), ("seized", "seize"),
            ("condemned", "condemn"), ("injured", "injure"), ("displaced", "displace"), ("evaluated", "evaluate"),
            ("escalated", "escalate"), ("defeated", "defeat"), ("executed", "execute"), ("promoted", "promote"),
            ("quoted", "quote"), ("decided", "decide"), ("provided", "provide"), ("provoked", "provoke"),
            ("proposed", "propose"), ("accused", "accuse"), ("focused", "focus"), ("engaged", "engage"),
            ("challenged", "challenge"), ("changed", "change"), ("completed", "complete"), ("used", "use"),
            ("launched", "launch"), ("attacked", "attack"), ("visited", "visit"), ("released", "release"),
            ("organised", "organise"), ("killed", "kill"), ("bombed", "bomb"), ("ended", "end"),
            ("needed", "need"), ("added", "add"), ("guided", "guide"), ("died", "die"), ("urged", "urge"), ("expelled", "expel"),
            ("compelled", "compel"), ("installed", "install"), ("patrolled", "patrol"), ("spelled", "spell"),
            ("massacred", "massacre"), ("entered", "enter"), ("offered", "offer"), ("filtered", "filter"),
            ("rescued", "rescue"), ("subdued", "subdue"), ("ensued", "ensue"), ("pursued", "pursue"),
        ]
        for (form, lemma) in cases {
            #expect(plain.lemma(form, tag: .verb) == lemma, "\(form)")
        }
    }

    @Test func progressiveForms() {
        let cases: [(String, String)] = [
            ("dying", "die"), ("vying", "vie"), ("using", "use"), ("targeting", "target"), ("shelling", "shell"),
            ("raiding", "raid"), ("hoping", "hope"), ("stopping", "stop"), ("trying", "try"), ("firing", "fire"),
            ("seizing", "seize"), ("condemning", "condemn"), ("displacing", "displace"), ("escalating", "escalate"),
            ("bring", "bring"), ("string", "string"), ("flying", "fly"), ("deciding", "decide"),
        ]
        for (form, lemma) in cases {
            #expect(plain.lemma(form, tag: .verb) == lemma, "\(form)")
        }
    }

    @Test func shippedModelLemmatizesUnknownNewsVerbs() throws {
        let model = try SyntaxModel.loadDefault()
        #expect(model.lemma("affiliated", tag: .verb) == "affiliate")
        #expect(model.lemma("Seized", tag: .verb) == "seize")
        #expect(model.lemma("shelled", tag: .verb) == "shell")
    }
}

import Foundation
import Testing
@testable import FlashpointCore

/// The event matcher's shortcuts give what the plain computations they replace give.
@Suite struct EventMatcherFastPathTests {
    static func pattern(_ code: String, _ trigger: EventPattern.Trigger = .verb) -> PatternRef {
        PatternRef(EventPattern(code: code, trigger: trigger, lemma: "strike"))
    }

    /// The root and kind a pattern reference reads once equal those read from its code, for every default
    /// pattern and for codes no lexicon holds.
    @Test func patternRefReadsItsCodeOnce() throws {
        let lexicon = try EventLexicon.loadDefault(validCodes: EventLexiconTests.cameoCodes())
        let odd = ["", "0", "1", "01", "010", "0101", "011", "10", "x1", "-1", "+2", "1\u{301}2", "01\u{301}", "٠١"]
        let refs = lexicon.patterns.map(PatternRef.init) + odd.map { Self.pattern($0) }
        #expect(refs.count > 600)
        for r in refs {
            #expect(r.root == (Int(r.code.prefix(2)) ?? 0), "\(r.code)")
            #expect(r.isStatement == r.code.hasPrefix("01"), "\(r.code)")
            #expect(r.isReport == EventMatcher.reportingCodes.contains(r.code), "\(r.code)")
        }
    }

    /// The rule a pattern reference writes once is the one each event wrote, for every default pattern.
    @Test func patternRefWritesItsRuleOnce() throws {
        let lexicon = try EventLexicon.loadDefault(validCodes: EventLexiconTests.cameoCodes())
        for p in lexicon.patterns {
            #expect(PatternRef(p).rule == "\(p.origin) \(p.lemma)")
        }
        #expect(PatternRef(EventPattern(code: "190", trigger: .noun, lemma: "clash")).rule == " clash")
    }

    /// A code's root read once gives the answer the code gives on whether it is coded without actors.
    @Test func codedWithoutActorsByRoot() {
        for code in ["", "1", "01", "14", "145", "16", "17", "1711", "18", "20", "21", "99", "x", "-1", "1\u{301}4"] {
            #expect(EventMatcher.codedWithoutActors(root: EventMatcher.root(code)) == EventMatcher.codedWithoutActors(code), "\(code)")
        }
    }

    /// The first-byte test rules out only words that do not start with "fatalit", so asking it first changes no
    /// answer.
    @Test func firstByteTestKeepsEveryFatalityWord() {
        let words = ["", "f", "fatalities", "Fatalities", "fatality", "fatal", "deaths", "ﬀatalities", "fatalit\u{301}ies",
                     "f\u{301}atalities", "éfatalities", "\u{301}fatalities", "afatalities", "total", "ﬁ"]
        var ruledOut = 0
        for w in words {
            let fast = FatalityCounter.mayStartWithF(w) && w.hasPrefix("fatalit")
            #expect(fast == w.hasPrefix("fatalit"), "\(w)")
            if !FatalityCounter.mayStartWithF(w) { ruledOut += 1 }
        }
        #expect(ruledOut == 4)
        #expect(words.filter { $0.hasPrefix("fatalit") }.count == 2)
    }

    /// A number's value read without rebuilding a text that has no comma equals the value of the text rebuilt
    /// without its commas.
    @Test func numberWithoutCommasIsReadAsItIs() {
        let texts = ["", "0", "7", "28", "1,200", "12,000,000", ",", "1,", ",5", "1\u{301},2", "1,\u{301}2", "-3", "+4",
                     "٣", "99999", "100000", "1.5", "1 200", "12a"]
        var commas = 0
        for t in texts {
            #expect(FatalityCounter.digitsValue(t) == Int(t.filter { $0 != "," }), "\(t)")
            if t.utf8.contains(0x2C) { commas += 1 }
        }
        #expect(commas == 7)
        #expect(FatalityCounter.digitsValue("1,200") == 1200)
    }

    /// Whether an event is violent, read from its code's root as a number, as read from its first two
    /// characters as text.
    @Test func violenceReadFromTheRoot() {
        let codes = ["", "1", "18", "180", "1823", "19", "190", "20", "2041", "17", "175", "145", "14", "21", "01",
                     "-18", "+19", "1\u{301}8", "18\u{301}", "١٨", "x18", "200", "2"]
        var violent = 0
        for code in codes {
            let e = EventMention(
                sentence: 0, trigger: 0, code: code, rule: "", source: [], target: [], argumentNotes: [],
                modality: .asserted, modalityReason: "", date: Day(iso: "2025-11-20")!, datePrecision: .day,
                dateReason: "", fatalities: nil, location: nil, acled: nil, confidence: 1)
            let root = code.prefix(2)
            let plain = root == "18" || root == "19" || root == "20" || code.hasPrefix("145") || code.hasPrefix("175")
            #expect(FatalityAssigner.isViolent(e) == plain, "\(code)")
            if plain { violent += 1 }
        }
        #expect(violent == 10)
    }

    /// The breadth-first search for a mention inside a phrase, its levels in one buffer, finds what the search
    /// with an array per level finds, from every token of parsed news, with and without a mention excluded, and
    /// in a sentence whose heads run in a cycle.
    @Test func innerMentionEqualsTheSearchByArrays() throws {
        let coder = try Coder(options: .init(geocode: false))
        let text = """
            Militants affiliated with Hamas and fighters of the Islamic Jihad attacked Israeli soldiers near Gaza. \
            Officials of the Kenyan police said bandits from Somalia killed two herders of the Pokot community. \
            The United Nations envoy to Lebanon met leaders of Hezbollah in Beirut on Monday.
            """
        var doc = coder.annotate(Article(id: "t", date: Day(iso: "2025-11-20")!, text: text))
        let matcher = coder.matcher
        func plain(_ t: Int, _ g: SentenceGraph, _ mentionAt: [Int], excluding: ActorMention?) -> ActorMention? {
            var frontier = [t]
            for _ in 0..<3 {
                var next: [Int] = []
                for n in frontier {
                    for c in g.children(n) {
                        let r = g.rel(c)
                        if r == .conj || r == .aclRelcl || r == .punct || r == .cc { continue }
                        if let mk = g.marker(c), EventMatcher.innerPlaceMarkers.contains(mk) { continue }
                        let k = mentionAt[c]
                        if k >= 0, doc.actors[k] != excluding { return doc.actors[k] }
                        next.append(c)
                    }
                }
                frontier = next
            }
            return nil
        }
        func compare() -> Int {
            var mentionAt = [Int](repeating: -1, count: doc.tokens.count)
            for (k, m) in doc.actors.enumerated() {
                for t in m.tokens where t < mentionAt.count && mentionAt[t] < 0 { mentionAt[t] = k }
            }
            var found = 0
            for s in doc.sentences.indices {
                let g = SentenceGraph(doc: doc, sentence: s)
                for t in g.range {
                    for excluded in [nil] + doc.actors.prefix(3).map(Optional.some) {
                        let fast = matcher.innerMention(t, g, mentionAt, excluding: excluded)
                        #expect(fast == plain(t, g, mentionAt, excluding: excluded), "token \(t)")
                        if fast != nil { found += 1 }
                    }
                }
            }
            return found
        }
        #expect(doc.actors.count >= 6)
        #expect(compare() > 20)
        let r = doc.sentences[0].tokens
        doc.heads[r.lowerBound] = r.lowerBound + 3
        doc.heads[r.lowerBound + 3] = r.lowerBound
        #expect(compare() > 20)
    }

    /// A word read as a single byte is a bracket exactly when it equals the bracket as text.
    @Test func bracketsReadAsOneByte() {
        let words = ["(", ")", "[", "]", "", "((", "(\u{301}", ")\u{20D2}", "a", "-", "（", "（)", "]]", "x)", "\u{301}"]
        var brackets = 0
        for w in words {
            for b in ["(", ")", "[", "]"] {
                let fast = EventMatcher.bracket(w) == b.utf8.first!
                #expect(fast == (w == b), "\(w) against \(b)")
                if fast { brackets += 1 }
            }
        }
        #expect(brackets == 4)
    }

    /// The flag a pattern's words keep for the matcher says what the sets it stands for say.
    @Test func patternWordsKnowWhetherTheyReadTheWordsAround() throws {
        let lexicon = try EventLexicon.loadDefault(validCodes: EventLexiconTests.cameoCodes())
        var both = [false, false]
        for p in lexicon.patterns {
            let reads = p.keywords != nil || p.excluded != nil
            #expect(p.words.readsWordsAround == reads, "\(p.origin)")
            both[reads ? 1 : 0] = true
        }
        var edited = EventPattern(code: "190", trigger: .verb, lemma: "strike")
        #expect(!edited.words.readsWordsAround)
        edited.excluded = ["drill"]
        #expect(edited.words.readsWordsAround)
        #expect(both == [true, true])
    }

    /// The walk that asks whether a word is an ancestor of another answers as the list of ancestors does, for
    /// every pair of tokens of parsed news, and in a sentence whose heads run in a cycle.
    @Test func ancestorWalkEqualsTheAncestorList() throws {
        let coder = try Coder(options: .init(geocode: false))
        let text = """
            Israeli forces struck a Hamas compound in the Ayn al-Hilweh camp on Tuesday, killing three people. \
            Lebanese authorities, who condemned the strike, urged the United Nations to act after talks collapsed. \
            Suspected al-Shabaab militants who attacked a police station near Mandera on 3 May were repulsed.
            """
        var doc = coder.annotate(Article(id: "t", date: Day(iso: "2025-11-20")!, text: text))
        var found = 0
        func compare(_ g: SentenceGraph) {
            for i in g.range {
                let list = g.ancestors(i)
                for a in g.range {
                    #expect(g.isAncestor(a, of: i) == list.contains(a), "\(a) above \(i)")
                    if list.contains(a) { found += 1 }
                }
            }
        }
        for s in doc.sentences.indices { compare(SentenceGraph(doc: doc, sentence: s)) }
        let r = doc.sentences[0].tokens
        doc.heads[r.lowerBound] = r.lowerBound + 2
        doc.heads[r.lowerBound + 2] = r.lowerBound
        compare(SentenceGraph(doc: doc, sentence: 0))
        #expect(found > 100)
    }

    /// Removing triggers judged against the list as it stood equals `removeAll` with a copy made before it, for
    /// rules whose verdict on one trigger depends on which others are there.
    @Test func removingTriggersJudgesTheListBeforeTheRule() {
        typealias Rule = (EventMatcher.Trigger, [EventMatcher.Trigger]) -> Bool
        let rules: [Rule] = [
            { t, all in all.contains { $0.token == t.token - 1 } },
            { t, all in all.contains { $0.token == t.token + 1 } },
            { t, all in t.pattern.root >= 18 && all.contains { $0.pattern.root == 14 } },
            { t, _ in t.token % 3 == 0 },
            { _, _ in false },
            { _, _ in true },
        ]
        let codes = ["010", "190", "145", "0233", "183", "1823", "173"]
        var lists: [[EventMatcher.Trigger]] = [[]]
        for n in 1...7 {
            for shift in 0..<3 {
                lists.append((0..<n).map { k in
                    let token = k * (shift + 1) + (k % 2)
                    return (token, Self.pattern(codes[(k + shift) % codes.count]), token)
                })
            }
        }
        var changed = 0
        for list in lists {
            for rule in rules {
                var fast = list
                EventMatcher.remove(&fast, where: rule)
                let before = list
                var plain = list
                plain.removeAll { rule($0, before) }
                #expect(fast.map(\.token) == plain.map(\.token))
                #expect(zip(fast, plain).allSatisfy { $0.pattern === $1.pattern })
                if fast.count != list.count { changed += 1 }
            }
        }
        #expect(changed > 20)
    }
}

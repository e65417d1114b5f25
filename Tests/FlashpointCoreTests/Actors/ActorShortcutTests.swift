import Testing
@testable import FlashpointCore

/// The recognizer's shortcuts answer as the straightforward code does: matches that share a precomputed entry
/// list, the country test that lets most hyphenated words go early, byte tests of norms, labels written in one go.
@Suite struct ActorShortcutTests {
    typealias F = ActorFixture
    static var lexicon: ActorLexicon { F.recognizer.lexicon }
    static var dictionary: ActorDictionary { F.recognizer.dictionary }

    /// The longest match with every alias's capitalisation checked and the accepted entries collected, as
    /// ``ActorLexicon/match(at:end:ids:tokens:)`` did before it shared lists.
    static func plainMatch(at i: Int, end: Int, ids: [Int32], tokens: [Token]) -> (length: Int, entries: [Int32])? {
        guard ids[i] >= 0 else { return nil }
        for pi in lexicon.starts[Int(ids[i])] {
            let p = lexicon.phrases[Int(pi)]
            let n = p.ids.count
            guard i + n <= end, Array(ids[i..<(i + n)]) == p.ids else { continue }
            let found = p.aliases.filter { a in (0..<n).allSatisfy { a.rules[$0].accepts(tokens[i + $0].text) } }
            if !found.isEmpty { return (n, found.map(\.entry)) }
        }
        return nil
    }

    @Test func matchesAgreeWithCheckingEveryAlias() {
        // Capitalisation that some aliases refuse ("us", "chad"), people sharing a name, multi-word names.
        let text = "US troops told us that chad and Chad , the IDF , idf , Prime Minister Benjamin Netanyahu , "
            + "Hamas militants , HAMAS , the Red Cross , red cross , Israel Defense Forces and President Ruto met ."
        let toks = F.tokens(text)
        let ids = toks.map { Self.lexicon.id($0.norm) }
        var matched = 0
        for i in toks.indices {
            let fast = Self.lexicon.match(at: i, end: toks.count, ids: ids, tokens: toks)
            let plain = Self.plainMatch(at: i, end: toks.count, ids: ids, tokens: toks)
            #expect(fast?.length == plain?.length && fast?.entries == plain?.entries, "at \(toks[i].text)")
            if fast != nil { matched += 1 }
        }
        #expect(matched >= 10)
    }

    @Test func countryWordsAreTheSingleWordNamesOfCountries() {
        var countries = 0
        for (key, aliases) in Self.dictionary.aliases where !key.contains(" ") {
            let isCountry = aliases.contains { Self.dictionary.entries[Int($0.entry)].form == .country }
            #expect(Self.lexicon.mayBeCountry(Substring(key)) == isCountry, "\(key)")
            if isCountry { countries += 1 }
        }
        #expect(countries > 100)
        #expect(!Self.lexicon.mayBeCountry("so"))
    }

    @Test func compoundsStillSplitIntoCountries() {
        let c = F.mentions("Israeli-Lebanese talks and so-called US-Israeli plans and pro-government plans .")
        #expect(c.map(\.actor.code) == ["ISR", "LBN", "USA", "ISR"])
    }

    @Test func byteTestsOfNormsAgreeWithTheStringTests() {
        for w in ["ex-minister", "ex-", "ex", "exit", "ex–x", "éx-a", "a-b", "abc-", "ab-", "-abc", "al-shabaab", "élysée-x", ""] {
            let n = w.utf8
            #expect(SentenceRules.isExPrefixed(w) == (n.count > 3 && n.starts(with: "ex-".utf8)), "\(w)")
            #expect(ActorRecognizer.hasInnerHyphen(w) == (n.count > 3 && n.contains(0x2D)), "\(w)")
        }
    }

    @Test func labelsAreTheEntriesJoined() {
        let toks = F.tokens("Israeli special forces and Lebanese security officials , Prime Minister Benjamin Netanyahu and police of Kenya met Hamas .")
        let ids = toks.map { Self.lexicon.id($0.norm) }
        var rules = SentenceRules(recognizer: F.recognizer, tokens: toks, ids: ids, date: nil)
        F.recognizer.scan(toks, ids: ids, range: toks.indices, into: &rules.atoms)
        rules.range = toks.indices
        #expect(rules.atoms.count >= 6)
        // Each atom's label as the straightforward code writes it, joined by " + ".
        func plain(_ ks: ClosedRange<Int>) -> String {
            ks.map { k in
                let e = rules.entry(rules.atoms[k])
                guard e.form == .agent else { return e.label }
                return e.source + " " + rules.atoms[k].range.map { toks[$0].norm }.joined(separator: " ")
            }.joined(separator: " + ")
        }
        for a in rules.atoms.indices {
            for b in a..<min(a + 3, rules.atoms.count) {
                #expect(rules.labels(a...b) == plain(a...b))
                #expect(rules.labels(a...b, after: "countries.tsv:1 X") == "countries.tsv:1 X + " + plain(a...b))
            }
        }
        #expect(rules.labels(0...0).hasPrefix("countries"))
    }

    @Test func piecesAreConcatenated() {
        #expect(Pieces.string { $0.add("a"); $0.add(""); $0.add("é + "); $0.add("東京 and a longer piece") } == "aé + 東京 and a longer piece")
        #expect(Pieces.string { _ in } == "")
    }
}

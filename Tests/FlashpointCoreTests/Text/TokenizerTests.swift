import Testing

@testable import FlashpointCore

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func texts(_ s: String) -> [String] { tokenizer.tokenize(s).map(\.text) }

    @Test func splitsPunctuationAndClitics() {
        #expect(texts("Hezbollah’s fighters didn't stop.") == ["Hezbollah", "’s", "fighters", "did", "n't", "stop", "."])
        #expect(texts("We can't, they cannot; I'm sure it's they're we've we'll he'd.") == [
            "We", "ca", "n't", ",", "they", "can", "not", ";", "I", "'m", "sure", "it", "'s", "they", "'re", "we",
            "'ve", "we", "'ll", "he", "'d", ".",
        ])
        #expect(texts("WON'T") == ["WO", "N'T"])
        #expect(texts("the soldiers' families") == ["the", "soldiers", "'", "families"])
    }

    @Test func keepsAbbreviationsAndInitials() {
        let s = "U.S. and U.N. envoys met Dr. J. Smith, Gen. Lt. Col. Sgt. St. Mr. Jr. Inc. Ltd. Co. vs. etc."
        #expect(texts(s) == [
            "U.S.", "and", "U.N.", "envoys", "met", "Dr.", "J.", "Smith", ",", "Gen.", "Lt.", "Col.", "Sgt.", "St.",
            "Mr.", "Jr.", "Inc.", "Ltd.", "Co.", "vs.", "etc.",
        ])
        #expect(texts("Jan. Feb. Aug. Sept. Oct. Nov. Dec. 5") == ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "5"])
        #expect(texts("e.g. this, i.e. that at 9 a.m. or 5 p.m.") == ["e.g.", "this", ",", "i.e.", "that", "at", "9", "a.m.", "or", "5", "p.m."])
        #expect(texts("No. 10 said no.") == ["No.", "10", "said", "no", "."])
        #expect(texts("U.S.-backed forces") == ["U.S.-backed", "forces"])
    }

    @Test func keepsNamesWhole() {
        #expect(texts("Ayn al-Hilweh") == ["Ayn", "al-Hilweh"])
        #expect(texts("Ras En Nakura") == ["Ras", "En", "Nakura"])
        #expect(texts("decades-long al-Qassam Aita ech-Chaab") == ["decades-long", "al-Qassam", "Aita", "ech-Chaab"])
        #expect(texts("Sana'a Ma'alot O'Brien") == ["Sana'a", "Ma'alot", "O'Brien"])
        #expect(texts("in Ash Shati' camp, near Qana'.") == ["in", "Ash", "Shati'", "camp", ",", "near", "Qana'", "."])
        #expect(texts("the 'Hamas' label") == ["the", "'", "Hamas", "'", "label"])
    }

    @Test func numbersDatesAndSymbols() {
        #expect(texts("1,200 and 3.5 and 2,000-strong, the 19th") == ["1,200", "and", "3.5", "and", "2,000-strong", ",", "the", "19th"])
        #expect(texts("26/12 at 10:30 on 2023-10-07") == ["26/12", "at", "10:30", "on", "2023-10-07"])
        #expect(texts("5% of $5") == ["5", "%", "of", "$", "5"])
        let kinds = tokenizer.tokenize("5% of $5.").map(\.kind)
        #expect(kinds == [.number, .symbol, .word, .symbol, .number, .punctuation])
    }

    @Test func webTokens() {
        #expect(texts("See https://example.org/a?b=1. Mail a.b@example.com, @IDF_x #Gaza!") == [
            "See", "https://example.org/a?b=1", ".", "Mail", "a.b@example.com", ",", "@IDF_x", "#Gaza", "!",
        ])
    }

    @Test func ellipsisAndDashes() {
        #expect(texts("Wait... then—silence – and -- more") == ["Wait", "...", "then", "—", "silence", "–", "and", "--", "more"])
        #expect(texts("Why?! Now…") == ["Why", "?!", "Now", "…"])
    }

    @Test func normalisation() {
        let toks = tokenizer.tokenize("“Israel’s” strike — Café")
        #expect(toks.map(\.norm) == ["\"", "israel", "'s", "\"", "strike", "-", "café"])
        #expect(TextNormalizer.norm("Cafe\u{301}") == "café")
        #expect(TextNormalizer.norm("Cafe\u{301}").unicodeScalars.count == 4)
        #expect(TextNormalizer.norm(Substring("ABC")) == "abc")
    }

    @Test func scriptsAndEmoji() {
        let toks = tokenizer.tokenize("قصف حزب الله שדרות 🚑🇱🇧 👍🏽!")
        #expect(toks.map(\.text) == ["قصف", "حزب", "الله", "שדרות", "🚑", "🇱🇧", "👍🏽", "!"])
        #expect(toks[0].kind == .word)
        #expect(toks[4].kind == .symbol)
    }

    @Test func offsetsRoundTrip() {
        let text = "  Café’s 🇱🇧 strike,\n\tkilled 1,200 (U.S. said)… Ash Shati' «ok» \u{7}x "
        let toks = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for t in toks {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[t.start..<t.end])
            #expect(String(view) == t.text)
        }
        #expect(toks.first?.spaceBefore == true)
        #expect(toks[1].spaceBefore == false)
    }

    @Test func emptyAndJunk() {
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize(" \n\t \u{00A0}\u{200B} ").isEmpty)
        let junk = "\u{0}\u{1}''’’..--@@##$$\u{301}\u{200D}\u{FE0F}'s n't -'"
        let toks = tokenizer.tokenize(junk)
        #expect(!toks.isEmpty)
        for t in toks { #expect(t.start < t.end) }
        #expect(zip(toks, toks.dropFirst()).allSatisfy { $0.end <= $1.start })
    }

    @Test func longInputIsLinear() {
        let text = String(repeating: "Israeli jets struck Tyre on Tuesday, killing 3.5 people. ", count: 20_000)
        let toks = tokenizer.tokenize(text)
        #expect(toks.count == 20_000 * 11)
        #expect(toks.last?.end == text.unicodeScalars.count - 1)
    }
}

/// The tokenizer's shortcuts (ASCII letter runs scanned without decoding, abbreviations looked up in word sets
/// with ASCII lowering) give the answers of the plain computation.
extension TokenizerTests {
    /// ``Abbreviations/isKnown(_:nextIsDigit:)`` written with `lowercased()` and `Set<String>`.
    static func plainIsKnown(_ word: String, nextIsDigit: Bool) -> Bool {
        let key = word.lowercased()
        guard Set(Abbreviations.neverFinal).contains(key) || Set(Abbreviations.mayEnd).contains(key) else { return false }
        if Set(Abbreviations.needsNumber).contains(key) && !nextIsDigit { return false }
        if !Set(Abbreviations.lowerCaseAllowed).contains(key), let first = word.unicodeScalars.first,
            !ScalarScan.isUpper(first.value)
        {
            return false
        }
        return true
    }

    @Test func abbreviationLookupMatchesPlainSets() {
        let words = Array(Abbreviations.neverFinal) + Array(Abbreviations.mayEnd)
        let spellings = words.flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }
            + ["", "Gen\u{301}", "\u{212A}o", "İnc", "DR", "Lt.-Gen", "E.G", "Sept", "SEPTS", "Rafaḥ", "No\u{308}"]
        for w in spellings {
            for digit in [false, true] {
                #expect(Abbreviations.isKnown(w, nextIsDigit: digit) == Self.plainIsKnown(w, nextIsDigit: digit), "\(w)")
            }
        }
    }

    @Test func letterRunsAcrossCaseScriptAndJoiners() {
        #expect(texts("ABCxyz Zz aZ Rafaḥ ÉTAT Ma'alot al-Hilweh AT&T can't CANNOT Gen. No. 5 no. KDF.")
            == ["ABCxyz", "Zz", "aZ", "Rafaḥ", "ÉTAT", "Ma'alot", "al-Hilweh", "AT&T", "ca", "n't", "CAN", "NOT", "Gen.",
                "No.", "5", "no", ".", "KDF", "."])
        // Bytes just outside the letter ranges ("@", "[", "`", "{") end a letter run.
        #expect(texts("ab@cd ab[cd ab`cd ab{cd") == ["ab@cd", "ab", "[", "cd", "ab", "`", "cd", "ab", "{", "cd"])
    }
}

import Testing

@testable import FlashpointCore

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let toks = Tokenizer().tokenize(text)
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter().split(text, tokens: toks).map { s in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<s.end])
            return String(v)
        }
    }

    @Test func basicPunctuation() {
        #expect(sentences("Jets struck Tyre. Three died! Why? 5 were hurt.") == ["Jets struck Tyre.", "Three died!", "Why?", "5 were hurt."])
    }

    @Test func abbreviations() {
        #expect(sentences("Gen. Halevi met Dr. Smith and Mr. J. Doe at No. 10 on Sept. 5.") == [
            "Gen. Halevi met Dr. Smith and Mr. J. Doe at No. 10 on Sept. 5."
        ])
        #expect(sentences("Aid came from the U.S. The army said U.S. officials agreed.") == [
            "Aid came from the U.S.", "The army said U.S. officials agreed.",
        ])
        #expect(sentences("They sent tanks, guns, etc. It was over.") == ["They sent tanks, guns, etc.", "It was over."])
        #expect(sentences("Allies, e.g. France, agreed.") == ["Allies, e.g. France, agreed."])
    }

    @Test func decimalsAndEllipsis() {
        #expect(sentences("Prices rose 3.5 percent. Then fell.") == ["Prices rose 3.5 percent.", "Then fell."])
        #expect(sentences("He paused... Then he left.") == ["He paused...", "Then he left."])
        #expect(sentences("He paused... and left.") == ["He paused... and left."])
    }

    @Test func quotesAndBrackets() {
        #expect(sentences("He said: “We will respond.” The army agreed.") == ["He said: “We will respond.”", "The army agreed."])
        #expect(sentences("They left. \"We won,\" he said.") == ["They left.", "\"We won,\" he said."])
        #expect(sentences("Jets struck (the army confirmed.) Rescuers came.") == ["Jets struck (the army confirmed.)", "Rescuers came."])
        #expect(sentences("Ten died. [On 5 February 2025, 28 bodies were recovered.] Rescuers left.") == [
            "Ten died.", "[On 5 February 2025, 28 bodies were recovered.]", "Rescuers left.",
        ])
        #expect(sentences("[On 5 February 2025, 28 bodies were recovered] Rescuers left.") == [
            "[On 5 February 2025, 28 bodies were recovered]", "Rescuers left.",
        ])
    }

    @Test func lowercaseContinues() {
        #expect(sentences("Is it over? he asked.") == ["Is it over? he asked."])
    }

    @Test func newlines() {
        #expect(sentences("Israel strikes Lebanon\nBEIRUT — Jets struck.\n\nthen more came") == [
            "Israel strikes Lebanon", "BEIRUT — Jets struck.", "then more came",
        ])
        let wrapped = "The Israeli military said its aircraft had struck several targets in the\nSouth of Lebanon overnight."
        #expect(sentences(wrapped).count == 1)
        #expect(sentences("Jets struck the town,\nKilling two.") == ["Jets struck the town,\nKilling two."])
        #expect(sentences("One line\r\nTwo line\r\n\r\nThree") == ["One line", "Two line", "Three"])
    }

    @Test func spansCoverTokens() {
        let text = "  First one.  Second one!\n\n  Third  "
        let toks = Tokenizer().tokenize(text)
        let spans = SentenceSplitter().split(text, tokens: toks)
        #expect(spans.count == 3)
        #expect(spans.first?.tokens.lowerBound == 0)
        #expect(spans.last?.tokens.upperBound == toks.count)
        for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.tokens.upperBound == b.tokens.lowerBound) }
        for s in spans {
            #expect(s.start == toks[s.tokens.lowerBound].start)
            #expect(s.end == toks[s.tokens.upperBound - 1].end)
        }
    }

    @Test func emptyAndOddInput() {
        #expect(SentenceSplitter().split("", tokens: []).isEmpty)
        #expect(sentences("   \n  ").isEmpty)
        // Tokens whose offsets do not fit the text do not crash.
        let bogus = [Token(text: "a", start: 50, end: 51, kind: .word), Token(text: "b", start: 2, end: 3, kind: .word)]
        #expect(SentenceSplitter().split("ab", tokens: bogus).count == 1)
        #expect(sentences(String(repeating: "word ", count: 600)).count == 3)
    }
}

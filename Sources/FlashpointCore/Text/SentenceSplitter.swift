/// Groups tokens into sentences.
///
/// A sentence ends after `.`, `!`, `?`, `...` or `…` (plus any closing quotes or brackets written right after it)
/// when whitespace and a sentence-like start follow: an upper-case or case-less letter, a digit, an opening quote
/// or bracket. Abbreviations that never end a sentence ("Gen.", "Dr.", "No.", "vs.") do not split; other
/// abbreviations and initials ("U.S.", "Inc.", "J.") split only when the next word is a common sentence opener
/// ("The", "It", "He"…). Decimals never split (the tokenizer keeps them whole).
///
/// Line breaks: a blank line always splits. A single line break splits when the next line starts like a sentence
/// and either the previous line ended a sentence or is short (under 60 scalars: a title, dateline or a
/// one-line paragraph) and does not end in `,` `;` `:` `(` or a hyphen; a long line that ends without sentence
/// punctuation is taken as hard-wrapped text and continues. A bracketed note that starts a sentence ("[On 5 February
/// 2025, 28 bodies were recovered]") ends at its closing bracket. Sentences are capped at 250 tokens.
public struct SentenceSplitter: Sendable {
    /// The longest sentence produced, in tokens; longer runs are cut.
    public static let maxTokens = 250

    /// Makes a splitter; it holds no state.
    public init() {}

    /// The sentences of `text`, whose tokens are `tokens` (as made by ``Tokenizer``). Spans start at their first
    /// token and end at their last, so they never include surrounding whitespace. Linear in the text length.
    public func split(_ text: String, tokens: [Token]) -> [SentenceSpan] {
        guard !tokens.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { buf in splitBytes(buf, tokens) }
    }

    /// A forward-only cursor over the text that counts line breaks between tokens.
    private struct LineCursor {
        let b: UnsafeBufferPointer<UInt8>
        var byte = 0
        var scalar = 0
        var lineStart = 0

        /// Advances to scalar offset `target` and returns the number of line breaks passed (CR LF counts once).
        mutating func advance(to target: Int) -> Int {
            var breaks = 0
            var lastWasCR = false
            while scalar < target && byte < b.count {
                let lead = b[byte]
                if lead < 0x80 {
                    if lead == 0x0A || lead == 0x0D {
                        if !(lead == 0x0A && lastWasCR) { breaks += 1 }
                        lineStart = scalar + 1
                    }
                    lastWasCR = lead == 0x0D
                    byte += 1
                } else {
                    let (u, l) = ScalarScan.decode(b, byte)
                    if ScalarScan.isNewline(u) {
                        breaks += 1
                        lineStart = scalar + 1
                    }
                    lastWasCR = false
                    byte += l
                }
                scalar += 1
            }
            return breaks
        }
    }

    private func splitBytes(_ b: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> [SentenceSpan] {
        var out: [SentenceSpan] = []
        var cursor = LineCursor(b: b)
        var sentStart = 0
        for i in 0..<(tokens.count - 1) {
            let curEnd = tokens[i].end
            let nextStart = tokens[i + 1].start
            var split = i + 1 - sentStart >= Self.maxTokens
            if nextStart >= curEnd && curEnd >= cursor.scalar {
                _ = cursor.advance(to: curEnd)
                let lineLength = curEnd - cursor.lineStart
                let breaks = cursor.advance(to: nextStart)
                split = split || shouldSplit(tokens, i, sentStart, breaks, lineLength)
            }
            if split {
                out.append(SentenceSpan(start: tokens[sentStart].start, end: curEnd, tokens: sentStart..<(i + 1)))
                sentStart = i + 1
            }
        }
        let last = tokens.count - 1
        out.append(SentenceSpan(start: tokens[sentStart].start, end: max(tokens[last].end, tokens[sentStart].start),
            tokens: sentStart..<tokens.count))
        return out
    }

    private func shouldSplit(_ t: [Token], _ i: Int, _ sentStart: Int, _ breaks: Int, _ lineLength: Int) -> Bool {
        if breaks >= 2 { return true }
        if breaks == 0 {
            // Fast exit: a sentence can only end after punctuation or a word with a final period.
            guard t[i + 1].spaceBefore else { return false }
            if t[i].kind != .punctuation && t[i].text.utf8.last != 0x2E { return false }
        }
        // Tokens are read in place from here on: a copy of one costs retains and releases of its two strings.
        let starts = startsSentence(t[i + 1])
        // Walk back over closing quotes and brackets attached to the end.
        var k = i
        while k > sentStart && isCloser(t[k]) && !t[k].spaceBefore { k -= 1 }
        let ended = isTerminal(t[k], next: t[i + 1])
        if breaks == 1 {
            guard starts else { return false }
            if ended { return true }
            let lastText = t[i].text
            if lastText == "," || lastText == ";" || lastText == ":" || lastText == "(" || lastText == "-"
                || lastText.hasSuffix("-")
            {
                return false
            }
            return lineLength < 60
        }
        guard t[i + 1].spaceBefore, starts else { return false }
        if ended { return true }
        // A bracketed note that opened the sentence ends at its closing bracket.
        return t[i].text == "]" && t[sentStart].text == "[" && i > sentStart
    }

    private func isCloser(_ t: Token) -> Bool {
        guard t.kind == .punctuation, t.end - t.start == 1 else { return false }
        switch t.text {
        case "\"", "”", "’", "'", ")", "]", "}", "»", "›": return true
        default: return false
        }
    }

    private func isTerminal(_ t: Token, next: Token) -> Bool {
        let s = t.text
        guard let last = s.utf8.last else { return false }
        if last == 0x21 || last == 0x3F { return s.utf8.allSatisfy { $0 == 0x21 || $0 == 0x3F } }
        if s == "…" { return true }
        guard last == 0x2E else { return false }
        if s.utf8.allSatisfy({ $0 == 0x2E }) { return true }
        // An abbreviation, initial or dotted acronym keeps its period.
        let key = String(t.norm.dropLast())
        if Abbreviations.neverFinal.contains(key) { return false }
        guard let first = next.text.unicodeScalars.first, ScalarScan.isUpper(first.value) else { return false }
        return Abbreviations.sentenceStarters.contains(next.norm)
    }

    private func startsSentence(_ t: Token) -> Bool {
        guard let first = t.text.unicodeScalars.first else { return false }
        let u = first.value
        switch ScalarScan.classify(u) {
        case .letter: return ScalarScan.isUpper(u) || ScalarScan.isUncasedLetter(u)
        case .digit: return true
        case .apostrophe: return true
        default:
            switch u {
            case 0x22, 0x201C, 0x2018, 0x201E, 0xAB, 0x28, 0x5B, 0x2022, 0x2014, 0x2013, 0x2D, 0x2A, 0x40, 0x23,
                0x24, 0xA3, 0x20AC, 0xBF, 0xA1:
                return true
            default: return ScalarScan.otherKind(u) == .symbol
            }
        }
    }
}

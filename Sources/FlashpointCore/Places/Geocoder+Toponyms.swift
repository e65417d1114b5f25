import Foundation

extension Geocoder {
    /// Lower-case words allowed inside a name ("Ain al-Hilweh", "Aita ech Chaab", "Ras En Nakura").
    static let particles: WordSet = [
        "al", "el", "ech", "esh", "ash", "as", "ad", "ed", "en", "an", "ar", "at", "az", "es", "ez", "er", "et", "ej",
        "al-", "el-", "ech-", "ash-", "as-", "ad-", "ed-", "en-", "an-", "ar-", "at-", "az-", "es-", "ez-", "de", "du",
        "des", "la", "le", "di", "da", "bin", "bint", "abu", "umm", "beit", "bayt", "deir", "dayr",
    ]
    /// Words that begin a sentence capitalised without naming a place.
    static let commonWords: WordSet = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "and", "but", "or", "as", "after", "before",
        "during", "since", "while", "when", "where", "if", "he", "she", "it", "they", "we", "i", "you", "this", "that",
        "these", "those", "there", "here", "his", "her", "its", "their", "our", "my", "some", "many", "most", "all",
        "no", "one", "two", "three", "local", "officials", "police", "security", "residents", "witnesses", "earlier",
        "later", "meanwhile", "also", "however", "according", "both", "several", "other", "another", "each", "such",
        "what", "who", "which", "how", "why", "more", "less", "about", "around", "near", "over", "under", "among",
        "between", "within", "without", "against", "despite", "through", "further", "eventually", "today", "yesterday",
        "tomorrow", "last", "next", "new", "president", "minister", "prime", "army", "military", "government",
        "union", "university", "hospital", "independence", "victoria", "mobile", "reading", "police", "said", "says",
        "mr", "mrs", "ms", "dr", "gen", "col", "sgt", "capt", "lt", "sheikh", "god", "allah", "is", "was", "are",
        "were", "has", "had", "have", "will", "would", "could", "should", "may", "might", "must", "can", "not",
        "man", "woman", "men", "women", "boy", "girl", "people", "person", "unknown", "suspected", "armed", "youths",
        "students", "protesters", "demonstrators", "rioters", "traders", "farmers", "teachers", "workers", "unidentified",
        "gunmen", "bandits", "raiders", "villagers", "mob", "crowd", "hundreds", "thousands", "dozens",
    ]
    static let calendarWords: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Words after a name that make it an admin region ("Mandera County", "Naivasha sub-county").
    static let adminSuffixWords: WordSet = [
        "county", "district", "province", "governorate", "region", "sub-county", "subcounty", "constituency",
        "division", "municipality",
    ]
    /// Nouns after a name that make even a small single-word place likely ("Kakuma camp", "Liboi town").
    static let placeAfterWords: WordSet = [
        "village", "villages", "town", "township", "camp", "area", "areas", "estate", "market", "location",
        "sub-location", "settlement", "slum", "slums", "ward", "trading", "neighbourhood", "neighborhood", "suburb",
    ]
    /// Compass words: alone they are part of a longer name ("Igembe Central", "South B"), never a place.
    static let compassWords: WordSet = [
        "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "centre", "center",
        "northeast", "northwest", "southeast", "southwest", "upper", "lower", "middle",
    ]
    /// Words before a place name that make even a small single-word place likely.
    static let locatives: WordSet = [
        "in", "at", "near", "from", "to", "into", "towards", "toward", "outside", "around", "of", "across", "between", "on",
        "and", "village", "town", "city", "camp", "district", "province", "governorate", "south", "north", "east", "west",
    ]

    // The token tests take the array and an index: a token passed by value would be copied out of the array,
    // retaining and releasing its two strings.

    @inline(__always) private static func isCapitalised(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].kind == .word || tokens[i].kind == .number, let byte = tokens[i].text.utf8.first else { return false }
        // An ASCII first letter answers without the Unicode property tables.
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
        guard let first = tokens[i].text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    @inline(__always) private static func isParticle(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].kind == .word && particles.contains(tokens[i].norm)
    }

    @inline(__always) private static func isDash(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].kind == .punctuation && (tokens[i].norm == "-" || tokens[i].text == "–" || tokens[i].text == "—")
    }

    @inline(__always) private static func isApostrophe(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].kind == .punctuation && (tokens[i].norm == "'" || tokens[i].text == "ʿ" || tokens[i].text == "ʾ")
            && !tokens[i].spaceBefore
    }

    static func joinText(_ tokens: [Token], _ r: Range<Int>) -> String {
        var s = ""
        for i in r {
            if i > r.lowerBound && tokens[i].spaceBefore { s += " " }
            s += tokens[i].text
        }
        return s
    }

    /// Place names in a token range: capitalised sequences (with lower-case Arabic particles such as "al-", "ech",
    /// "En" inside them, hyphens and apostrophes, ACLED's "Gaza - Shujaiyya" and a trailing "Camp") whose key is in
    /// the gazetteer, longest first. Sentence-initial common words, months and weekdays are skipped; a single-word
    /// name of a small place needs a locative word ("in", "near", "village" …) before it.
    public func findToponyms(_ tokens: [Token], in range: Range<Int>) -> [ToponymMatch] {
        let r = range.clamped(to: 0..<tokens.count)
        var out: [ToponymMatch] = []
        var i = r.lowerBound
        while i < r.upperBound {
            // The tokens are read in place: a copy of each would retain its strings.
            guard Self.isCapitalised(tokens, i), !Self.calendarWords.contains(tokens[i].norm) else { i += 1; continue }
            if (i == r.lowerBound || !tokens[i - 1].spaceBefore && Self.isQuote(tokens, i - 1)) && Self.commonWords.contains(tokens[i].norm) {
                i += 1; continue
            }
            // The longest span of name-like tokens starting here (at most 8 tokens). Bit k of `ends`: a name may
            // end after token i + k.
            var ends: UInt16 = 0
            var j = i
            while j < r.upperBound && j - i < 8 {
                if j > i && (Self.isParticle(tokens, j) || Self.isApostrophe(tokens, j)
                    || (Self.isDash(tokens, j) && j + 1 < r.upperBound && Self.isCapitalised(tokens, j + 1))) {
                    j += 1; continue
                }
                guard Self.isCapitalised(tokens, j) || (j > i && tokens[j].kind == .word && ByteSearch.contains(tokens[j].text, byte: 0x2D))
                else { break }
                if j > i && Self.calendarWords.contains(tokens[j].norm) { break }
                ends |= 1 << UInt16(j - i)
                j += 1
            }
            var found: ToponymMatch?
            while ends != 0 {
                // The longest span left.
                let last = 15 - ends.leadingZeroBitCount
                ends &= ~(1 << UInt16(last))
                let end = i + last + 1
                let text = Self.joinText(tokens, i..<end)
                let answer = exactKeys.answer(text, in: gazetteer)
                guard answer != .noKey else { continue }
                var ok = answer == .present
                if !ok, let dash = ByteSearch.range(of: " - ", in: text) {
                    ok = exactKeys.isExact(String(text[..<dash.lowerBound]), in: gazetteer)
                }
                if !ok, Self.mayEndInCamp(text), text.lowercased().hasSuffix(" camp") {
                    ok = exactKeys.isExact(String(text.dropLast(5)), in: gazetteer)
                }
                if !ok, end - i == 1, ByteSearch.contains(text, byte: 0x2D) {
                    // "Eldoret-Malaba highway", "Eldoret-based": the first part that is a place.
                    for part in text.split(separator: "-").map(String.init)
                    where part.count >= 3 && part.first?.isUppercase == true && !Self.particles.contains(part.lowercased()) {
                        if exactKeys.isExact(part, in: gazetteer), singleWordAccepted(part, tokens, i, r) {
                            found = ToponymMatch(range: i..<end, text: part)
                            break
                        }
                    }
                    if found != nil { break }
                }
                guard ok else { continue }
                if end - i == 1 && !singleWordAccepted(text, tokens, i, r) { continue }
                found = ToponymMatch(range: i..<end, text: text)
                break
            }
            guard var m = found else { i += 1; continue }
            // A trailing "Camp" / "refugee camp" belongs to the name.
            var e = m.range.upperBound
            if e < r.upperBound, tokens[e].norm == "camp" {
                e += 1
            } else if e + 1 < r.upperBound, tokens[e].norm == "refugee", tokens[e + 1].norm == "camp" {
                e += 2
            }
            if e == m.range.upperBound, e < r.upperBound {
                // "Mandera County", "Kericho District", "Meru sub-county": the admin region, not the town. The
                // words are checked first: the gazetteer is asked only when one follows.
                let suffix = Self.adminSuffixWords.contains(tokens[e].norm) ? 1
                    : e + 2 < r.upperBound && tokens[e].norm == "sub" && Self.isDash(tokens, e + 1)
                        && tokens[e + 2].norm == "county" ? 3 : 0
                if suffix > 0, !gazetteer.matches(m.text, allowSkeleton: false).allSatisfy({ $0.place.isCountry }) {
                    e += suffix
                }
            }
            if e != m.range.upperBound { m.range = m.range.lowerBound..<e; m.text = Self.joinText(tokens, m.range) }
            // A parenthesised qualifier right after the name.
            if e < r.upperBound, tokens[e].text == "(", let close = (e + 1..<r.upperBound).first(where: { tokens[$0].text == ")" }),
               close - e <= 12, close > e + 1 {
                m.qualifier = Self.joinText(tokens, (e + 1)..<close)
                m.qualifierRange = e..<(close + 1)
            }
            out.append(m)
            i = m.qualifierRange?.upperBound ?? m.range.upperBound
        }
        return out
    }

    /// Whether a name's bytes end in " camp" in any case: a name whose lower-case form ends in " camp" does
    /// (no other scalar lower-cases to these letters), so the lower-casing is spared for the others.
    static func mayEndInCamp(_ text: String) -> Bool {
        let tail = text.utf8.suffix(5)
        return tail.count == 5 && zip(tail, " camp".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    private static let quotes: WordSet = ["\"", "'", "“", "‘", "("]

    @inline(__always) private static func isQuote(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[i].kind == .punctuation && quotes.contains(tokens[i].text)
    }

    /// Single words are ambiguous with ordinary capitalised words: accept a country, an admin1 region, a place
    /// of 50,000 people or more, or any place after a locative word.
    private func singleWordAccepted(_ text: String, _ tokens: [Token], _ i: Int, _ r: Range<Int>) -> Bool {
        let lower = text.lowercased()
        if Self.commonWords.contains(lower) || Self.compassWords.contains(lower) { return false }
        var k = i - 1
        while k >= r.lowerBound && k >= i - 2 {
            if Self.locatives.contains(tokens[k].norm) { return true }
            if tokens[k].kind != .word || !(tokens[k].norm == "the" || tokens[k].norm == "of") { break }
            k -= 1
        }
        // A place noun after it: "stormed Kakuma camp", "attacked Pandanguo village", "Kiganjo estate".
        if i + 1 < r.upperBound, Self.placeAfterWords.contains(tokens[i + 1].norm) || Self.adminSuffixWords.contains(tokens[i + 1].norm) {
            return true
        }
        // The tail of a longer unknown name ("Trans Mara West", "Mount Elgon"): only a country or a city.
        if i > r.lowerBound, tokens[i - 1].kind == .word, Self.isCapitalised(tokens, i - 1), tokens[i].spaceBefore,
           !Self.compassWords.contains(tokens[i - 1].norm), !(i - 1 == r.lowerBound && Self.commonWords.contains(tokens[i - 1].norm)) {
            return gazetteer.matches(text, allowSkeleton: false).contains { m in
                m.level <= .strict && (m.place.isCountry || (m.place.featureClass == "P" && m.place.population >= 200_000
                    && NameKey.plain(m.place.name) == NameKey.plain(text)))
            }
        }
        // A capitalised word right after, not part of a known name: a person ("Ann Waiguru", "Virginia Nyaiko").
        if i + 1 < r.upperBound, tokens[i + 1].kind == .word, Self.isCapitalised(tokens, i + 1),
           !Self.calendarWords.contains(tokens[i + 1].norm), !Self.adminSuffixWords.contains(tokens[i + 1].norm),
           !Self.commonWords.contains(tokens[i + 1].norm), !Self.compassWords.contains(tokens[i + 1].norm) {
            // … unless it is a country or a city ("Nakuru Matatu drivers").
            return gazetteer.matches(text, allowSkeleton: false).contains { m in
                m.level <= .strict && (m.place.isCountry || (m.place.featureClass == "P" && m.place.population >= 200_000
                    && NameKey.plain(m.place.name) == NameKey.plain(text)))
            }
        }
        return gazetteer.matches(text, allowSkeleton: false).contains { m in
            m.level <= .strict && (m.place.isCountry || m.place.featureCode == "ADM1" || m.place.population >= 50_000)
        }
    }
}

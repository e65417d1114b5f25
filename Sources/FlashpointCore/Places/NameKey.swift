import Foundation

/// Transliteration-tolerant keys for place names, used both when the gazetteer is built and when a name is looked up.
///
/// Three levels, from strict to loose:
/// - ``strict(_:)``: lower case, diacritics and apostrophes removed, hyphens split words, Arabic articles
///   (al, el, ech, ash, en …) dropped, `ou`/`oo`→`u`, `ai`/`ay`/`ei`/`ey`→`ay`, `ee`→`i`, `q`→`k`, `dj`→`j`,
///   `ch`→`sh`, doubled letters single, words joined.
/// - ``loose(_:)``: the strict key with `y`/`e`→`i`, `o`/`w`→`u`, `kh`→`h`, `gh`→`g`, `th`→`t`, `dh`→`d`,
///   `sh`→`s` and a word-final `h` after a vowel dropped.
/// - ``skeleton(_:)``: the loose key's first letter plus its consonants without `h`: a last resort.
///
/// ```swift
/// NameKey.strict("Ein el-Hilweh") == NameKey.strict("Ayn al-Hilweh")   // true: "aynhilweh"
/// ```
public enum NameKey {
    /// Words that are Arabic (or French-Arabic) articles when they stand before another word of a name.
    static let articles: Set<[UInt8]> = Set(
        ["al", "el", "il", "ul", "ad", "ed", "ech", "esh", "es", "ash", "as", "en", "an", "at", "et", "az", "ez",
         "ar", "er", "ath", "adh", "ej", "aj", "ag", "eg", "ak", "ek", "ah", "l"].map { Array($0.utf8) })

    /// Lower-case ASCII folding of Latin letters with diacritics (U+00C0–U+024F, U+1E00–U+1EFF); built once.
    static let foldTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.lowercased()
                let ascii = decomposed.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic) }
                if let first = ascii.first {
                    table[v] = [UInt8(first.value)]
                }
            }
        }
        let specials: [(UInt32, String)] = [
            (0xDF, "ss"), (0xC6, "ae"), (0xE6, "ae"), (0xD8, "o"), (0xF8, "o"), (0x110, "d"), (0x111, "d"),
            (0x141, "l"), (0x142, "l"), (0x131, "i"), (0xDE, "th"), (0xFE, "th"), (0x152, "oe"), (0x153, "oe"),
            (0x126, "h"), (0x127, "h"), (0xD0, "d"), (0xF0, "d"), (0x166, "t"), (0x167, "t"), (0x1E9E, "ss"),
        ]
        for (v, s) in specials { table[v] = Array(s.utf8) }
        return table
    }()

    /// Scalars that are dropped without splitting a word: apostrophes, ayn/hamza marks, modifier letters.
    static func isJoiner(_ v: UInt32) -> Bool {
        switch v {
        case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x201B, 0x2BB, 0x2BC, 0x2BD, 0x2BE, 0x2BF, 0x2C8, 0x2B9, 0x2032: return true
        case 0x300...0x36F: return true  // combining marks (diacritics written separately)
        case 0x200B...0x200D, 0xAD: return true  // zero-width characters and soft hyphen
        default: return false
        }
    }

    /// The name's words folded to lower-case ASCII letters and digits, or nil when it has letters outside the
    /// Latin script (such names are left out of the gazetteer).
    public static func words(_ name: String) -> [[UInt8]]? {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 0x41 && b <= 0x5A {
                    current.append(b + 32)
                } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    current.append(b)
                } else if isJoiner(v) {
                    continue
                } else if !current.isEmpty {
                    words.append(current)
                    current = []
                }
            } else if let folded = foldTable[v] {
                current.append(contentsOf: folded)
            } else if isJoiner(v) {
                continue
            } else if scalar.properties.isAlphabetic {
                return nil
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Plain folding: the words joined by single spaces, articles kept ("ein el hilweh").
    public static func plain(_ name: String) -> String {
        // The words of ``words(_:)`` joined by single spaces, written in one pass into one buffer.
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var inWord = false  // the last thing written was a letter or digit of the current word
        func letter(_ b: UInt8) {
            if !inWord && !out.isEmpty { out.append(0x20) }
            out.append(b)
            inWord = true
        }
        for scalar in name.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 0x41 && b <= 0x5A {
                    letter(b + 32)
                } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    letter(b)
                } else if isJoiner(v) {
                    continue
                } else {
                    inWord = false
                }
            } else if let folded = foldTable[v] {
                for b in folded { letter(b) }
            } else if isJoiner(v) {
                continue
            } else if scalar.properties.isAlphabetic {
                return name.lowercased()
            } else {
                inWord = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The strict key of a name, or nil when it is not Latin script or has no letters.
    public static func strict(_ name: String) -> [UInt8]? {
        guard let w = words(name), !w.isEmpty else { return nil }
        return strictKey(words: w)
    }

    /// The loose key of a name.
    public static func loose(_ name: String) -> [UInt8]? {
        guard let w = words(name), !w.isEmpty else { return nil }
        return looseKey(strictWords: strictWords(w))
    }

    /// The consonant skeleton of a name (nil when shorter than three letters).
    public static func skeleton(_ name: String) -> [UInt8]? {
        guard let w = words(name), !w.isEmpty else { return nil }
        return skeletonKey(loose: looseKey(strictWords: strictWords(w)))
    }

    /// All three keys at once; nil when the name has no Latin key.
    static func keys(_ name: String) -> (strict: [UInt8], loose: [UInt8], skeleton: [UInt8]?)? {
        guard let w = words(name), !w.isEmpty else { return nil }
        let sw = strictWords(w)
        let strict = Array(sw.joined())
        guard !strict.isEmpty else { return nil }
        let loose = looseKey(strictWords: sw)
        return (strict, loose, skeletonKey(loose: loose))
    }

    static func strictKey(words w: [[UInt8]]) -> [UInt8] {
        Array(strictWords(w).joined())
    }

    /// Drops articles (never the last word) and applies the strict spelling rules to each word.
    static func strictWords(_ w: [[UInt8]]) -> [[UInt8]] {
        var kept: [[UInt8]] = []
        for (i, word) in w.enumerated() {
            if i < w.count - 1 && articles.contains(word) { continue }
            kept.append(word)
        }
        return kept.map(strictWord)
    }

    static func strictWord(_ w: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(w.count)
        var i = 0
        let a: UInt8 = 0x61, e: UInt8 = 0x65, o: UInt8 = 0x6F, u: UInt8 = 0x75, y: UInt8 = 0x79
        let iL: UInt8 = 0x69, d: UInt8 = 0x64, j: UInt8 = 0x6A, c: UInt8 = 0x63, h: UInt8 = 0x68
        let s: UInt8 = 0x73, q: UInt8 = 0x71, k: UInt8 = 0x6B
        while i < w.count {
            let ch = w[i]
            let next: UInt8 = i + 1 < w.count ? w[i + 1] : 0
            if ch == o && (next == u || next == o) {
                out.append(u); i += 2
            } else if ch == d && next == j {
                out.append(j); i += 2
            } else if ch == c && next == h {
                out.append(s); out.append(h); i += 2
            } else if ch == q {
                out.append(k); i += 1
            } else if (ch == a || ch == e) && (next == iL || next == y) {
                out.append(a); out.append(y); i += 2
            } else if ch == e && next == e {
                out.append(iL); i += 2
            } else {
                out.append(ch); i += 1
            }
        }
        return collapseDoubles(out)
    }

    static func collapseDoubles(_ w: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(w.count)
        for ch in w where out.last != ch { out.append(ch) }
        return out
    }

    static func isVowel(_ ch: UInt8) -> Bool {
        ch == 0x61 || ch == 0x65 || ch == 0x69 || ch == 0x6F || ch == 0x75
    }

    static func looseKey(strictWords: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for word in strictWords { out.append(contentsOf: looseWord(word)) }
        return out
    }

    static func looseWord(_ w: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(w.count)
        var i = 0
        let h: UInt8 = 0x68
        while i < w.count {
            let ch = w[i]
            let next: UInt8 = i + 1 < w.count ? w[i + 1] : 0
            if next == h, let mapped = digraph(ch) {
                out.append(mapped); i += 2
                continue
            }
            switch ch {
            case 0x79, 0x65: out.append(0x69)  // y, e → i
            case 0x6F, 0x77: out.append(0x75)  // o, w → u
            default: out.append(ch)
            }
            i += 1
        }
        out = collapseDoubles(out)
        if out.count > 2, out.last == h, isVowel(out[out.count - 2]) { out.removeLast() }
        return collapseDoubles(out)
    }

    /// The letter a digraph with `h` reduces to in the loose key (kh→h, gh→g, th→t, dh→d, sh→s).
    static func digraph(_ ch: UInt8) -> UInt8? {
        switch ch {
        case 0x6B: return 0x68
        case 0x67: return 0x67
        case 0x74: return 0x74
        case 0x64: return 0x64
        case 0x73: return 0x73
        default: return nil
        }
    }

    static func skeletonKey(loose: [UInt8]) -> [UInt8]? {
        guard let first = loose.first else { return nil }
        var out: [UInt8] = [first]
        for ch in loose.dropFirst() where !isVowel(ch) && ch != 0x68 && out.last != ch {
            out.append(ch)
        }
        return out.count >= 3 ? out : nil
    }
}

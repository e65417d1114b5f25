import Foundation

/// How a dictionary name must be capitalised in the text to match, decided per token from how the name is
/// written in the dictionary file.
enum CaseRule: UInt8, Sendable, Hashable {
    /// Written in lower case: any capitalisation matches ("police", "al-Shabaab").
    case any
    /// Written capitalised: the text's first letter must not be lower case ("Chad", "Turkey").
    case capitalized
    /// Written in capitals: the text must have no lower-case letters ("US" but not "us", "IDF").
    case upper

    /// The rule for a token as written in a dictionary.
    static func of(_ written: Substring) -> CaseRule {
        if written.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0
            var lower = false
            var firstUpper: Bool?
            for b in written.utf8 {
                let isUp = b >= 0x41 && b <= 0x5A
                let isLow = b >= 0x61 && b <= 0x7A
                guard isUp || isLow else { continue }
                letters += 1
                if isLow { lower = true }
                if firstUpper == nil { firstUpper = isUp }
            }
            if letters >= 1 && !lower && written.utf8.count >= 2 { return .upper }
            return firstUpper == true ? .capitalized : .any
        }
        var letters = 0
        var lower = false
        var firstUpper: Bool?
        for s in written.unicodeScalars where s.properties.isAlphabetic {
            letters += 1
            if s.properties.isLowercase { lower = true }
            if firstUpper == nil { firstUpper = s.properties.isUppercase }
        }
        if letters >= 1 && !lower && written.count >= 2 { return .upper }
        return firstUpper == true ? .capitalized : .any
    }

    /// Whether a token's text satisfies the rule.
    @inline(__always) func accepts(_ text: String) -> Bool {
        switch self {
        case .any: return true
        case .capitalized:
            for b in text.utf8 {
                if b >= 0x80 { break }
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { return true }
            }
            for s in text.unicodeScalars where s.properties.isAlphabetic { return !s.properties.isLowercase }
            return true
        case .upper:
            if text.utf8.allSatisfy({ $0 < 0x80 }) { return !text.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }
            for s in text.unicodeScalars where s.properties.isLowercase { return false }
            return true
        }
    }
}

/// Text helpers for dictionary names: the same lookup key the tokenizer puts in ``Token/norm``, the split of a
/// name into tokens, and spelling variants.
enum ActorText {
    /// Lower-cased, NFC, typographic apostrophes and dashes unified (the ``Token/norm`` convention).
    static func norm(_ s: Substring) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) {
            return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x2019, 0x2018, 0x201B, 0x02BC, 0x00B4, 0x0060: out.append("'")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: out.append("-")
            case 0x00AD, 0x200B, 0xFEFF: continue
            default: out.append(u)
            }
        }
        return String(out).lowercased().precomposedStringWithCanonicalMapping
    }

    /// The key with diacritics removed ("élysée" → "elysee"), or nil when it has none.
    static func folded(_ key: String) -> String? {
        guard key.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        let f = key.folding(options: [.diacriticInsensitive], locale: nil)
        return f == key ? nil : f
    }

    /// Splits a name as written into tokens the way the tokenizer would: on spaces, with a final "'s" and the
    /// apostrophe of a plural possessive ("Workers'") split off.
    static func tokens(_ name: String) -> [Substring] {
        var out: [Substring] = []
        for piece in name.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
            let p = Substring(piece)
            let u = Array(piece)
            let n = u.count
            if n > 2 && u[n - 2] == 0x27 && u[n - 1] == 0x73 {  // 's
                out.append(Substring(p.utf8.dropLast(2)))
                out.append(Substring(p.utf8.suffix(2)))
            } else if n > 4 && u[n - 4] == 0xE2 && u[n - 3] == 0x80 && u[n - 2] == 0x99 && u[n - 1] == 0x73 {  // ’s
                out.append(Substring(p.utf8.dropLast(4)))
                out.append(Substring(p.utf8.suffix(4)))
            } else if n > 2 && u[n - 2] == 0x73 && u[n - 1] == 0x27 {  // s'
                out.append(Substring(p.utf8.dropLast(1)))
                out.append(Substring(p.utf8.suffix(1)))
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// Arabic article prefixes written either joined ("al-Qassam") or apart ("al Qassam").
    static let articles: WordSet = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "ad-din"]

    /// Spelling variants of a tokenised name: the article written apart or joined, and without diacritics.
    static func variants(_ toks: [Substring]) -> [[Substring]] {
        var out: [[Substring]] = [toks]
        // "al-Qassam" → "al Qassam"
        var split: [Substring] = []
        var changed = false
        for t in toks {
            if let dash = t.firstIndex(of: "-"), t.utf8.distance(from: t.startIndex, to: dash) <= 6,
                articles.contains(t[..<dash].lowercased()), t.index(after: dash) < t.endIndex
            {
                split.append(t[..<dash])
                split.append(t[t.index(after: dash)...])
                changed = true
            } else {
                split.append(t)
            }
        }
        if changed { out.append(split) }
        // "al Qassam" → "al-Qassam"
        var joined: [Substring] = []
        changed = false
        var k = 0
        while k < toks.count {
            if k + 1 < toks.count, toks[k].utf8.count <= 6, articles.contains(toks[k].lowercased()), !toks[k + 1].contains("-") {
                joined.append(Substring(String(toks[k]) + "-" + String(toks[k + 1])))
                k += 2
                changed = true
            } else {
                joined.append(toks[k])
                k += 1
            }
        }
        if changed { out.append(joined) }
        for v in out where v.contains(where: { $0.utf8.contains { $0 >= 0x80 } }) {
            let f = v.map { Substring($0.folding(options: [.diacriticInsensitive], locale: nil)) }
            if f != v { out.append(f) }
        }
        return out
    }

    /// Parses a role date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the start or end of that period.
    static func bound(_ s: Substring, end: Bool) -> Day? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        if parts.count == 1 { return Day(year: y, month: end ? 12 : 1, day: end ? 31 : 1) }
        guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        if parts.count == 2 { return Day(year: y, month: m, day: end ? Day.daysIn(month: m, year: y) : 1) }
        guard parts[2].count == 2, let d = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Whether a string is a valid actor code: 3–15 capital letters or digits.
    static func isCode(_ s: Substring) -> Bool {
        (3...15).contains(s.utf8.count) && s.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// Whether a string is a sector: exactly three capital letters.
    static func isSector(_ s: Substring) -> Bool {
        s.utf8.count == 3 && s.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }
}

/// A string written from pieces straight into storage of their summed length. `String` appends check and grow the
/// storage piece by piece, which for the short pieces of a label or a mention's words costs more than the bytes.
struct Pieces {
    /// nil while measuring.
    private let out: UnsafeMutableBufferPointer<UInt8>?
    private(set) var count = 0

    private init(_ out: UnsafeMutableBufferPointer<UInt8>?) { self.out = out }

    mutating func add(_ s: String) {
        if let out { _ = UnsafeMutableBufferPointer(rebasing: out[count...]).initialize(fromContentsOf: s.utf8) }
        count += s.utf8.count
    }

    /// The string `write` adds up: it runs twice, once to measure and once to fill, so it must add the same
    /// pieces both times.
    static func string(_ write: (inout Pieces) -> Void) -> String {
        var measure = Pieces(nil)
        write(&measure)
        return String(unsafeUninitializedCapacity: measure.count) { buf in
            var fill = Pieces(buf)
            write(&fill)
            return fill.count
        }
    }
}

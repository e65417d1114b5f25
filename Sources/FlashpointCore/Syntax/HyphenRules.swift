/// Tag corrections for hyphenated tokens, which the treebank splits but the project's tokenizer keeps whole
/// ("al-Hilweh", "ech-Chaab", "decades-long", "Iran-backed").
enum HyphenRules {
    /// English prefixes that make adjectives or nouns of names ("pro-Iranian", "anti-American", "ex-President").
    static let prefixes: WordSet = [
        "pro", "anti", "non", "post", "pre", "ex", "neo", "pan", "mid", "trans", "inter", "intra", "sub", "super",
        "ultra", "counter", "semi", "multi", "cross", "self", "all", "quasi", "un", "re", "co", "vice", "pseudo",
    ]
    /// Final parts that make a pre-nominal compound an adjective ("decades-long", "state-run", "cross-border").
    static let adjectiveHeads: WordSet = [
        "long", "old", "wide", "run", "like", "free", "style", "term", "scale", "level", "sized", "year",
        "born", "made", "border", "ranking", "standing", "going", "time", "day", "hour", "week", "month",
    ]

    /// Parts of a token split at hyphens, or nil when it has none or an empty part.
    static func parts(_ word: String) -> [Substring]? {
        // Most words have no hyphen: look for one in the bytes (the UTF-8 view's `contains` is several times slower).
        var w = word
        guard w.withUTF8({ $0.contains(0x2D) }) else { return nil }
        let p = word.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count >= 2, !p.contains(where: \.isEmpty) else { return nil }
        return p
    }

    /// Rewrites tags of hyphenated words in place.
    static func apply(_ words: [String], _ tags: inout [UPOS]) {
        for i in words.indices {
            guard let p = parts(words[i]), let last = p.last, let first = p.first else { continue }
            let lastUpper = last.first.map { $0.isUppercase } ?? false
            let firstLower = first.lowercased()
            if lastUpper {
                // Transliterated names with a lower-case article or a capitalised first part: PROPN.
                if !prefixes.contains(firstLower) && (tags[i] == .noun || tags[i] == .adj || tags[i] == .x) {
                    tags[i] = .propn
                }
                continue
            }
            guard tags[i] == .noun || tags[i] == .propn || tags[i] == .verb else { continue }
            let next = i + 1 < words.count ? tags[i + 1] : .punct
            guard next == .noun || next == .propn || next == .adj || next == .num else { continue }
            let l = last.lowercased()
            if adjectiveHeads.contains(l) || l.hasSuffix("ed") || l.hasSuffix("ing") {
                tags[i] = .adj  // "decades-long conflict", "Iran-backed group", "peace-keeping force"
            }
        }
    }
}

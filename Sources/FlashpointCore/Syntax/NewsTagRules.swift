/// Tag corrections for news and incident-note style, which the treebank (web text) rarely shows: plural event
/// nouns opening a sentence ("Riots broke out", "Clashes erupted") and "tear gas".
enum NewsTagRules {
    /// Plural nouns of events that open news sentences; the tagger reads them as names or verbs when capitalised.
    static let eventPlurals: Set<String> = [
        "riots", "clashes", "protests", "demonstrations", "skirmishes", "attacks", "airstrikes", "strikes", "raids",
        "killings", "explosions", "talks", "negotiations", "shootings", "abductions", "kidnappings", "arrests",
        "fighting", "rioting", "looting", "shelling", "gunfire",
    ]

    /// Rewrites tags in place.
    static func apply(_ words: [String], _ tags: inout [UPOS]) {
        for i in words.indices {
            let w = words[i]
            guard let first = w.utf8.first else { continue }
            let lower = w.lowercased()
            if lower == "tear", i + 1 < words.count, words[i + 1].lowercased().hasPrefix("gas") {
                tags[i] = .noun
                continue
            }
            // A capitalised event plural at the start of a sentence or heading, followed by a verb or a preposition.
            guard first >= 0x41 && first <= 0x5A, eventPlurals.contains(lower) else { continue }
            let opening = i == 0 || tags[i - 1] == .punct
            let next = i + 1 < words.count ? tags[i + 1] : .punct
            if opening && (tags[i] == .propn || tags[i] == .verb)
                && (next == .verb || next == .aux || next == .adp || next == .punct)
            {
                tags[i] = .noun
            }
        }
    }
}

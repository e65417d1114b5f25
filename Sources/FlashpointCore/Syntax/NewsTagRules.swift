/// Tag corrections for news and incident-note style, which the treebank (web text) rarely shows: plural event
/// nouns opening a sentence ("Riots broke out", "Clashes erupted") and "tear gas".
enum NewsTagRules {
    /// Plural nouns of events that open news sentences; the tagger reads them as names or verbs when capitalised.
    static let eventPlurals: WordSet = [
        "riots", "clashes", "protests", "demonstrations", "skirmishes", "attacks", "airstrikes", "strikes", "raids",
        "killings", "explosions", "talks", "negotiations", "shootings", "abductions", "kidnappings", "arrests",
        "fighting", "rioting", "looting", "shelling", "gunfire",
    ]

    /// Verbs of incidents that headlines and notes put in the present tense ("Police attack raiders",
    /// "Mob kills suspected robber"), where the tagger, seeing no other verb, reads them as nouns.
    static let headlineVerbs: WordSet = [
        "gun", "guns", "target", "targets", "detonate", "detonates", "wound", "wounds", "overrun", "overruns",
        "explode", "explodes", "attack", "attacks", "kill", "kills", "raid", "raids", "shoot", "shoots", "ambush", "ambushes", "storm",
        "storms", "torch", "torches", "loot", "loots", "abduct", "abducts", "kidnap", "kidnaps", "block", "blocks",
        "clash", "clashes", "beat", "beats", "stone", "stones", "lynch", "lynches", "injure", "injures", "hack",
        "hacks", "invade", "invades", "arrest", "arrests", "disperse", "disperses", "protest", "protests", "burn",
        "burns", "murder", "murders", "behead", "beheads", "rob", "robs", "seize", "seizes", "march", "marches",
        "exchange", "exchanges", "fire", "fires",
    ]
    /// Headline verbs that are rarely nouns before another noun ("Residents lynch man", "Police shoot gunman").
    static let unambiguousHeadlineVerbs: WordSet = [
        "lynch", "lynches", "kill", "kills", "shoot", "shoots", "exchange", "exchanges", "abduct", "abducts",
        "kidnap", "kidnaps", "behead", "beheads", "torch", "torches", "loot", "loots", "ambush", "ambushes",
    ]

    static let harmParticiples: WordSet = [
        "shot", "gunned", "hacked", "beaten", "stabbed", "burned", "burnt", "clubbed", "stoned", "mowed", "cut",
    ]

    static let woundParticiples: WordSet = ["wounded", "injured", "hurt", "maimed", "attacked", "abducted", "kidnapped"]

    /// Rewrites tags in place.
    static func apply(_ words: [String], _ tags: inout [UPOS]) {
        // The rules ask for words in lower case again and again: each is lowered once, here.
        let lower = words.map(TextNormalizer.lowercased)
        // "IED explodes", "KDF troops": an acronym is a name, never a verb.
        for i in words.indices where tags[i] == .verb && words[i].utf8.count >= 2
            && words[i].utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
        {
            tags[i] = .propn
        }
        lowerCaseNameAfterTo(words, lower, &tags)
        headlineVerb(words, lower, &tags)
        verbAfterAuxiliary(lower, &tags)
        for i in words.indices where !words[i].isEmpty {
            let w = lower[i]
            if w == "tear", i + 1 < words.count, lower[i + 1].hasPrefix("gas") {
                tags[i] = .noun
                continue
            }
            // "Three people wounded by cattle rustlers": a harm participle with its agent is the headline's verb.
            if tags[i] == .adj, woundParticiples.contains(w), i + 1 < words.count, lower[i + 1] == "by" {
                tags[i] = .verb
                continue
            }
            // "shot dead", "gunned down", "hacked to death": a verb of harm and its result.
            if i + 1 < words.count, tags[i] != .verb, harmParticiples.contains(w) {
                let next = lower[i + 1]
                if next == "dead" || next == "down" || (next == "to" && i + 2 < words.count && lower[i + 2] == "death") {
                    tags[i] = .verb
                    continue
                }
            }
            // A capitalised event plural at the start of a sentence or heading, followed by a verb or a preposition.
            guard let first = words[i].utf8.first, first >= 0x41 && first <= 0x5A, eventPlurals.contains(w) else {
                continue
            }
            let opening = i == 0 || tags[i - 1] == .punct
            let next = i + 1 < words.count ? tags[i + 1] : .punct
            if opening && (tags[i] == .propn || tags[i] == .verb)
                && (next == .verb || next == .aux || next == .adp || next == .punct)
            {
                tags[i] = .noun
            }
        }
    }

    /// "attempted to rob passengers", "tried to lynch him": a lower-case word after "to" is no name (the tagger
    /// knows "Rob" and "Lynch" as names); it is the verb of an infinitive.
    static func lowerCaseNameAfterTo(_ words: [String], _ lower: [String], _ tags: inout [UPOS]) {
        for i in words.indices where i > 0 && tags[i] == .propn {
            guard let b = words[i].utf8.first, b >= 0x61 && b <= 0x7A, lower[i - 1] == "to" else { continue }
            tags[i] = .verb
            tags[i - 1] = .part
        }
    }

    /// A participle that modifies the noun after it ("neighbouring country", "wanted suspect") is not the
    /// clause's verb.
    static func isModifierParticiple(_ words: [String], _ tags: [UPOS], _ i: Int) -> Bool {
        guard tags[i] == .verb, i + 1 < words.count, tags[i + 1] == .noun else { return false }
        let w = words[i]
        guard w.hasSuffix("ing") || w.hasSuffix("ed") else { return false }
        return i == 0 || tags[i - 1] == .adj || tags[i - 1] == .det || tags[i - 1] == .adp || tags[i - 1] == .num
    }

    /// The first incident word after a subject, in a clause with no verb before it, followed by the start of an
    /// object ("a", "42", "Ethiopian", "Gamba", "them"): a verb. An incident word joined to it by "and" is one
    /// too ("abducts and kills 3 civilians"). `lower` holds the words lower-cased.
    static func headlineVerb(_ words: [String], _ lower: [String], _ tags: inout [UPOS]) {
        var sawVerb = false
        // "Vigilantes lynch four thieves": a capitalised plural opening the sentence before an incident word is
        // its subject, not a verb.
        if words.count > 2, tags[0] == .verb, words[0].hasSuffix("s"), headlineVerbs.contains(lower[1]) {
            tags[0] = .noun
        }
        for i in words.indices {
            if tags[i] == .verb || tags[i] == .aux {
                let w = lower[i]
                if w != "suspected" && w != "alleged" && !isModifierParticiple(words, tags, i) { sawVerb = true }
                continue
            }
            guard !sawVerb, i > 0, i + 1 < words.count, tags[i] == .noun || tags[i] == .propn else { continue }
            let word = lower[i]
            guard headlineVerbs.contains(word) else { continue }
            let before = tags[i - 1]
            let after = tags[i + 1]
            guard before == .noun || before == .propn else { continue }
            let thirdPerson = words[i].hasSuffix("s")
            let nextWord = lower[i + 1]
            let objectStart = after == .det || after == .num || after == .adj || after == .propn || after == .pron
                || ((thirdPerson || unambiguousHeadlineVerbs.contains(word)) && after == .noun)
                || nextWord == "suspected" || nextWord == "alleged" || (word.hasPrefix("exchange") && nextWord == "fire")
                || (Self.aimedVerbs.contains(word) && (nextWord == "on" || nextWord == "at"))
                || ((word == "gun" || word == "guns") && nextWord == "down")
                || ((word == "explode" || word == "explodes") && (nextWord == "in" || nextWord == "at" || nextWord == "near" || nextWord == "outside"))
                || (nextWord == "and" && (thirdPerson || unambiguousHeadlineVerbs.contains(word)) && i + 2 < words.count
                    && headlineVerbs.contains(lower[i + 2]))
                || ((word == "fire" || word == "fires") && Self.firedThings.contains(nextWord))
                || (!thirdPerson && after == .noun && Self.pluralSubject(lower[i - 1]))
                || ((word == "stone" || word == "stones") && nextWord == "to" && i + 2 < words.count && lower[i + 2] == "death")
            guard objectStart else { continue }
            tags[i] = .verb
            // "abducts and kills": the incident word coordinated with it.
            if i + 2 < words.count, tags[i + 1] == .cconj, tags[i + 2] == .noun || tags[i + 2] == .propn,
               headlineVerbs.contains(lower[i + 2])
            {
                tags[i + 2] = .verb
            }
            return
        }
    }

    /// What police and gunmen fire: "Police fire rubber bullets at protesters".
    static let firedThings: WordSet = [
        "rubber", "live", "tear", "teargas", "shots", "bullets", "warning", "gunshots", "rounds", "canisters", "water",
        "rockets", "mortars", "missiles", "grenades",
    ]

    /// A plural subject before a bare verb and its object: "drivers stone police", "Police seize explosives".
    /// `w` is the word lower-cased.
    static func pluralSubject(_ w: String) -> Bool {
        if w == "police" || w == "people" || w == "military" || w == "army" { return true }
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
    }

    /// Verbs aimed at a target with "at" or "on": "Gunmen shoot at a bus", "Police fire on protesters".
    static let aimedVerbs: WordSet = ["fire", "fires", "shoot", "shoots"]

    static let bareVerbAuxiliaries: WordSet = [
        "did", "does", "do", "will", "would", "could", "can", "should", "may", "might", "must", "shall", "wo", "ca",
    ]

    /// After "did not", "will", "could never" English has a bare verb: "Hezbollah did not fire rockets".
    /// `lower` holds the sentence's words lower-cased.
    static func verbAfterAuxiliary(_ lower: [String], _ tags: inout [UPOS]) {
        for i in lower.indices where i > 0 && (tags[i] == .noun || tags[i] == .propn) {
            var j = i - 1
            let w = lower[j]
            if w == "not" || w == "n't" || w == "never" {
                guard j > 0 else { continue }
                j -= 1
            }
            guard tags[j] == .aux, bareVerbAuxiliaries.contains(lower[j]) else { continue }
            // "the army did not" + NOUN: a subject must come before the auxiliary.
            guard j > 0, tags[j - 1] == .noun || tags[j - 1] == .propn || tags[j - 1] == .pron else { continue }
            tags[i] = .verb
        }
    }
}

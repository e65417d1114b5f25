/// Reads how many people a sentence reports killed: "killing three", "2 members were killed", "leaving 2
/// fatalities", "five people died", "a man was shot dead", "hacked a woman to death", "the bodies of three men".
///
/// Each count is a ``Report`` with the word that says the people died (its *cue*), so the caller can give it to
/// the event it belongs to. Counts that are not asserted ("dismissed reports that 14 people were shot dead",
/// "seven other deaths are feared") and people injured, arrested or missing are not counted. Plural victims
/// without a number ("killing civilians") give no count.
struct FatalityCounter {
    /// One count of dead in a sentence.
    struct Report: Equatable {
        /// How many people died.
        var count: Int
        /// The word that says they died ("killed", "fatalities", "dead").
        var cue: Int
        /// The head of a phrase or clause about another event that holds the cue ("after police killed two",
        /// "in revenge for two herders killed on Sunday"), if any.
        var separateContext: Int?
        /// Whether the count adds to deaths told before ("two more", "another three", "3 others").
        var isAdditional = false
    }

    /// Whether token j is a word for people, singular or plural ("Palestinians", "officers", "police").
    static func isPersonWord(_ j: Int, _ doc: Document) -> Bool {
        let l = doc.lemmas[j]
        let w = doc.tokens[j].norm
        if personNouns.contains(l) || personNouns.contains(w) || moreRoleNouns.contains(l) { return true }
        if w.hasSuffix("s") {
            let stem = String(w.dropLast())
            return personNouns.contains(stem) || moreRoleNouns.contains(stem)
        }
        return false
    }

    /// Whether the number at i is part of a date ("9 February", "March 3").
    static func isDatePart(at i: Int, width: Int, doc: Document, range: Range<Int>) -> Bool {
        let j = i + width
        if j < range.upperBound, DateVocabulary.months[doc.tokens[j].norm] != nil { return true }
        if i - 1 >= range.lowerBound, DateVocabulary.months[doc.tokens[i - 1].norm] != nil { return true }
        return false
    }

    /// The end of a conjoined phrase of people after "and" at k ("and a woman", "and his son", "and 1 child"),
    /// or nil.
    static func conjoinedPeople(after k: Int, doc: Document, range: Range<Int>) -> Int? {
        var j = k + 1
        var steps = 0
        while j < range.upperBound && steps < 4 {
            // A number in the conjunct counts for itself ("1 woman and 1 child were killed").
            if isPersonWord(j, doc) && doc.tags[j] != .verb {
                // The rest of a compound: "a police officer".
                var end = j + 1
                while end < range.upperBound && end - j <= 2, doc.tags[end] == .noun, isPersonWord(end, doc) { end += 1 }
                return end
            }
            guard [.det, .adj, .pron, .propn, .num].contains(doc.tags[j]) || doc.tokens[j].kind == .number else { return nil }
            j += 1
            steps += 1
        }
        return nil
    }

    /// Whether the number at i is an age: "a 43 year old man", "the 12-year-old".
    static func isAge(at i: Int, width: Int, doc: Document, range: Range<Int>) -> Bool {
        let j = i + width
        guard j < range.upperBound else { return false }
        let w = doc.tokens[j].norm
        if w.hasPrefix("year-old") || w.hasPrefix("-year") { return true }
        if (w == "year" || w == "years" || w == "yr" || w == "yrs"), j + 1 < range.upperBound {
            let n = doc.tokens[j + 1].norm
            return n == "old" || n.hasPrefix("-old")
        }
        return false
    }

    /// Whether a denial or dismissal comes shortly before a count ("dismissed reports that 14 people were shot
    /// dead", "denied that anyone was killed"), for sentences whose tree misses it.
    static func followsDoubt(_ start: Int, range: Range<Int>, doc: Document) -> Bool {
        // "7 other deaths are feared but unconfirmed"
        for k in start..<min(range.upperBound, start + 8) where unconfirmedWords.contains(doc.tokens[k].norm) {
            return true
        }
        var k = start - 1
        var looked = 0
        while k >= range.lowerBound && looked < 8 {
            let w = doc.tokens[k].norm
            if w == "." || w == ";" { return false }
            if doubtLemmas.contains(doc.lemmas[k]) || doubtForms.contains(w) {
                return true
            }
            k -= 1
            looked += 1
        }
        return false
    }

    /// Words that doubt a count after it, and lemmas and forms of denial before it (word lists built once, not
    /// an array literal per word looked at).
    static let unconfirmedWords: WordSet = ["unconfirmed", "unverified"]
    static let doubtLemmas: WordSet = ["deny", "dismiss", "reject", "refute", "rule", "unconfirmed", "rumour", "rumor"]
    static let doubtForms: WordSet = ["denied", "dismissed", "rejected", "refuted", "denies", "dismisses", "unconfirmed"]

    /// A word just before a phrase that puts it in another, earlier event: "protest after a student drowned".
    static func followsSeparateMarker(_ start: Int, range: Range<Int>, doc: Document) -> Bool {
        var k = start - 1
        if k >= range.lowerBound, articles.contains(doc.tokens[k].norm) { k -= 1 }
        guard k >= range.lowerBound else { return false }
        return earlierEventMarkers.contains(doc.tokens[k].norm)
    }

    static let articles: WordSet = ["the", "a", "an"]
    static let earlierEventMarkers: WordSet = ["after", "following", "over", "for", "avenge"]

    /// Whether the number at i counts part of a figure given before: "killing 11, including 6 children", "3
    /// members of one family".
    static func isSubset(at i: Int, doc: Document, range: Range<Int>) -> Bool {
        // "members of one family"
        if i - 2 >= range.lowerBound, doc.tokens[i - 1].norm == "of", isPersonWord(i - 2, doc),
            doc.tokens[i - 2].norm.hasSuffix("s")
        {
            return true
        }
        for k in max(range.lowerBound, i - 3)..<i {
            let w = doc.tokens[k].norm
            if w == "including" || w == "includes" || w == "include" || w == "among" { return true }
        }
        return false
    }

    /// Whether the number at i is another estimate of a count given just before: "six (or seven) officers",
    /// "between 6 and 10 deaths" (the first figure is kept).
    static func isAlternative(at i: Int, doc: Document, range: Range<Int>) -> Bool {
        guard i - 1 >= range.lowerBound else { return false }
        let w1 = doc.tokens[i - 1].norm
        if w1 == "or" { return true }
        if i - 2 >= range.lowerBound, w1 == "even" || w1 == "perhaps" || w1 == "possibly", doc.tokens[i - 2].norm == "or" { return true }
        if (w1 == "and" || w1 == "to" || w1 == "-"), i - 3 >= range.lowerBound, doc.tokens[i - 3].norm == "between"
            || (w1 != "and" && doc.tokens[i - 2].kind == .number)
        {
            return i - 2 >= range.lowerBound && number(at: i - 2, doc: doc, end: range.upperBound) != nil
        }
        return false
    }

    /// Whether the number at i adds to a count told before: "another three", "two more people", "3 others".
    static func isAdditional(at i: Int, width: Int, doc: Document, range: Range<Int>) -> Bool {
        if doc.tokens[i].norm == "another" { return true }
        for k in max(range.lowerBound, i - 2)..<min(range.upperBound, i + width + 2) where k < i || k >= i + width {
            if additionWords.contains(doc.tokens[k].norm) { return true }
        }
        return false
    }

    static let additionWords: WordSet = ["another", "more", "other", "others", "further", "additional", "also"]

    static let numberWords: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "both": 2, "another": 1, "single": 1,
    ]
    /// Words after which a number counts the dead.
    static let deathWords: WordSet = ["kill", "dead", "die", "death", "fatality", "fatal", "body", "corpse", "slay", "behead", "lynch", "massacre", "murder", "execute", "assassinate", "martyr", "perish", "drown", "toll", "casualty"]
    static let injuryWords: WordSet = ["injure", "wound", "hurt", "injury", "injured", "wounded", "arrest", "abduct", "kidnap", "displace", "detain", "rescue", "evacuate", "missing", "hospitalize", "hospitalise"]
    /// Nouns that count the dead by themselves ("2 fatalities", "5 bodies").
    static let deathNouns: WordSet = ["fatality", "fatalities", "dead", "death", "deaths", "body", "bodies", "corpse", "corpses"]
    /// Nouns for people that may follow the number ("three civilians", "2 members").
    static let personNouns: WordSet = [
        "person", "people", "civilian", "man", "woman", "child", "boy", "girl", "member", "soldier", "officer",
        "policeman", "militant", "fighter", "resident", "villager", "student", "palestinian", "israeli", "kenyan",
        "protester", "demonstrator", "rioter", "attacker", "gunman", "suspect", "worker", "farmer", "herder",
        "teacher", "trader", "passenger", "police", "security", "personnel", "individual", "family", "relative",
        "journalist", "doctor", "paramedic", "baby", "infant", "teenager", "youth", "elder", "pupil", "guard",
        "troop", "militiaman", "bandit", "raider", "herdsman", "pastoralist", "refugee", "victim", "customer",
        "driver", "motorist", "child", "son", "daughter", "brother", "wife", "husband", "father", "mother",
    ]
    /// Verbs that say someone was killed.
    static let killVerbs: WordSet = [
        "kill", "murder", "slay", "lynch", "assassinate", "behead", "massacre", "strangle", "slaughter", "butcher",
    ]
    /// Verbs that say someone died.
    static let dieVerbs: WordSet = ["die", "perish", "drown", "succumb"]
    /// Verbs that kill with "dead" or "to death" ("shot dead", "hacked to death") or "down" ("gunned down").
    static let mannerVerbs: WordSet = [
        "shoot", "hack", "stab", "beat", "burn", "stone", "club", "crush", "gun", "cut", "torture", "starve",
        "trample", "lynch", "bludgeon", "batter", "chop", "slash", "find",
    ]
    /// Governing words that say the deaths did not happen or are not established.
    static let doubtingGovernors: WordSet = [
        "deny", "dismiss", "reject", "refute", "unconfirmed", "rumour", "rumor", "threaten", "threat", "plan",
        "plot", "attempt", "try", "vow", "intend", "aim", "seek", "want", "fail", "prevent", "foil",
    ]
    /// Verbs whose complement is a crime someone is blamed for, not deaths of the event at hand ("accused of
    /// killing his father", "suspected of killing a guard"); only as verbs, not "suspected gunmen".
    static let blamingGovernors: WordSet = ["accuse", "suspect", "allege", "charge", "convict", "blame", "arrest", "sentence", "jail", "try"]
    /// Words whose object is an earlier event they react to ("protest the killing of", "avenge the murder of").
    static let reactionWords: WordSet = [
        "protest", "condemn", "denounce", "mourn", "investigate", "probe", "decry", "demonstrate", "avenge",
        "revenge", "retaliate", "retaliation", "commemorate", "mark", "outrage", "anger", "inquiry", "investigation",
    ]
    /// Markers of a phrase about another event ("after", "following the killing of two").
    static let separateMarkers: WordSet = ["after", "following", "since", "over", "against", "for", "before"]

    // MARK: - Counting

    /// The number of people reported killed in a sentence, or nil when none is stated.
    static func count(in doc: Document, sentence s: Int) -> Int? {
        let found = reports(in: doc, sentence: s)
        return found.isEmpty ? nil : found.reduce(0) { $0 + $1.count }
    }

    /// Every count of dead in a sentence, in text order.
    static func reports(in doc: Document, sentence s: Int) -> [Report] {
        let range = doc.sentences[s].tokens
        guard range.contains(where: { mayCueDeath(doc, $0) }) else { return [] }
        let g = SentenceGraph(doc: doc, sentence: s)
        var out: [Report] = []
        var counted = Set<Int>()  // number tokens already used
        var numberedCues = Set<Int>()
        // "(and 3 civilians - coded separately)": a coder's aside says those deaths are another event's.
        let elsewhere = codedElsewhere(range, doc: doc)
        let isElsewhere = { (k: Int) in elsewhere.contains { $0.contains(k) } }
        var i = range.lowerBound
        while i < range.upperBound {
            if let (n, width) = number(at: i, doc: doc, end: range.upperBound), !isAlternative(at: i, doc: doc, range: range),
                !isAge(at: i, width: width, doc: doc, range: range), !isDatePart(at: i, width: width, doc: doc, range: range),
                !isSubset(at: i, doc: doc, range: range),
                let cue = credit(number: n, at: i, width: width, doc: doc, range: range)
            {
                numberedCues.insert(cue)
                if isAsserted(cue, g) && !followsDoubt(min(i, cue), range: range, doc: doc) && !isElsewhere(i) && !isElsewhere(cue) {
                    let context = separateContext(of: cue, g)
                        ?? (followsSeparateMarker(min(i, cue), range: range, doc: doc) ? cue : nil)
                    out.append(Report(count: n, cue: cue, separateContext: context,
                        isAdditional: isAdditional(at: i, width: width, doc: doc, range: range)))
                }
                for k in i..<(i + width) { counted.insert(k) }
                i += width
                continue
            }
            i += 1
        }
        // Victims without a number: "a man was shot dead", "hacked a woman to death", "the suspect was killed".
        for k in range where doc.tags[k] == .verb && !numberedCues.contains(k) {
            guard let victims = victims(of: k, g) else { continue }
            for v in victims {
                if g.subtree(v).contains(where: { counted.contains($0) }) { continue }
                guard let n = people(in: v, g, byKillVerb: !dieVerbs.contains(g.lemma(k))), n > 0 else { continue }
                for t in g.subtree(v) { counted.insert(t) }
                if isAsserted(k, g) && !isElsewhere(k) {
                    out.append(Report(count: n, cue: k, separateContext: separateContext(of: k, g),
                        isAdditional: g.children(v).contains { ["another", "other", "more", "further"].contains(g.doc.tokens[$0].norm) }))
                }
            }
        }
        // Words only: "kills civilian", "the suspect was shot dead", "a guard is shot and killed", "burnt John
        // Kamau to death" (for sentences the parser gets wrong).
        for i in range where !counted.contains(i) {
            guard let (start, end) = singularVictim(at: i, doc: doc, range: range) else { continue }
            if (start..<end).contains(where: { counted.contains($0) }) { continue }
            guard let cue = deathBefore(start, end: end, doc: doc, range: range) ?? deathAfter(end, doc: doc, range: range),
                !numberedCues.contains(cue), !out.contains(where: { $0.cue == cue })
            else { continue }
            for t in start..<end { counted.insert(t) }
            if isAsserted(cue, g) && !followsDoubt(min(start, cue), range: range, doc: doc) && !isElsewhere(start) && !isElsewhere(cue) {
                let context = separateContext(of: cue, g) ?? (followsSeparateMarker(start, range: range, doc: doc) ? cue : nil)
                out.append(Report(count: 1, cue: cue, separateContext: context))
            }
        }
        // "was shot dead along with two bodyguards and a driver": the companions died too.
        for k in range where doc.tokens[k].norm == "with" && k - 1 >= range.lowerBound
            && ["along", "together"].contains(doc.tokens[k - 1].norm)
        {
            guard let r = out.indices.last(where: { out[$0].cue < k && k - out[$0].cue <= 8 }) else { continue }
            out[r].count += companions(after: k, doc: doc, range: range)
        }
        return out.sorted { $0.cue < $1.cue }
    }

    /// Nouns of a time phrase that can sit inside a verb group ("were last night killed").
    static let timeNouns: WordSet = ["night", "week", "weekend", "evening", "morning", "afternoon", "month", "year"]

    /// Things counted beside the dead ("25 houses were burned and two people were killed"): a number of them is
    /// no toll.
    static let countedThings: WordSet = [
        "house", "home", "hut", "building", "structure", "shop", "vehicle", "car", "truck", "bus", "school", "church",
        "mosque", "tent", "animal", "cattle", "cow", "goat", "sheep", "camel", "donkey", "livestock", "head",
    ]

    /// Parenthetical asides in which a coder says their deaths are counted in another event: "(and 3 civilians -
    /// coded separately)", "(Police intervened killing 4 suspected members, coded seperately)". The aside runs
    /// from "(" to ")" or the end of the sentence.
    static func codedElsewhere(_ range: Range<Int>, doc: Document) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: Int?
        var coded = false
        var separate = false
        func close(_ end: Int) {
            if let o = open, coded && separate { spans.append(o..<end) }
            open = nil
        }
        for k in range {
            let w = doc.tokens[k].norm
            if w == "(" {
                open = k
                coded = false
                separate = false
            } else if w == ")" {
                close(k)
            } else if open != nil {
                if w == "coded" { coded = true }
                if w.hasPrefix("sep") && w.contains("rat") { separate = true }
            }
        }
        close(range.upperBound)
        return spans
    }

    /// The people named after "along with": "two bodyguards and a driver" (3), "his companion" (1).
    static func companions(after k: Int, doc: Document, range: Range<Int>) -> Int {
        var total = 0
        var j = k + 1
        while j < range.upperBound {
            var n = 1
            if let (value, width) = number(at: j, doc: doc, end: range.upperBound) {
                n = value
                j += width
            } else if ["his", "her", "their", "the", "a", "an"].contains(doc.tokens[j].norm) {
                j += 1
            } else {
                break
            }
            var steps = 0
            while j < range.upperBound && steps < 3 && !isPersonWord(j, doc)
                && [.adj, .noun, .propn].contains(doc.tags[j]) && !(doc.tags[j] == .noun && personSuffix(doc.lemmas[j]))
            {
                j += 1
                steps += 1
            }
            guard j < range.upperBound, isPersonWord(j, doc) || (doc.tags[j] == .noun && personSuffix(doc.lemmas[j]))
            else { break }
            total += n
            j += 1
            guard j < range.upperBound, doc.tokens[j].norm == "and" else { break }
            j += 1
        }
        return total
    }

    /// Whether token i could start a report: a death word or a number (cheap pre-check).
    /// Lemmas that may cue a death: the death words, kill and die verbs, and "gun" (one look-up instead of three).
    private static let deathCueLemmas: WordSet = deathWords.union(killVerbs).union(dieVerbs).union(["gun"])
    /// Word forms that may cue a death: the death nouns, "killing" and "killed".
    private static let deathCueWords: WordSet = deathNouns.union(["killing", "killed"])

    private static func mayCueDeath(_ doc: Document, _ i: Int) -> Bool {
        deathCueLemmas.contains(doc.lemmas[i]) || deathCueWords.contains(doc.tokens[i].norm)
    }

    /// A number starting at token i: digits ("28", "1,200") or words ("three", "twenty-five").
    static func number(at i: Int, doc: Document, end: Int) -> (Int, Int)? {
        let t = doc.tokens[i]
        if t.kind == .number {
            if let n = digitsValue(t.norm), n < 100_000 { return (n, 1) }
            return nil
        }
        if let n = numberWords[t.norm] {
            if (t.norm == "a" || t.norm == "an") { return (1, 1) }
            return (n, 1)
        }
        // Only a word with a hyphen byte can split in two ("twenty-five"): spare the split for the others.
        guard t.norm.utf8.contains(0x2D) else { return nil }
        let parts = t.norm.split(separator: "-")
        if parts.count == 2, let a = numberWords[String(parts[0])], let b = numberWords[String(parts[1])], a >= 20, b < 10 {
            return (a + b, 1)
        }
        return nil
    }

    /// The value of a number's text with its thousands commas dropped ("1,200" → 1200). Only a text with a comma
    /// byte is rebuilt without its commas: the Character filter copies the text, and most numbers have none.
    static func digitsValue(_ norm: String) -> Int? {
        guard norm.utf8.contains(0x2C) else { return Int(norm) }
        return Int(norm.filter { $0 != "," })
    }

    /// Whether the number at i counts deaths; returns the death word it hangs on.
    private static func credit(number n: Int, at i: Int, width: Int, doc: Document, range: Range<Int>) -> Int? {
        let isArticle = doc.tokens[i].norm == "a" || doc.tokens[i].norm == "an" || doc.tokens[i].norm == "another"
        // What someone is said to be is no one else: "a man suspected to be a thief", "identified as a teacher".
        if isArticle, i - 1 >= range.lowerBound, predicateMarkers.contains(doc.tokens[i - 1].norm) { return nil }
        // What follows the number: up to three modifiers then a person noun, then the verb group.
        var j = i + width
        var sawPerson = false
        var sawThing = false
        var steps = 0
        // "two of his colleagues", "three of the victims"
        if !isArticle, j + 1 < range.upperBound, doc.tokens[j].norm == "of" {
            var k = j + 1
            var skipped = 0
            while k < range.upperBound && skipped < 4,
                [.det, .pron, .adj, .noun, .propn, .num].contains(doc.tags[k]) || doc.tokens[k].norm == "own"
            {
                if personNouns.contains(doc.lemmas[k]) { sawPerson = true }
                k += 1
                skipped += 1
            }
            if sawPerson { j = k }
        }
        while !sawPerson && j < range.upperBound && steps < 4 {
            let l = doc.lemmas[j]
            if deathNouns.contains(doc.tokens[j].norm) || deathNouns.contains(l) { break }
            // "60 wounded", but not "a displaced Palestinian"
            if (injuryWords.contains(l) || injuryWords.contains(doc.tokens[j].norm)) && l != "displace" && doc.tokens[j].norm != "displaced" {
                return nil
            }
            // "a boda boda operator": after an article, a noun of agent ending the phrase is a person too.
            let agentNoun = isArticle && doc.tags[j] == .noun && personSuffix(l)
                && !(j + 1 < range.upperBound && doc.tags[j + 1] == .noun)
            if (isPersonWord(j, doc) && doc.tags[j] != .verb) || agentNoun {
                sawPerson = true
                j += 1
                // The rest of a compound: "police officers", "Kenyan police officer".
                var more = 0
                while j < range.upperBound && more < 2, doc.tags[j] == .noun || doc.tags[j] == .propn
                    || (personNouns.contains(doc.lemmas[j]) && doc.tags[j] != .verb),
                    !deathNouns.contains(doc.tokens[j].norm), !injuryWords.contains(doc.lemmas[j]), !isMannerWord(j, doc),
                    !killForms.contains(doc.tokens[j].norm)
                {
                    j += 1
                    more += 1
                }
                break
            }
            if doc.tags[j] == .adj || doc.tags[j] == .propn || doc.tags[j] == .noun || doc.tags[j] == .num {
                // "25 houses were burned and two people were killed": a number of things counts no dead.
                // (the head noun only: "9 cattle rustlers shot dead" counts the rustlers)
                if countedThings.contains(l), !(j + 1 < range.upperBound && [.noun, .propn].contains(doc.tags[j + 1])) { sawThing = true }
                j += 1
                steps += 1
                continue
            }
            // "8 suspected Mungiki members", "two armed men": a participle before a noun.
            if doc.tags[j] == .verb, doc.tokens[j].norm.hasSuffix("ed"), j + 1 < range.upperBound,
                [.noun, .propn, .adj].contains(doc.tags[j + 1])
            {
                j += 1
                steps += 1
                continue
            }
            break
        }
        if isArticle && !sawPerson { return nil }
        // "2 fatalities", "3 dead", "5 bodies", "12 deaths"
        if !sawPerson, j < range.upperBound {
            let l = doc.lemmas[j]
            if ["fatality", "dead", "death", "body", "corpse"].contains(l) || deathNouns.contains(doc.tokens[j].norm) {
                return j
            }
        }
        // After the noun phrase: "were killed", "was shot dead", "died", "are dead", "killed" (reduced relative).
        var k = j
        var looked = 0
        while k < range.upperBound && looked < 5 {
            let l = doc.lemmas[k]
            let w = doc.tokens[k].norm
            if injuryWords.contains(l) || injuryWords.contains(w) || ["escape", "survive", "avoid", "cheat"].contains(l) {
                return nil
            }
            if w == "and" || w == "," {
                // "was shot and killed"
                if w == "and", k + 1 < range.upperBound, killForms.contains(doc.tokens[k + 1].norm) {
                    k += 1
                    looked += 1
                    continue
                }
                // "a child and a woman were killed": the conjoined people share the verb (and count for themselves).
                if w == "and", let end = conjoinedPeople(after: k, doc: doc, range: range) {
                    k = end
                    looked += 1
                    continue
                }
                break
            }
            // "3 members of one family were killed"
            // ("a family of 3 were killed": the number after a singular noun is the count, not this phrase)
            if w == "of", k == j, k + 1 < range.upperBound, k - 1 >= range.lowerBound {
                var m = k + 1
                var numbered = false
                while m < range.upperBound && m - k <= 3, [.det, .num, .adj, .noun, .propn].contains(doc.tags[m]) {
                    if doc.tokens[m].kind == .number || doc.tags[m] == .num { numbered = true }
                    m += 1
                }
                if numbered && !doc.tokens[k - 1].norm.hasSuffix("s") { break }
                if m > k + 1 {
                    k = m
                    looked += 1
                    continue
                }
            }
            // "a prisoner released on pardon is lynched", "a member of the intelligence service is killed"
            if k == j, sawPerson, let aux = auxiliaryAfterModifier(k, doc: doc, range: range) {
                k = aux
                looked += 1
                continue
            }
            // "12 civilians (including children) were killed"
            if w == "(", let close = (k + 1..<min(range.upperBound, k + 10)).first(where: { doc.tokens[$0].norm == ")" }) {
                k = close + 1
                looked += 1
                continue
            }
            // "was burnt to death"
            if w == "to", k + 1 < range.upperBound, doc.tokens[k + 1].norm == "death", k > j { return k - 1 }
            // "were gunned down" (in "three officers gun down a suspect" the number counts the killers)
            if w == "down", k > j + 1, doc.lemmas[k - 1] == "gun", doc.tags[k - 2] == .aux { return k - 1 }
            if isMannerWord(k, doc) && l != "find" && doc.tags[k] != .verb {
                k += 1
                looked += 1
                continue
            }
            if deathWords.contains(l) || w == "dead" || w == "killed" || w == "kia" {
                if l == "toll" || l == "casualty" { return nil }
                // "three gunmen shot and killed a guard": the number counts the killers.
                if isActiveKilling(from: j, at: k, doc: doc, range: range) { return nil }
                if sawThing && !sawPerson { return nil }
                return sawPerson || doc.tags[k] == .verb || w == "dead" ? k : nil
            }
            // "were last night killed", "were this morning shot dead": a time phrase inside the verb group.
            if k > j, doc.tags[k - 1] == .aux, ["last", "this", "early", "late"].contains(w), k + 1 < range.upperBound,
                Self.timeNouns.contains(doc.tokens[k + 1].norm)
            {
                k += 2
                looked += 1
                continue
            }
            if !(doc.tags[k] == .aux || doc.tags[k] == .adv || doc.tags[k] == .part || doc.tags[k] == .verb || w == "reportedly") { break }
            k += 1
            looked += 1
        }
        // "hacked a woman to death", "stoned two suspected thieves to death": the verb before the number kills.
        if sawPerson, j + 1 < range.upperBound, doc.tokens[j].norm == "to", doc.tokens[j + 1].norm == "death" {
            var b = i - 1
            while b >= range.lowerBound && i - b <= 3, ["at", "least", "about", "some", "the", "his", "her", "their"].contains(doc.tokens[b].norm) {
                b -= 1
            }
            if b >= range.lowerBound, isMannerWord(b, doc) || doc.tags[b] == .verb, !injuryWords.contains(doc.lemmas[b]) {
                return b
            }
        }
        // Before the number: "killing three", "killed 5 people", "death toll rose to 12", "leaving 2 dead",
        // "shot dead two", "the bodies of three men".
        var b = i - 1
        var back = 0
        while b >= range.lowerBound && back < 6 {
            let l = doc.lemmas[b]
            let w = doc.tokens[b].norm
            if injuryWords.contains(l) { return nil }
            // "gunned down an al-Shabaab suspect", "gun down two raiders"
            if w == "down", b - 1 >= range.lowerBound, doc.lemmas[b - 1] == "gun" {
                return sawPerson ? b - 1 : nil
            }
            if ["kill", "slay", "behead", "massacre", "murder", "execute", "claim", "toll", "body", "corpse", "death"].contains(l)
                || w == "killing" || w == "killed" || w == "dead" || w == "bodies" || w == "deaths"
            {
                // "shooting dead 3", "shot dead three suspected pirates": the manner verb kills.
                if w == "dead", b - 1 >= range.lowerBound, isMannerWord(b - 1, doc), !injuryWords.contains(doc.lemmas[b - 1]) {
                    return b - 1
                }
                // "the death of four", "the deaths of two": the number right after "of" counts the dead.
                let deathOf = (l == "death" || w == "deaths") && b + 2 == i && doc.tokens[b + 1].norm == "of"
                if (l == "claim" || l == "body" || l == "corpse" || w == "bodies" || w == "dead" || l == "death" || w == "deaths")
                    && !sawPerson && !deathOf { return nil }
                if isArticle && !sawPerson { return nil }
                return b
            }
            // "killing a woman and her 4 children": back over the first conjunct (people, not "killed and 60").
            let overConjunct = (w == "and" && b - 1 >= range.lowerBound && isPersonWord(b - 1, doc) && doc.tags[b - 1] != .verb)
                || (["her", "his", "their"].contains(w) && back == 0)
                || (["a", "an"].contains(w) && back > 0)
                || (isPersonWord(b, doc) && doc.tags[b] != .verb && back > 0)
                // "killing three civilians and five police": back over the first conjunct's number too.
                || (back > 1 && (doc.tokens[b].kind == .number || (numberWords[w] != nil && w != "a" && w != "an")))
            if overConjunct && back < 5 {
                b -= 1
                back += 1
                continue
            }
            if ["to", "at", "of", "the", "rise", "reach", "stand", "stood", "rose", "climb", "least", "about", "around",
                "nearly", "almost", "over", "some", "more", "than", "up", "approximately", "life", "lives", "another"].contains(w) || ["rise", "reach", "stand", "climb"].contains(l)
            {
                b -= 1
                back += 1
                continue
            }
            break
        }
        return nil
    }

    // MARK: - Victims of a killing verb

    /// The people a death verb is about: the object of "killed"/"shot dead", the subject of "died" or of a passive
    /// "was killed", the noun a reduced relative "man killed in…" modifies. Nil when k is no death verb.
    static func victims(of k: Int, _ g: SentenceGraph) -> [Int]? {
        guard let found = victimHeads(of: k, g) else { return nil }
        return onePhraseUnlessJoined(found, g)
    }

    /// Two subjects of one verb with no "and" between them are one phrase the parser split ("Top athlete Ngetich
    /// was killed", "ODM candidate, James Orengo, was killed"): the first stands for both; one with a number wins.
    static func onePhraseUnlessJoined(_ heads: [Int], _ g: SentenceGraph) -> [Int] {
        guard heads.count > 1, let lo = heads.min(), let hi = heads.max() else { return heads }
        if (lo..<hi).contains(where: { ["and", "&", "or", "plus"].contains(g.doc.tokens[$0].norm) }) { return heads }
        let counted = heads.first { h in g.children(h).contains { g.rel($0) == .nummod } }
        return [counted ?? lo]
    }

    private static func victimHeads(of k: Int, _ g: SentenceGraph) -> [Int]? {
        let l = g.lemma(k)
        let kids = g.children(k)
        let die = dieVerbs.contains(l)
        var kill = killVerbs.contains(l)
        if !kill && !die && mannerVerbs.contains(l) {
            // "shot dead", "hacked to death", "gunned down", "found dead"
            kill = kids.contains { c in
                let w = g.doc.tokens[c].norm
                if w == "dead" { return true }
                if w == "down" && l == "gun" { return true }
                return g.lemma(c) == "death" && g.marker(c) == "to"
            }
            if l == "find" && kill {
                return kids.filter { g.rel($0) == .nsubjPass || g.rel($0) == .obj }
            }
        }
        guard kill || die else { return nil }
        if die { return kids.filter { g.baseRel($0) == .nsubj } }
        if g.isPassive(k) {
            let subj = kids.filter { g.rel($0) == .nsubjPass }
            if !subj.isEmpty { return subj }
        } else {
            let objs = kids.filter { g.rel($0) == .obj }
            if !objs.isEmpty { return objs }
            // A passive the parser missed ("Two men were in the evening hours shot dead"): "be" and no object.
            if kids.contains(where: { g.lemma($0) == "be" && (g.rel($0) == .cop || g.rel($0) == .aux) }) {
                let subj = kids.filter { g.rel($0) == .nsubj }
                if !subj.isEmpty { return subj }
            }
        }
        let r = g.rel(k)
        // "a man killed in a raid": the reduced relative's noun.
        if (r == .acl || r == .amod), let h = g.head(k), g.tag(h) == .noun || g.tag(h) == .propn { return [h] }
        // "was shot and killed": the conjunct shares the first verb's victim.
        if r == .conj, let h = g.head(k) {
            let hk = g.children(h)
            if g.isPassive(h) { return hk.filter { g.rel($0) == .nsubjPass } }
            return hk.filter { g.rel($0) == .obj }
        }
        // Headline style "Man killed during argument": a past participle with a subject and no object.
        if g.doc.tokens[k].norm.hasSuffix("ed"), !kids.contains(where: { g.rel($0) == .aux }) {
            return kids.filter { g.rel($0) == .nsubj && g.tag($0) == .noun && !isPlural($0, g) }
        }
        return []
    }

    /// Forms of the verbs in ``mannerVerbs`` that the tagger may take for nouns or adjectives ("was shot",
    /// "was burnt").
    static let mannerForms: WordSet = [
        "shot", "shoots", "shooting", "burnt", "burned", "hacked", "stabbed", "beaten", "stoned", "clubbed",
        "crushed", "gunned", "tortured", "starved", "trampled", "bludgeoned", "battered", "chopped", "slashed",
    ]

    static func isMannerWord(_ k: Int, _ doc: Document) -> Bool {
        mannerVerbs.contains(doc.lemmas[k]) || mannerForms.contains(doc.tokens[k].norm)
    }

    /// Inflected forms that say someone was killed, whatever the tagger made of them.
    static let killForms: WordSet = [
        "kill", "kills", "killed", "killing", "murder", "murders", "murdered", "murdering", "lynch", "lynches",
        "lynched", "lynching", "assassinate", "assassinates", "assassinated", "behead", "beheads", "beheaded",
        "slay", "slays", "slew", "slain", "strangled", "strangles",
    ]

    /// Whether the killing word at k, after a subject phrase ending at j, is active: the subject did the killing
    /// ("gunmen kill a man", "raiders killed two herders", "attackers shoot and kill") rather than died
    /// ("were killed", "killed in the raid", "died").
    /// Words after a killing verb that show it has no object (whatever the tagger says).
    static let notObjectWords: WordSet = [
        "in", "at", "on", "near", "during", "by", "after", "before", "when", "while", "as", "and", "inside",
        "outside", "following", "from", "with", "amid", "over", "since", "last", "yesterday", "today", "overnight",
    ]

    static func isActiveKilling(from j: Int, at cue: Int, doc: Document, range: Range<Int>) -> Bool {
        var k = cue
        // "shot dead two men": the manner verb decides.
        if doc.tokens[cue].norm == "dead", cue - 1 >= j, isMannerWord(cue - 1, doc) {
            if cue + 1 < range.upperBound {
                var next = cue + 1
                while next < range.upperBound, ["at", "least", "more", "than", "about", "some", "nearly", "over", "up", "to"].contains(doc.tokens[next].norm) {
                    next += 1
                }
                if next < range.upperBound, [.det, .num, .pron, .propn, .noun].contains(doc.tags[next]),
                    !notObjectWords.contains(doc.tokens[next].norm)
                {
                    for t in j..<(cue - 1) where ["was", "were", "is", "are", "been", "be", "being"].contains(doc.tokens[t].norm) {
                        return false
                    }
                    return true
                }
            }
            k = cue - 1
        }
        let w = doc.tokens[k].norm
        guard killForms.contains(w) || isMannerWord(k, doc) else { return false }
        for t in j..<k {
            let n = doc.tokens[t].norm
            if ["was", "were", "is", "are", "been", "be", "being", "got", "get", "gets"].contains(n) { return false }
        }
        // A bare form ("kill", "kills", "shoot") with nothing passive before it is active.
        if !w.hasSuffix("ed") && w != "slain" && w != "shot" && w != "slew" { return true }
        // "killed a man", "murdered two": a past form with an object.
        guard k + 1 < range.upperBound else { return false }
        let next = k + 1
        if notObjectWords.contains(doc.tokens[next].norm) { return false }
        switch doc.tags[next] {
        case .det, .num, .pron, .propn: return doc.tokens[next].norm != "by"
        case .noun: return true
        default: return false
        }
    }

    /// A singular person named without a number at i: "(the|his|her|this) (modifiers) guard", or a name.
    /// Returns the phrase's token range.
    static func singularVictim(at i: Int, doc: Document, range: Range<Int>) -> (Int, Int)? {
        let t = doc.tokens[i]
        guard t.kind == .word else { return nil }
        let l = doc.lemmas[i]
        let isName = doc.tags[i] == .propn
        let listed = personNouns.contains(l) || moreRoleNouns.contains(l) || personNouns.contains(t.norm)
        guard isName || (listed && (doc.tags[i] == .noun || doc.tags[i] == .adj)) || (personSuffix(l) && doc.tags[i] == .noun)
        else { return nil }
        // The head of the phrase: no noun or name follows.
        if i + 1 < range.upperBound, doc.tags[i + 1] == .noun || doc.tags[i + 1] == .propn { return nil }
        if t.norm != l || ["people", "police", "security", "personnel", "men", "women", "children", "youths"].contains(t.norm) {
            if !isName { return nil }
        }
        if isName && t.norm.hasSuffix("s") && !doc.tokens[i].text.first!.isUppercase { return nil }
        var start = i
        var steps = 0
        while start - 1 >= range.lowerBound && steps < 5 {
            let k = start - 1
            let tag = doc.tags[k]
            if tag == .adj || tag == .noun || tag == .propn || (tag == .num && doc.tokens[k].norm.contains("-"))
                || doc.tokens[k].norm.hasSuffix("-old") || doc.tokens[k].norm == "suspected"
            {
                start = k
                steps += 1
                continue
            }
            if ["the", "his", "her", "this", "that"].contains(doc.tokens[k].norm) { start = k }
            break
        }
        // A name after a preposition is a place ("in Bamburi lynched…").
        if isName, start - 1 >= range.lowerBound, doc.tags[start - 1] == .adp { return nil }
        // "suspected to be the thief", "identified as the teacher": the same person again.
        var b = start - 1
        if b >= range.lowerBound, doc.tokens[b].norm == "the" { b -= 1 }
        if b >= range.lowerBound, predicateMarkers.contains(doc.tokens[b].norm) { return nil }
        // "a", "an", "one" and numbers are counted as numbers.
        if start - 1 >= range.lowerBound, let _ = number(at: start - 1, doc: doc, end: range.upperBound),
            doc.tokens[start - 1].norm != "the"
        {
            return nil
        }
        return (start, i + 1)
    }

    /// Words before a predicate noun: what follows names the same person ("to be a thief", "as a teacher").
    static let predicateMarkers: WordSet = ["be", "as", "being"]

    static func personSuffix(_ l: String) -> Bool {
        for suffix in ["er", "or", "ist", "ian", "man", "woman"] where l.hasSuffix(suffix) && l.count > suffix.count + 2 {
            return true
        }
        return false
    }

    /// A killing word just before a victim phrase: "kills civilian", "shoot dead leader", "hacked Jane to death".
    static func deathBefore(_ start: Int, end: Int, doc: Document, range: Range<Int>) -> Int? {
        let b = start - 1
        guard b >= range.lowerBound else { return nil }
        let w = doc.tokens[b].norm
        if killForms.contains(w) { return b }
        if w == "dead", b - 1 >= range.lowerBound, isMannerWord(b - 1, doc) { return b - 1 }
        // "gun down a suspect"
        if w == "down", b - 1 >= range.lowerBound, doc.lemmas[b - 1] == "gun" { return b - 1 }
        // "burnt X to death", "shot X dead"
        if isMannerWord(b, doc) || doc.tags[b] == .verb {
            if end < range.upperBound, doc.tokens[end].norm == "dead" { return b }
            if end + 1 < range.upperBound, doc.tokens[end].norm == "to", doc.tokens[end + 1].norm == "death" { return b }
        }
        return nil
    }

    /// A death predicate after a victim phrase: "was killed", "is shot and killed", "was shot dead", "died",
    /// "was hacked to death".
    static func deathAfter(_ j: Int, doc: Document, range: Range<Int>) -> Int? {
        var k = j
        var looked = 0
        if k < range.upperBound, let aux = auxiliaryAfterModifier(k, doc: doc, range: range) { k = aux }
        var verb: Int?
        while k < range.upperBound && looked < 6 {
            let w = doc.tokens[k].norm
            let l = doc.lemmas[k]
            if injuryWords.contains(l) || injuryWords.contains(w) { return nil }
            if killForms.contains(w) || dieVerbs.contains(l) || ["died", "dies", "perished", "drowned", "succumbed"].contains(w) {
                return k
            }
            if w == "dead", let v = verb { return v }
            if w == "to", k + 1 < range.upperBound, doc.tokens[k + 1].norm == "death", let v = verb { return v }
            if w == "down", let v = verb, doc.lemmas[v] == "gun" { return v }
            if isMannerWord(k, doc) && l != "find" {
                verb = k
            } else if w == "and" {
                guard k + 1 < range.upperBound, killForms.contains(doc.tokens[k + 1].norm) else { return nil }
            } else if !(doc.tags[k] == .aux || doc.tags[k] == .adv || doc.tags[k] == .part || w == "reportedly") {
                return nil
            }
            k += 1
            looked += 1
        }
        return nil
    }

    /// A post-modifier between a victim and its verb group ("a prisoner released on pardon is lynched", "the
    /// member for Korogocho was shot dead"): the index of the auxiliary that starts a verb group of death, when
    /// one follows within a few words with no clause of its own in between.
    static func auxiliaryAfterModifier(_ k: Int, doc: Document, range: Range<Int>) -> Int? {
        let w = doc.tokens[k].norm
        guard Self.modifierStarts.contains(w) || (doc.tags[k] == .verb && w.hasSuffix("ed")) else { return nil }
        var m = k + 1
        while m < range.upperBound && m - k <= 8 {
            let t = doc.tokens[m].norm
            if Self.passiveAuxiliaries.contains(t) {
                var n = m + 1
                while n < range.upperBound && n - m <= 3 {
                    if killForms.contains(doc.tokens[n].norm) || (isMannerWord(n, doc) && doc.lemmas[n] != "find") { return m }
                    n += 1
                }
                return nil
            }
            if t == "," || t == ";" || t == "and" || t == "who" || t == "which" || t == "that" || doc.tags[m] == .verb {
                return nil
            }
            m += 1
        }
        return nil
    }

    static let modifierStarts: WordSet = ["of", "from", "for", "in", "at", "on", "with"]
    static let passiveAuxiliaries: WordSet = ["is", "was", "are", "were"]

    /// How many people a victim phrase names when it has no number: one for a singular noun, name or pronoun
    /// ("a man", "the suspect", "Shadi Barud", "him"), the sum over "X and Y", nil for plurals ("civilians").
    static func people(in v: Int, _ g: SentenceGraph, byKillVerb: Bool = false) -> Int? {
        let w = g.doc.tokens[v].norm
        let kids = g.children(v)
        var n: Int?
        if g.tag(v) == .num, let (value, _) = number(at: v, doc: g.doc, end: g.range.upperBound) {
            n = value
        } else if let num = kids.first(where: { g.rel($0) == .nummod }),
            let (value, _) = number(at: num, doc: g.doc, end: g.range.upperBound)
        {
            n = isAlternative(at: num, doc: g.doc, range: g.range) ? 0 : value
        } else if g.tag(v) == .pron {
            n = ["he", "him", "she", "her", "himself", "herself"].contains(w) ? 1 : nil
        } else if g.tag(v) == .propn {
            n = isPlural(v, g) ? nil : 1
        } else if g.tag(v) == .noun {
            if isPlural(v, g) || deathNouns.contains(w) { return nil }
            if !isPerson(v, g) && !(byKillVerb && !notVictims.contains(g.lemma(v))) { return nil }
            n = 1
        } else {
            return nil
        }
        guard var total = n else { return nil }
        for c in kids where g.rel(c) == .conj {
            // "a Muslim cleric and al-Shabaab critic": after a determiner, a second noun with none of its own is the
            // same person (headlines drop them all: "Matatu driver and conductor killed" are two).
            if g.tag(v) == .noun, g.tag(c) == .noun, !isPlural(c, g), kids.contains(where: { g.rel($0) == .det }),
               !g.children(c).contains(where: { [.det, .nummod, .nmodPoss].contains(g.rel($0)) })
            {
                continue
            }
            // "kill girl and steal cattle" read as one phrase: the cattle are no victims.
            if countedThings.contains(g.lemma(c)) { continue }
            guard let more = people(in: c, g, byKillVerb: byKillVerb) else { return nil }
            total += more
        }
        return total
    }

    /// More nouns for people, for victims named without a number ("a cleric was killed").
    static let moreRoleNouns: WordSet = [
        "cleric", "chief", "official", "thief", "priest", "imam", "pastor", "sheikh", "leader", "activist",
        "politician", "candidate", "mp", "councillor", "cop", "inspector", "constable", "warden", "ranger", "rider",
        "mechanic", "tourist", "nun", "bishop", "judge", "lawyer", "businessman", "businesswoman", "landlord",
        "watchman", "nurse", "vendor", "hawker", "fisherman", "lady", "citizen", "national", "hostage", "prisoner",
        "inmate", "detainee", "spy", "informer", "collaborator", "commander", "deputy", "governor", "mayor",
        "minister", "senator", "chairman", "head", "preacher", "robber", "rapist", "criminal", "convict", "poacher",
        "mugger", "wizard", "witch", "headman", "elder", "kid", "toddler", "cousin", "uncle", "aunt", "sister",
        "grandmother", "grandfather", "neighbour", "neighbor", "friend", "colleague", "comrade", "employee",
        "owner", "vigilante", "assailant", "abductor", "kidnapper", "terrorist", "jihadist", "insurgent", "rebel",
        "sergeant", "corporal", "captain", "lieutenant", "colonel", "general", "major", "private", "reservist",
        "recruit", "volunteer", "widow", "widower", "orphan", "attorney", "advocate", "missionary", "nephew", "niece", "settler", "pilgrim", "worshipper", "priestess", "medic", "surgeon", "dentist",
        "detective", "bodyguard", "companion", "escort", "aide", "boss", "pirate", "gangster", "thug", "patron", "guest", "tenant",
    ]

    /// Things that are killed but are not people ("killed the bill").
    static let notVictims: WordSet = [
        "bill", "deal", "plan", "proposal", "project", "idea", "motion", "engine", "time", "story", "mood", "light",
        "process", "talk", "chance", "hope", "attack", "operation", "post", "vehicle", "car", "bus", "grenade",
        "bomb", "house", "village", "camp", "station", "area", "town",
    ]

    /// Whether a noun names a person: a listed noun, an actor mention, or a word like "preacher", "activist",
    /// "politician", "policeman".
    static func isPerson(_ v: Int, _ g: SentenceGraph) -> Bool {
        let l = g.lemma(v)
        return personNouns.contains(l) || moreRoleNouns.contains(l) || personSuffix(l)
    }

    private static func isPlural(_ v: Int, _ g: SentenceGraph) -> Bool {
        let w = g.doc.tokens[v].norm
        let l = g.lemma(v)
        if ["people", "police", "men", "women", "children", "youths", "troops", "personnel", "security"].contains(w) { return true }
        return w != l && w.hasSuffix("s")
    }

    // MARK: - Context

    /// Whether the deaths at the cue are asserted: no negation, modal, condition or plan governs the word, and
    /// no governing word doubts them ("dismissed reports that…", "threatened to kill"). "feared dead" and
    /// "suspected … killed" still count: news reports them as deaths.
    static func isAsserted(_ cue: Int, _ g: SentenceGraph) -> Bool {
        var node = cue
        for step in 0..<6 {
            for c in g.children(node) {
                let r = g.rel(c)
                let w = g.doc.tokens[c].norm
                if (r == .advmod || r == .det || r == .amod) && negatingModifiers.contains(w) {
                    if (w == "nearly" || w == "almost") && g.tag(node) != .verb { continue }
                    return false
                }
                if r == .aux && (ModalityRules.hypotheticalModals.contains(g.lemma(c)) || ModalityRules.futureAux.contains(g.lemma(c))) {
                    return false
                }
                if r == .mark && ModalityRules.conditionalMarks.contains(g.lemma(c)) { return false }
            }
            guard let h = g.head(node) else { break }
            let r = g.baseRel(node)
            if r == .parataxis || (r == .conj && step > 0) { break }
            if doubtingGovernors.contains(g.lemma(h)) || doubtingGovernors.contains(g.doc.tokens[h].norm) { return false }
            if g.tag(h) == .verb && blamingGovernors.contains(g.lemma(h)), !isAttributive(h, g.doc, range: g.range),
                [.xcomp, .ccomp, .advcl, .obl, .acl].contains(g.baseRel(node))
            {
                return false
            }
            node = h
        }
        return true
    }

    /// Whether "suspected", "alleged" or "accused" at h only qualifies the noun phrase right after it ("Suspected
    /// militants opened fire, killing three", "2 suspected gang members killed"), though the parser took it for
    /// the verb that governs the killing: a name, noun or adjective follows it, not "of", "that" or "to".
    static func isAttributive(_ h: Int, _ doc: Document, range: Range<Int>) -> Bool {
        guard ["suspected", "alleged", "presumed"].contains(doc.tokens[h].norm), h + 1 < range.upperBound
        else { return false }
        let next = h + 1
        if ["of", "that", "to", "by", "in", "the", "a", "an", "his", "her", "their", "him", "them"].contains(doc.tokens[next].norm) {
            return false
        }
        return [.noun, .propn, .adj].contains(doc.tags[next])
    }

    /// Modifiers that deny the deaths ("no one was killed", "nearly lynched").
    static let negatingModifiers: WordSet = ["no", "not", "n't", "never", "unconfirmed", "alleged", "nearly", "almost", "none"]

    /// The head of the phrase or clause about another event that holds the cue, if any.
    static func separateContext(of cue: Int, _ g: SentenceGraph) -> Int? {
        var node: Int? = cue
        var steps = 0
        while let n = node, steps < 8 {
            let base = g.baseRel(n)
            // "… lynched by a mob for killing his daughter": a clause on a noun, too.
            if base == .obl || base == .nmod || base == .advcl || base == .acl, let m = g.marker(n),
               separateMarkers.contains(m)
            {
                return n
            }
            // "protested the killing of two brothers", "in protest of the murder", "to avenge the death of"
            if base == .obj || base == .obl || base == .nmod, let h = g.head(n), reactionWords.contains(g.lemma(h)) {
                return n
            }
            node = g.head(n)
            steps += 1
        }
        return nil
    }

    // MARK: - Coders' notes

    /// Whether a word may start with "f", so that `hasPrefix("fatalit")` is worth asking of every token: a first
    /// byte that is ASCII and not "f" rules it out (an ASCII scalar first is the whole first character or its
    /// base, and no other character is canonically an "f").
    static func mayStartWithF(_ w: String) -> Bool {
        guard let b = w.utf8.first, b < 0x80 else { return true }
        return b == UInt8(ascii: "f")
    }

    /// The total an ACLED-style coder's note gives: "Fatalities coded as 12", "with 35 fatalities coded to this
    /// event", "Claimed fatalities coded 0"; several notes add up unless one gives the total. Nil without a note.
    static func codedTotal(in doc: Document) -> Int? {
        let toks = doc.tokens
        var sum = 0
        var found = false
        var total: Int?
        for i in toks.indices where toks[i].norm == "coded" || toks[i].norm == "added" {
            var k = i + 1
            // "coded as N", "coded N", "coded as at least N", "coded are at least N" ("added" only as "added to
            // this event")
            var after: Int?
            var scan = toks[i].norm == "added" ? 4 : 0
            while k < toks.count && scan < 4 {
                let w = toks[k].norm
                if let (n, _) = number(at: k, doc: doc, end: toks.count), toks[k].kind == .number || w != "a" && w != "an" {
                    after = n
                    break
                }
                guard ["as", "at", "least", "are", "is", "were"].contains(w)
                    || (w == "to" && k + 1 < toks.count && toks[k + 1].kind == .number)
                else { break }
                k += 1
                scan += 1
            }
            // The words before it, back to the start of the sentence (at most twelve).
            var from = i
            while from > 0 && i - from < 12 && ![".", "[", "]", ";"].contains(toks[from - 1].norm) { from -= 1 }
            let leftWords = (from..<i).map { toks[$0].norm }
            let aboutDeaths = leftWords.contains { $0.hasPrefix("fatalit") || $0.hasPrefix("casualt") || $0 == "deaths" }
            // "Fatalities coded on 19 December.": this event's dead are counted in another one.
            if after == nil, k < toks.count, toks[k].norm == "on", leftWords == ["fatalities"] || leftWords == ["fatalities", "were"] {
                total = 0
                continue
            }
            if let n = after, aboutDeaths {
                // "coded as 10 split across 2 events": a figure before it is shared out.
                if k + 1 < toks.count, toks[k + 1].norm == "split" { continue }
                if leftWords.contains("total") { total = n }
                sum += n
                found = true
                continue
            }
            // "N fatalities (were) coded to this event", "N coded to this location", "N fatalities coded here"
            let rightWords = ((i + 1)..<min(toks.count, i + 4)).map { toks[$0].norm }
            let toThis = rightWords.starts(with: ["to", "this"]) || rightWords.starts(with: ["under", "this"])
                || rightWords.first == "here" || rightWords.starts(with: ["for", "this"])
                || (rightWords.first == "." && toks[i].norm == "coded")
            guard toThis else { continue }
            // "coded to this location 1"
            let afterThis = i + 4
            if afterThis < toks.count, toks[afterThis].kind == .number, let (n, _) = number(at: afterThis, doc: doc, end: toks.count) {
                sum += n
                found = true
                continue
            }
            var b = i - 1
            var back = 0
            while b >= 0 && back < 3 {
                let w = toks[b].norm
                if toks[b].kind == .number, let (n, _) = number(at: b, doc: doc, end: toks.count) {
                    sum += n
                    found = true
                    break
                }
                guard w.hasPrefix("fatalit") || w == "were" || w == "was" || w == "deaths" else { break }
                b -= 1
                back += 1
            }
        }
        // "Total fatalities were 22", "Fatalities: 3", "Total fatalities at least 23"
        for i in toks.indices where mayStartWithF(toks[i].norm) && toks[i].norm.hasPrefix("fatalit") {
            let isTotal = i > 0 && toks[i - 1].norm == "total"
            let opensSentence = i == 0 || [".", "]", "[", "(", ";"].contains(toks[i - 1].norm)
            guard isTotal || opensSentence else { continue }
            var k = i + 1
            var scan = 0
            while k < toks.count && scan < 4 {
                if toks[k].kind == .number, let (n, _) = number(at: k, doc: doc, end: toks.count) {
                    if isTotal { total = n } else { sum += n; found = true }
                    break
                }
                guard [":", "were", "was", "are", "is", "at", "least", "of", "stood", "reached"].contains(toks[k].norm) else { break }
                k += 1
                scan += 1
            }
        }
        if let total { return total }
        return found ? sum : nil
    }
}

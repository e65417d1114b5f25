/// Reads how many people a sentence reports killed: "killing three", "2 members were killed", "leaving 2
/// fatalities", "five people died", "a man was shot dead", "the death toll rose to 12".
struct FatalityCounter {
    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
        "both": 2, "another": 1, "single": 1,
    ]
    /// Words after which a number counts the dead.
    static let deathWords: Set<String> = ["kill", "dead", "die", "death", "fatality", "fatal", "body", "corpse", "slay", "behead", "lynch", "massacre", "murder", "execute", "assassinate", "martyr", "perish", "drown", "toll", "casualty"]
    static let injuryWords: Set<String> = ["injure", "wound", "hurt", "injury", "injured", "wounded", "arrest", "abduct", "kidnap", "displace", "detain", "rescue", "evacuate", "missing", "hospitalize", "hospitalise"]
    /// Nouns for people that may follow the number ("three civilians", "2 members").
    static let personNouns: Set<String> = [
        "person", "people", "civilian", "man", "woman", "child", "boy", "girl", "member", "soldier", "officer",
        "policeman", "militant", "fighter", "resident", "villager", "student", "palestinian", "israeli", "kenyan",
        "protester", "demonstrator", "rioter", "attacker", "gunman", "suspect", "worker", "farmer", "herder",
        "teacher", "trader", "passenger", "police", "security", "personnel", "individual", "family", "relative",
        "journalist", "doctor", "paramedic", "baby", "infant", "teenager", "youth", "elder", "pupil", "guard",
        "troop", "militiaman", "bandit", "raider", "herdsman", "pastoralist", "refugee", "victim", "customer",
        "driver", "motorist", "child", "son", "daughter", "brother", "wife", "husband", "father", "mother",
    ]

    /// The number of people reported killed in `range` of the document, or nil when none is stated.
    /// `casualtiesUnknown` is true for "Casualties unknown." and the like.
    static func count(in doc: Document, range: Range<Int>) -> Int? {
        var total = 0
        var found = false
        var i = range.lowerBound
        while i < range.upperBound {
            if let (n, width) = number(at: i, doc: doc, end: range.upperBound) {
                if let credited = credit(number: n, at: i, width: width, doc: doc, range: range) {
                    total += credited
                    found = true
                    i += width
                    continue
                }
            }
            i += 1
        }
        return found ? total : nil
    }

    /// A number starting at token i: digits ("28", "1,200") or words ("three", "twenty-five").
    static func number(at i: Int, doc: Document, end: Int) -> (Int, Int)? {
        let t = doc.tokens[i]
        if t.kind == .number {
            let digits = t.norm.filter { $0 != "," }
            if let n = Int(digits), n < 100_000 { return (n, 1) }
            return nil
        }
        if let n = numberWords[t.norm] {
            if (t.norm == "a" || t.norm == "an") { return (1, 1) }
            return (n, 1)
        }
        let parts = t.norm.split(separator: "-")
        if parts.count == 2, let a = numberWords[String(parts[0])], let b = numberWords[String(parts[1])], a >= 20, b < 10 {
            return (a + b, 1)
        }
        return nil
    }


    /// Whether the number at i counts deaths, and how many.
    private static func credit(number n: Int, at i: Int, width: Int, doc: Document, range: Range<Int>) -> Int? {
        let isArticle = doc.tokens[i].norm == "a" || doc.tokens[i].norm == "an" || doc.tokens[i].norm == "another"
        // What follows the number: up to three modifiers then a person noun, then the verb group.
        var j = i + width
        var sawPerson = false
        var steps = 0
        while j < range.upperBound && steps < 4 {
            let l = doc.lemmas[j]
            if personNouns.contains(l) || personNouns.contains(doc.tokens[j].norm) {
                sawPerson = true
                j += 1
                break
            }
            if doc.tags[j] == .adj || doc.tags[j] == .propn || doc.tags[j] == .noun || doc.tags[j] == .num { j += 1; steps += 1; continue }
            break
        }
        if isArticle && !sawPerson { return nil }
        // "2 fatalities", "3 dead", "5 bodies", "12 deaths"
        if !sawPerson, j < range.upperBound {
            let l = doc.lemmas[j]
            if ["fatality", "dead", "death", "body", "corpse"].contains(l) || doc.tokens[j].norm == "dead" { return n }
        }
        // After the noun phrase: "were killed", "was shot dead", "died", "are dead", "killed" (reduced relative).
        var k = j
        var looked = 0
        while k < range.upperBound && looked < 5 {
            let l = doc.lemmas[k]
            let w = doc.tokens[k].norm
            if injuryWords.contains(l) || injuryWords.contains(w) { return nil }
            if w == "and" || w == "," { break }
            if deathWords.contains(l) || w == "dead" || w == "killed" {
                if l == "toll" || l == "casualty" { return nil }
                return sawPerson || doc.tags[k] == .verb || w == "dead" ? n : nil
            }
            if !(doc.tags[k] == .aux || doc.tags[k] == .adv || doc.tags[k] == .part || doc.tags[k] == .verb || w == "reportedly") { break }
            k += 1
            looked += 1
        }
        // Before the number: "killing three", "killed 5 people", "death toll rose to 12", "leaving 2 dead".
        var b = i - 1
        var back = 0
        while b >= range.lowerBound && back < 4 {
            let l = doc.lemmas[b]
            let w = doc.tokens[b].norm
            if injuryWords.contains(l) { return nil }
            if ["kill", "slay", "behead", "massacre", "murder", "execute", "claim", "toll"].contains(l) || w == "killing" || w == "killed" {
                if l == "claim" && !sawPerson { return nil }
                if isArticle && !sawPerson { return nil }
                return n
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
}

/// Trigger filters: which of a sentence's matched triggers are events of their own. Each rule removes triggers
/// that only restate, attribute, qualify or give the background of another event, so that one event is coded
/// once.
extension EventMatcher {
    /// Determiners that point back to something already told.
    static let definiteWords: WordSet = ["the", "this", "that", "these", "those"]

    /// A matched trigger. The pattern is held by reference: the trigger list is built, sorted and filtered by
    /// copying its elements, and copying an ``EventPattern`` (a dozen strings, sets and arrays) retains and
    /// releases every field.
    typealias Trigger = (token: Int, pattern: PatternRef, anchor: Int)

    func filterTriggers(_ triggers: inout [Trigger], graph g: SentenceGraph) {
        // A sentence has a handful of triggers: each rule looks the others up by a scan of the list, where sets
        // and dictionaries of them cost an allocation and hashing per rule and sentence.
        // A cooperative or verbal noun that is the content of a verbal event is not an event of its own:
        // "agreed on a trade pact", "called for talks", "offered aid", "demanded a withdrawal".
        Self.remove(&triggers) { t, all in
            guard t.pattern.trigger == .noun, t.anchor == t.token, t.pattern.root <= 13 else { return false }
            var node = t.token
            for _ in 0..<3 {
                guard let h = g.head(node) else { return false }
                let r = g.baseRel(node)
                guard r == .obj || r == .obl || r == .nmod || r == .xcomp || r == .nsubjPass else { return false }
                if all.contains(where: { $0.token == h && $0.pattern.trigger == .verb && (2...13).contains($0.pattern.root) }) {
                    return true
                }
                node = h
            }
            return false
        }
        // A noun that only classifies a person or a file is no event: "a murder suspect", "robbery charges",
        // "the rape case".
        Self.remove(&triggers) { t, _ in
            guard t.pattern.trigger == .noun, g.baseRel(t.token) == .compound, let h = g.head(t.token) else { return false }
            return Self.classifiedNouns.contains(g.lemma(h))
        }
        // What one side accuses another of is the accusation's content, not an event the report asserts:
        // "Kyiv accused Moscow of deporting children" is one accusation.
        Self.remove(&triggers) { t, _ in
            guard let h = g.head(t.token), Self.accusationGovernors.contains(g.lemma(h)), h != t.token else { return false }
            let r = g.baseRel(t.token)
            guard r == .advcl || r == .acl || r == .obl || r == .nmod || r == .xcomp else { return false }
            let m = g.marker(t.token)
            return m == "of" || m == "for" || m == "with"
        }
        // An event named only as the background of another ("imposed a curfew after the attack", "riots broke
        // out in response to the killing") was reported in its own right elsewhere; coding it again would count it
        // twice. Deaths and injuries are the exception: "two killed following an attack" reports the attack.
        Self.remove(&triggers) { t, all in
            guard let main = backgroundGovernor(t.token, g) else { return false }
            var node = main
            for _ in 0..<3 {
                if let m = all.first(where: { $0.token == node }), m.token != t.token, !m.pattern.isStatement {
                    let l = g.lemma(node)
                    return !(Self.harmLemmas.contains(l) || l == "fear")  // "feared dead following an attack"
                }
                guard let h = g.head(node), g.baseRel(node) == .conj || g.baseRel(node) == .xcomp else { break }
                node = h
            }
            return false
        }
        // "a precision strike targeting militants": the participle describes the noun's event, whose target it
        // gives; it is not a second strike.
        Self.remove(&triggers) { t, all in
            guard t.pattern.trigger == .verb, t.pattern.root >= 18 else { return false }
            func violentNoun(at k: Int) -> Bool {
                all.first { $0.token == k && $0.pattern.trigger == .noun }.map { $0.pattern.root >= 18 } == true
            }
            if g.baseRel(t.token) == .acl, let h = g.head(t.token), violentNoun(at: h) { return true }
            // The same when the parse lost the clause: a noun of violence directly followed by an -ing form.
            if violentNoun(at: t.token - 1), g.doc.tokens[t.token].norm.hasSuffix("ing") { return true }
            return false
        }
        // "An Israeli strike on a camp killed 11 people": the strike is the subject of the killing, whose pattern
        // already codes the means from it ("195"); the noun with its generic code is the same incident, not a
        // second one. Only when the verb's code is a more specific one of the noun's root.
        Self.remove(&triggers) { t, all in
            guard t.pattern.trigger == .noun, t.anchor == t.token, t.pattern.root >= 18,
                g.baseRel(t.token) == .nsubj, let h = g.head(t.token),
                let verb = all.first(where: { $0.token == h && $0.pattern.trigger == .verb && $0.pattern.root >= 18 })
            else { return false }
            return t.pattern.code.hasSuffix("0") && verb.pattern.root == t.pattern.root && verb.pattern.code != t.pattern.code
        }
        // Protesters' demands are what the protest is about: "thousands marched demanding his resignation" is
        // one protest.
        Self.remove(&triggers) { t, all in
            guard t.pattern.root == 10, let h = g.head(t.token) else { return false }
            let r = g.baseRel(t.token)
            return (r == .acl || r == .advcl || r == .xcomp || r == .conj)
                && all.contains { $0.token == h && $0.pattern.root == 14 }
        }
        // A bare statement ("…, the ministry said", "announced on Tuesday") only attributes the sentence's other
        // events: it is coded only when the sentence tells nothing else.
        if triggers.contains(where: { !$0.pattern.isStatement }) {
            triggers.removeAll { $0.pattern.isReport }
        }
    }

    /// Removes the triggers for which `drop` holds, each judged against the list as it stood before the rule
    /// (the second argument); the list is only rebuilt when some trigger goes, which is rare.
    static func remove(_ triggers: inout [Trigger], where drop: (Trigger, [Trigger]) -> Bool) {
        var doomed = -1
        for (k, t) in triggers.enumerated() where drop(t, triggers) {
            doomed = k
            break
        }
        guard doomed >= 0 else { return }
        let all = triggers
        var kept = Array(all[..<doomed])
        for t in all[(doomed + 1)...] where !drop(t, all) { kept.append(t) }
        triggers = kept
    }

    /// Words of deaths and injuries: the outcome of an incident rather than an incident of their own.
    static let harmLemmas: WordSet = ["kill", "killing", "die", "death", "dead", "injure", "injury", "wound"]
    static let backgroundNouns: WordSet = ["retaliation", "response", "wake", "aftermath", "revenge", "reprisal"]

    /// The word a background phrase hangs from: "after X", "following X", "in retaliation for X", "in the wake of
    /// X" give the head of the phrase X attaches to.
    func backgroundGovernor(_ t: Int, _ g: SentenceGraph) -> Int? {
        var node = t
        for _ in 0..<3 {
            guard let h = g.head(node) else { return nil }
            let r = g.baseRel(node)
            let m = g.marker(node)
            if (m == "after" || m == "following") && (r == .obl || r == .advcl || r == .nmod) { return h }
            if m == "for" || m == "to" || m == "of", Self.backgroundNouns.contains(g.lemma(h)), let hh = g.head(h) {
                return hh
            }
            guard r == .nmod || r == .conj || r == .compound || r == .amod else { return nil }
            node = h
        }
        return nil
    }

    /// Verbs whose "of"/"for" complement is only alleged.
    static let classifiedNouns: WordSet = [
        "suspect", "convict", "case", "charge", "trial", "investigation", "inquiry", "probe", "file", "cell",
        "squad", "unit", "detective",
    ]
    static let accusationGovernors: WordSet = ["accuse", "blame", "allege", "suspect", "charge", "indict"]

    /// Nouns that frame another noun as an activity: "mediation mission", "aid effort", "peace process".
    static let eventFrames: WordSet = [
        "mission", "effort", "operation", "campaign", "bid", "initiative", "process", "programme", "program",
        "drive", "attempt", "plan", "project", "activity", "work", "visit", "trip", "tour", "round", "session",
    ]

    /// "The strike sparked condemnation", "the attack occurred amid tensions": a definite noun of violence that
    /// names no new actor, told after a violent event of the same day, is that event again, not a new one. Coding
    /// it twice is how one event gets counted many times.
    static func refersBack(_ e: EventMention, to earlier: [EventMention], graph g: SentenceGraph) -> Bool {
        let root = Self.root(e.code)
        guard root >= 18 && root <= 20, g.tag(e.trigger) == .noun else { return false }
        let definite = g.children(e.trigger).contains { c in
            let r = g.rel(c)
            return (r == .det && Self.definiteWords.contains(g.lemma(c))) || r == .nmodPoss
        }
        guard definite else { return false }
        return earlier.contains { d in
            let r = Self.root(d.code)
            guard r >= 18 && r <= 20, d.modality == .asserted, d.date == e.date else { return false }
            // New actors make it a new event: "the attack on the convoy by al-Shabaab".
            let known = Set((d.source + d.target).map(\.code))
            return (e.source + e.target).allSatisfy { known.contains($0.code) }
        }
    }
}

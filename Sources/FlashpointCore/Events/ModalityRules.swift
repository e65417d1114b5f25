/// Decides whether an event is asserted, negated, hypothetical, future or historical, from the words that govern
/// its trigger in the dependency tree.
struct ModalityRules {
    static let negators: WordSet = ["not", "n't", "never", "no", "neither", "nor", "without"]
    static let hypotheticalModals: WordSet = ["would", "could", "might", "may", "should", "must", "can", "ought"]
    static let futureAux: WordSet = ["will", "shall", "'ll", "wo"]
    static let conditionalMarks: WordSet = ["if", "unless", "whether", "lest"]
    /// Verbs whose complement did not happen.
    static let negatingGovernors: WordSet = ["fail", "deny", "refuse", "decline", "avoid", "stop", "cease", "halt", "reject", "dismiss", "prevent", "refrain", "abandon"]
    /// Verbs whose complement is planned or intended.
    static let futureGovernors: WordSet = [
        "plan", "intend", "expect", "prepare", "aim", "seek", "want", "hope", "vow", "pledge", "promise", "decide",
        "agree", "threaten", "schedule", "set", "due", "offer", "propose", "wish", "try", "attempt", "plot", "order",
        "urge", "call", "ask", "demand", "appeal", "invite", "encourage", "press", "push", "need", "warn", "consider",
        "discuss", "mull", "weigh", "announce", "resolve", "vote", "move", "begin", "start",
    ]
    /// Verbs and nouns whose complement is only possible.
    static let hypotheticalGovernors: WordSet = [
        "fear", "risk", "threat", "possibility", "prospect", "danger", "chance", "sign", "question", "concern",
        "speculation", "rumour", "rumor", "worry", "doubt", "likelihood", "scenario", "potential", "bid", "effort",
        "plan", "need", "call", "demand", "hope", "suspect", "allege", "accuse", "imagine", "predict", "forecast",
        "request", "offer", "invitation", "appeal", "proposal", "proposition", "ultimatum", "suggestion", "idea",
    ]
    /// Verbs that end an event already under way: their object happened ("police stopped the march").
    static let interruptingVerbs: WordSet = ["stop", "halt"]
    /// Verbs whose object is refused.
    static let refusingVerbs: WordSet = ["oppose", "veto", "resist", "rebuff", "spurn", "boycott", "snub"]
    /// Reporting verbs: what they report keeps their own modality.
    static let reportingVerbs: WordSet = [
        "say", "tell", "report", "state", "confirm", "announce", "add", "note", "claim", "write", "declare", "insist",
        "explain", "reveal", "disclose", "acknowledge", "admit", "show", "indicate", "find", "learn", "stress",
        "emphasize", "emphasise", "point", "recount", "describe", "quote", "cite", "according",
    ]

    /// The modality of the event whose trigger is `trigger` and why: walks up from the trigger through the
    /// clauses and phrases that govern it, stopping at the first marker that says the event is not asserted.
    static func modality(trigger: Int, graph g: SentenceGraph) -> (Modality, String) {
        // "its demand for Hezbollah's disarmament", "calls for a ceasefire": the noun right before "for" governs
        // the event even when the parse hangs the phrase elsewhere.
        if g.tag(trigger) == .noun, let m = g.marker(trigger), m == "for" || m == "of",
            let marker = g.children(trigger).first(where: { g.baseRel($0) == .case_ }), marker > g.range.lowerBound
        {
            let before = marker - 1
            if g.tag(before) == .noun,
                hypotheticalGovernors.contains(g.lemma(before)) && !reportingVerbs.contains(g.lemma(before))
            {
                return (.hypothetical, "asked for in '\(g.doc.tokens[before].text) \(m)'")
            }
        }
        var node = trigger
        var viaConj = false
        // A "not" negates its own clause and what that clause tries or means to do ("did not try to attack"),
        // not a clause that merely hangs from it ("riots continue – details not specified").
        var negationReaches = true
        for _ in 0..<12 {
            if let found = local(node, graph: g), !((viaConj || !negationReaches) && found.0 == .negated) { return found }
            guard let h = g.head(node) else { break }
            let r = g.baseRel(node)
            let headLemma = g.lemma(h)
            // The head's text only for a reason given: read at every step, it cost a retain and a release.
            var headWord: String { g.doc.tokens[h].text }
            let complement = r == .xcomp || r == .ccomp || r == .acl || r == .csubj
            if complement || (r == .nmod && g.tag(h) == .noun) {
                if negatingGovernors.contains(headLemma) && r != .nmod && !isPurposeAfterObject(h, clause: node, graph: g) {
                    return (.negated, "complement of '\(headWord)'")
                }
                if hypotheticalGovernors.contains(headLemma) && !reportingVerbs.contains(headLemma)
                    && !isAttributiveParticiple(h, complement: node, graph: g)
                {
                    return (.hypothetical, "complement of '\(headWord)'")
                }
                if futureGovernors.contains(headLemma) && r != .nmod && r != .acl {
                    return (.future, "complement of '\(headWord)'")
                }
            }
            // "rejected the peace plan", "opposed the deployment": the object of a refusal did not happen. Only
            // the event noun itself: in "abandoned vehicles to protest" or "denied entry, which sparked protests"
            // the event hangs from the object and did happen. A demonstration the police "stopped" took place.
            if r == .obj && node == trigger && g.tag(node) == .noun
                && (negatingGovernors.contains(headLemma) || refusingVerbs.contains(headLemma))
                && !interruptingVerbs.contains(headLemma)
            {
                return (.negated, "object of '\(headWord)'")
            }
            if r == .advcl, let m = g.marker(node), conditionalMarks.contains(m) {
                return (.hypothetical, "in a clause introduced by '\(m)'")
            }
            if r == .parataxis || r == .list || r == .reparandum { break }
            viaConj = r == .conj
            if r != .xcomp && r != .conj { negationReaches = false }
            node = h
        }
        return (.asserted, "no negation, modal, condition or plan governs the trigger")
    }

    /// "abandoned their vehicles to protest": a to-infinitive after the governor's object says what the act was
    /// for, even when the parse makes it the governor's xcomp; it is not what was abandoned or refused.
    static func isPurposeAfterObject(_ h: Int, clause node: Int, graph g: SentenceGraph) -> Bool {
        guard g.baseRel(node) == .xcomp, h < node,
            g.children(node).contains(where: { g.baseRel($0) == .mark && g.doc.tokens[$0].norm == "to" })
        else { return false }
        return g.children(h).contains { g.baseRel($0) == .obj && $0 > h && $0 < node }
    }

    /// "Suspected militants killed two": a participle that only qualifies the next noun phrase, which the parser
    /// took for a governing verb. It has no subject of its own and the complement's subject follows it directly.
    static func isAttributiveParticiple(_ h: Int, complement node: Int, graph g: SentenceGraph) -> Bool {
        let norm = g.doc.tokens[h].norm
        guard norm == "suspected" || norm == "alleged" || norm == "presumed" || norm == "purported" else { return false }
        guard h < node, !g.children(h).contains(where: { g.baseRel($0) == .nsubj }) else { return false }
        // "Suspected militants ambush a patrol" parsed with the group as the participle's object.
        if FatalityCounter.isAttributive(h, g.doc, range: g.range),
            g.children(h).contains(where: { g.baseRel($0) == .obj && $0 == h + 1 || g.subtree($0).contains(h + 1) && g.baseRel($0) == .obj })
        {
            return true
        }
        guard let subject = g.children(node).first(where: { g.baseRel($0) == .nsubj || g.rel($0) == .nsubjPass })
        else { return false }
        return g.subtree(subject).contains(h + 1)
    }

    /// Markers attached directly to one node.
    private static func local(_ i: Int, graph g: SentenceGraph) -> (Modality, String)? {
        var hypothetical: String?
        var future: String?
        for c in g.children(i) {
            let r = g.rel(c)
            let l = g.lemma(c)
            var word: String { g.doc.tokens[c].text }  // only for a reason given
            if (r == .advmod || r == .det) && negators.contains(l) {
                if r == .det && g.tag(i) != .noun { continue }
                return (.negated, "negated by '\(word)'")
            }
            // "No one was injured", "Nobody was hurt", "no people were killed": the subject denies the event.
            if r == .nsubj || r == .nsubjPass {
                let w = g.doc.tokens[c].norm
                if w == "nobody" || w == "none" || (w == "one" || g.tag(c) == .noun)
                    && g.children(c).contains(where: { g.rel($0) == .det && g.doc.tokens[$0].norm == "no" })
                {
                    return (.negated, "negated by the subject '\(word)'")
                }
            }
            if r == .aux {
                if hypotheticalModals.contains(l) { hypothetical = "modal '\(word)'" }
                if futureAux.contains(l) || (l == "go" && g.doc.tokens[c].norm == "going") { future = "auxiliary '\(word)'" }
            }
            if r == .mark, conditionalMarks.contains(l) {
                hypothetical = "conditional '\(word)'"
            }
        }
        // "have yet to comment"
        if let h = g.head(i), g.rel(i) == .xcomp, g.children(h).contains(where: { g.lemma($0) == "yet" }) {
            return (.negated, "'yet to'")
        }
        if let hypothetical { return (.hypothetical, hypothetical) }
        if let future { return (.future, future) }
        return nil
    }
}

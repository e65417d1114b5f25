/// Finds events in a parsed document: matches the lexicon's verb and noun patterns against each sentence's
/// dependency tree, then finds who acted and to whom, the modality and the date.
public struct EventMatcher: Sendable {
    /// Verbs that carry a nominal event ("launched a strike", "held talks"): the noun is the event, the verb gives
    /// it a subject, a tense and a date.
    static let lightVerbs: WordSet = [
        "launch", "carry", "conduct", "stage", "mount", "hold", "begin", "continue", "intensify", "resume", "unleash",
        "make", "issue", "express", "voice", "confirm", "announce", "claim", "report", "order", "perform", "execute",
        "initiate", "step", "escalate", "wage", "undertake", "commit", "lead", "organize", "organise", "call", "join",
        "attend", "host", "convene", "open", "start", "spark", "trigger", "prompt", "draw", "provoke",
    ]
    /// Verbs that only report: an event in their complement is coded instead of them.
    static let reportingCodes: WordSet = ["010", "01"]

    let lexicon: EventLexicon
    let catalog: CameoCatalog

    /// Makes a matcher from a lexicon and the CAMEO table its codes come from.
    public init(lexicon: EventLexicon, catalog: CameoCatalog) {
        self.lexicon = lexicon
        self.catalog = catalog
    }

    /// The events of every sentence of a document that has its syntax, actors and time layers.
    public func events(in doc: Document) -> [EventMention] {
        var out: [EventMention] = []
        var mentionAt = [Int](repeating: -1, count: doc.tokens.count)
        for (k, m) in doc.actors.enumerated() {
            for t in m.tokens where t < mentionAt.count && mentionAt[t] < 0 { mentionAt[t] = k }
        }
        // Times and actors of each sentence, in one pass (both lists are in token order).
        var timesBySentence = [[TimeExpression]](repeating: [], count: doc.sentences.count)
        for t in doc.times {
            if let s = doc.sentenceIndex(ofToken: t.tokens.lowerBound) { timesBySentence[s].append(t) }
        }
        var actorsBySentence = [[ActorMention]](repeating: [], count: doc.sentences.count)
        for m in doc.actors {
            if let s = doc.sentenceIndex(ofToken: m.head) { actorsBySentence[s].append(m) }
        }
        var carriedDate: (Day, DatePrecision, String)?
        for s in doc.sentences.indices {
            let g = SentenceGraph(doc: doc, sentence: s, actors: actorsBySentence[s])
            let times = timesBySentence[s]
            let found = sentenceEvents(s, graph: g, mentionAt: mentionAt, times: times, carried: carriedDate)
            for e in found where !Self.refersBack(e, to: out, graph: g) { out.append(e) }
            // Carry the sentence's own date: not one that belongs to a relative clause or an earlier event.
            if let explicit = times.first(where: {
                $0.relation == .at && $0.precision == .day && !isInsideParentheses($0, g)
                    && timePlacement($0, eventNodes: nil, graph: g) != .separate
            }) {
                carriedDate = (explicit.day, explicit.precision, explicit.text)
            }
        }
        return out
    }

    // MARK: - One sentence

    private func sentenceEvents(
        _ s: Int, graph g: SentenceGraph, mentionAt: [Int], times: [TimeExpression],
        carried: (Day, DatePrecision, String)?
    ) -> [EventMention] {
        var triggers: [Trigger] = []
        var absorbed: [Int] = []  // light verbs whose object is the event
        var words = AroundWords()
        // Words of date expressions are never triggers ("on 19 March", "in the Fall"). A sentence has a date or
        // two: a scan of them beats a set of their tokens.
        func inTime(_ i: Int) -> Bool { times.contains { $0.tokens.contains(i) } }
        for i in g.range where !inTime(i) {
            let tag = g.tag(i)
            guard tag == .noun || tag == .propn, g.doc.tokens[i].kind == .word else { continue }
            // A noun that only modifies another ("relief supplies", "peacekeeping force", "aid trucks") names no event.
            let candidates = lexicon.refs(forNoun: g.lemma(i))
            if g.rel(i) == .compound || g.rel(i) == .amod, let h = g.head(i), h > i,
                g.tag(h) == .noun || g.tag(h) == .propn, candidates.allSatisfy({ $0.root <= 13 }),
                !Self.eventFrames.contains(g.lemma(h))
            {
                continue
            }
            guard !candidates.isEmpty, let p = candidates.first(where: { matches($0.pattern, at: i, graph: g, words: &words) }) else { continue }
            var anchor = i
            if let h = g.head(i), g.rel(i) == .obj || g.rel(i) == .nsubjPass,
                Self.lightVerbs.contains(g.lemma(h)) || lexicon.refs(forVerb: g.lemma(h)).isEmpty
            {
                if Self.lightVerbs.contains(g.lemma(h)) {
                    anchor = h
                    absorbed.append(h)
                }
            }
            triggers.append((i, p, anchor))
        }
        for i in g.range where g.tag(i) == .verb && !inTime(i) && !absorbed.contains(i) {
            let candidates = lexicon.refs(forVerb: g.lemma(i))
            guard let p = candidates.first(where: { matches($0.pattern, at: i, graph: g, words: &words) }) else { continue }
            // A reporting verb whose complement holds an event: code the complement only.
            if p.isReport {
                let complements = g.children(i).filter { g.rel($0) == .ccomp || g.rel($0) == .parataxis }
                if complements.contains(where: { c in hasTrigger(under: c, graph: g) }) { continue }
            }
            triggers.append((i, p, i))
        }
        triggers.sort { $0.token < $1.token }
        filterTriggers(&triggers, graph: g)

        var events: [EventMention] = []
        for t in triggers {
            guard let e = makeEvent(s, trigger: t.token, pattern: t.pattern, anchor: t.anchor, graph: g,
                mentionAt: mentionAt, times: times, carried: carried)
            else { continue }
            // The same event named twice in one sentence ("post-election violence … days of violence") is one.
            if events.contains(where: { d in
                d.code == e.code && d.modality == e.modality && d.source == e.source && d.target == e.target
            }) {
                continue
            }
            events.append(e)
        }
        return events
    }

    private func hasTrigger(under root: Int, graph g: SentenceGraph) -> Bool {
        for t in g.subtree(root) {
            let tag = g.tag(t)
            if tag == .verb, !lexicon.refs(forVerb: g.lemma(t)).isEmpty { return true }
            if tag == .noun, !lexicon.refs(forNoun: g.lemma(t)).isEmpty { return true }
        }
        return false
    }

    // MARK: - Pattern requirements


    /// The tokens whose lemmas describe a trigger's event, found once for all the trigger's patterns: the
    /// patterns of one trigger are tried one after another, so the last trigger's tokens are all there is to keep.
    struct AroundWords {
        var trigger = -1
        var tokens: [Int] = []
    }

    func matches(_ p: EventPattern, at i: Int, graph g: SentenceGraph, words: inout AroundWords) -> Bool {
        let kids = g.children(i)
        let required = p.words
        if let objects = required.object {
            guard kids.contains(where: { c in (g.rel(c) == .obj || g.rel(c) == .nsubjPass) && names(c, g, objects) })
            else { return false }
        }
        if let prep = p.preposition {
            let ok = kids.contains { c in
                let r = g.rel(c)
                if (r == .compoundPrt || r == .advmod || r == .case_ || r == .mark) && g.lemma(c) == prep { return true }
                if r == .obl || r == .nmod || r == .xcomp || r == .advcl || r == .ccomp || r == .obj {
                    return g.marker(c) == prep
                }
                return false
            }
            guard ok else { return false }
        }
        if let comps = required.complement {
            let ok = kids.contains { c in
                let r = g.rel(c)
                guard r == .xcomp || r == .ccomp || r == .advcl else { return false }
                return comps.isEmpty || comps.contains(g.lemma(c))
            }
            guard ok else { return false }
        }
        if required.readsWordsAround {
            // The tokens whose lemmas describe the event, found once per trigger for all its patterns.
            if words.trigger != i {
                var found = g.subtree(i)
                for t in subjectTokens(i, g) { found += g.subtree(t) }
                // A noun's event is also described by the clause it sits in: "workers went on strike".
                if p.trigger == .noun, let h = g.head(i), g.tag(h) == .verb {
                    found.append(h)
                    for t in subjectTokens(h, g) { found += g.subtree(t) }
                }
                words = AroundWords(trigger: i, tokens: found)
            }
            if let kw = required.keywords, !words.tokens.contains(where: { kw.contains(g.lemma($0)) }) { return false }
            if let ex = required.excluded, words.tokens.contains(where: { ex.contains(g.lemma($0)) }) { return false }
        }
        if let subjects = required.subject {
            let subj = subjectTokens(i, g)
            guard subj.contains(where: { names($0, g, subjects) }) else { return false }
        }
        if let voice = p.voice {
            let passive = g.isPassive(i)
            if voice == .passive && !passive { return false }
            if voice == .active && passive { return false }
        }
        return true
    }

    /// Whether the word at i, or a compound, adjective or conjunct on it, is one of `words` ("rocket fire",
    /// "mortar and rocket").
    private func names(_ i: Int, _ g: SentenceGraph, _ words: WordSet) -> Bool {
        if words.contains(g.lemma(i)) { return true }
        return g.children(i).contains { c in
            let r = g.rel(c)
            return (r == .compound || r == .amod || r == .conj) && words.contains(g.lemma(c))
        }
    }

    /// The noun (or name) that ends just before `i`, climbed to the first of its conjuncts; nil if `i` follows
    /// no noun.
    func nounEnding(before i: Int, _ g: SentenceGraph) -> Int? {
        guard i - 1 >= g.range.lowerBound else { return nil }
        var k = i - 1
        guard g.tag(k) == .noun || g.tag(k) == .propn else { return nil }
        while g.baseRel(k) == .conj, let h = g.head(k), h < k, g.tag(h) == .noun || g.tag(h) == .propn { k = h }
        return k
    }

    /// The subject of a verb: its own nsubj, or the one it shares through xcomp, conj or a relative clause.
    /// Verbs of reacting to an event named as their object: their subject did not do it.
    static let reactionVerbs: WordSet = [
        "condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "welcome", "praise", "hail",
        "protest", "investigate", "probe", "deny", "blame", "mourn", "regret", "lament", "applaud", "commend",
        "comment", "react", "respond",
    ]

    func subjectTokens(_ v: Int, _ g: SentenceGraph) -> [Int] {
        var node = v
        for _ in 0..<6 {
            let kids = g.children(node)
            if let s = kids.first(where: { g.rel($0) == .nsubj || g.rel($0) == .csubj }) {
                if g.tag(s) == .pron, Self.subjectRelatives.contains(g.lemma(s)), g.rel(node) == .aclRelcl,
                    let h = g.head(node)
                {
                    return [h]
                }
                return [s]
            }
            guard let h = g.head(node) else { return [] }
            let r = g.rel(node)
            if r == .xcomp {
                // Object control: "urged Israel to withdraw" — Israel withdraws.
                if let o = g.children(h).first(where: { g.rel($0) == .obj }) { return [o] }
                node = h
            } else if r == .conj || r == .advcl {
                node = h
            } else if r == .amod && g.tag(node) == .verb && h > node + 1, let left = nounEnding(before: node, g) {
                // "artillery and tanks shelled targets east of the city" read as a modifier of a later noun: the
                // noun phrase right before the verb does it.
                return [left]
            } else if r == .acl || r == .aclRelcl || (r == .amod && g.tag(node) == .verb) {
                // "youths protesting the killing", "striking doctors": the noun does the verb.
                return [h]
            } else {
                return []
            }
        }
        return []
    }
}

extension EventMatcher {
    // MARK: - Building one event

    /// The event a matched trigger tells, or nil when it names no one and is not coded without actors. The
    /// pattern comes by reference: a copy of it retained and released each of its fields.
    func makeEvent(
        _ s: Int, trigger: Int, pattern p: PatternRef, anchor: Int, graph g: SentenceGraph, mentionAt: [Int],
        times: [TimeExpression], carried: (Day, DatePrecision, String)?
    ) -> EventMention? {
        guard let cameo = catalog[p.code] else { return nil }
        var notes: [String] = []
        var sources: [ActorMention] = []
        var targets: [ActorMention] = []
        let doc = g.doc
        let isNoun = p.trigger == .noun
        // The victim of a headline passive ("2 officers killed in ambush"), found once for every use below.
        let victim = isNoun ? nil : g.headlineVictim(trigger)

        if isNoun {
            // Modifiers of the noun: "Israeli strike", "Israel's strike", "strike by Israel", "condemnation from X".
            for c in g.children(trigger) {
                // A phrase on a noun is its nmod even where the labeller called it obl ("shelling by the army").
                let r = g.rel(c) == .obl ? .nmod : g.rel(c)
                let m = g.marker(c)
                if r == .nmodPoss || r == .amod || r == .compound || (r == .nmod && (m == "by" || m == "from")) {
                    let found = actors(at: c, graph: g, mentionAt: mentionAt)
                    if !found.isEmpty {
                        sources += found
                        notes.append("source from the noun's '\(r)\(m.map { ":" + $0 } ?? "")' modifier")
                    }
                } else if r == .nmod && m == "between" {
                    let found = actors(at: c, graph: g, mentionAt: mentionAt)
                    sources += found
                    if !found.isEmpty { notes.append("both sides from 'between'") }
                } else if r == .nmod && (m == "on" || m == "against" || m == "with" || m == "of" || m == "to" || m == "for") {
                    let found = actors(at: c, graph: g, mentionAt: mentionAt)
                    if !found.isEmpty {
                        targets += found
                        notes.append("target from 'nmod:\(m ?? "")'")
                    }
                } else if r == .acl || r == .aclRelcl {
                    for o in g.children(c) where g.rel(o) == .obj {
                        targets += actors(at: o, graph: g, mentionAt: mentionAt)
                    }
                }
            }
            // "Clashes continued between militants and Israeli forces": the sides hang off the noun's verb.
            if sources.isEmpty {
                var verbs = g.children(trigger).filter { g.baseRel($0) == .acl && g.tag($0) == .verb }
                if let h = g.head(trigger), g.baseRel(trigger) == .nsubj, g.tag(h) == .verb { verbs.append(h) }
                for h in verbs where sources.isEmpty {
                    for c in g.children(h) where g.baseRel(c) == .obl && g.marker(c) == "between" {
                        sources += actors(at: c, graph: g, mentionAt: mentionAt)
                    }
                    if !sources.isEmpty { notes.append("both sides from 'between' on '\(doc.tokens[h].text)'") }
                }
            }
            // "clashes between Kalenjin and Maasai groups" when the parse lost the phrase: the names right after
            // "between", up to the end of the noun phrase.
            if sources.isEmpty, trigger + 1 < g.range.upperBound, doc.tokens[trigger + 1].norm == "between" {
                var k = trigger + 2
                while k < min(g.range.upperBound, trigger + 10) {
                    let t = doc.tags[k]
                    guard t == .propn || t == .noun || t == .adj || t == .det || t == .cconj || t == .num else { break }
                    if let m = mention(at: k, g, mentionAt), !sources.contains(where: { $0.tokens == m.tokens }) { sources.append(m) }
                    k += 1
                }
                if !sources.isEmpty { notes.append("both sides from the words after 'between'") }
            }
            if sources.isEmpty && anchor != trigger {
                let subj = subjectTokens(anchor, g)
                for t in subj { sources += actors(at: t, graph: g, mentionAt: mentionAt) }
                if !sources.isEmpty { notes.append("source: subject of '\(doc.tokens[anchor].text)'") }
            }
        } else {
            let headline = victim != nil
            // "Five shot dead by armed bandits": a participle with no subject and a "by" phrase naming an actor is
            // a passive the parse read as active.
            let byAgent = doc.tags[trigger] == .verb && !g.children(trigger).contains { g.baseRel($0) == .nsubj }
                && g.children(trigger).contains { c in
                    (g.rel(c) == .obl || g.rel(c) == .oblAgent) && g.marker(c) == "by" && !actors(at: c, graph: g, mentionAt: mentionAt).isEmpty
                }
            let passive = headline || byAgent || g.isPassive(trigger)
            if passive {
                for c in g.children(trigger) where (g.rel(c) == .obl || g.rel(c) == .oblAgent) && g.marker(c) == "by" {
                    sources += actors(at: c, graph: g, mentionAt: mentionAt)
                }
                // The parse lost the agent phrase: the first actor after a "by" right behind the verb.
                if sources.isEmpty, let by = (trigger + 1..<min(g.range.upperBound, trigger + 4)).first(where: {
                    g.doc.tokens[$0].norm == "by"
                }) {
                    if let m = g.actors.first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 6 }) {
                        sources = [m]
                    }
                }
                if !sources.isEmpty { notes.append("source: passive agent 'by'") }
                for c in g.children(trigger) where g.rel(c) == .nsubjPass {
                    targets += actors(at: c, graph: g, mentionAt: mentionAt)
                }
                if let victim { targets += actors(at: victim, graph: g, mentionAt: mentionAt) }
                if !targets.isEmpty { notes.append("target: passive subject") }
            } else {
                for t in subjectTokens(trigger, g) { sources += actors(at: t, graph: g, mentionAt: mentionAt) }
                if !sources.isEmpty { notes.append("source: subject") }
            }
            // The trigger's dependents and their base relations, read once for all the slots below.
            let kids = g.children(trigger)
            let kidBase = kids.map { g.baseRel($0) }
            // The slots by index: zipping them with their names copied both at every step.
            let slots = p.pattern.targetSlots
            for n in slots.indices {
                // "obl:against" → relation "obl", case word "against".
                let relation = slots[n].relation
                guard relation != .nsubj else { continue }
                let prep = slots[n].suffix
                for (k, c) in kids.enumerated() where kidBase[k] == relation {
                    if let prep, g.marker(c) != prep { continue }
                    if prep == nil && (relation == .obl || relation == .nmod) { continue }
                    let found = actors(at: c, graph: g, mentionAt: mentionAt)
                    if !found.isEmpty {
                        targets += found
                        notes.append("target from '\(p.pattern.targets[n])'")
                    }
                }
            }
        }
        // Fallbacks by position when the tree gave nothing.
        // A passive with its victims named but no "by" has an unknown agent ("and three people were killed"): the
        // actor before it is someone else's subject or object.
        let agentless = !isNoun && victim == nil && g.isPassive(trigger)
            && g.children(trigger).contains { g.rel($0) == .nsubjPass }
        if sources.isEmpty && !agentless {
            // The victims of a passive are never its agent: "Four Al-Shabaab members were killed".
            var victims = Set<Int>()
            if !isNoun && (victim != nil || g.isPassive(trigger)) {
                for c in g.children(trigger) where g.baseRel(c) == .nsubj { victims.formUnion(g.subtree(c)) }
                if let v = victim {
                    victims.formUnion(g.subtree(v))
                    for m in g.actors where m.tokens.contains(v) { victims.insert(m.head) }
                }
            }
            // "Lebanese authorities condemned the strike": who reacts to an event named as an object did not do it.
            // ("have yet to comment on the strike": the subject of the verb the reaction completes, too)
            var reactors: [Int] = []
            if isNoun, g.rel(trigger) == .obj || g.baseRel(trigger) == .obl, let v = g.head(trigger), v != anchor,
               Self.reactionVerbs.contains(g.lemma(v))
            {
                reactors = [v]
                if g.baseRel(v) == .xcomp, let h = g.head(v) { reactors.append(h) }
            }
            let left = g.actors.filter { m in
                m.head < trigger && !isLocative(m, g) && !victims.contains(m.head)
                    && !(g.baseRel(m.head) == .nsubj && g.head(m.head).map(reactors.contains) == true)
            }
            if let m = left.last(where: { mention in !targets.contains(mention) }) {
                sources = [m]
                notes.append("source: nearest actor before the trigger (no subject in the parse)")
            }
        }
        if targets.isEmpty && cameo.quadClass == 4 && !isNoun {
            let right = g.actors.filter { $0.head > trigger && $0.head - trigger <= 6 && !isLocative($0, g) }
            if let m = right.first(where: { !sources.contains($0) }) {
                // "1 killed, several injured when bandits attacked a van": the subject of a clause telling how
                // the event happened is its agent, not its victim.
                if g.baseRel(m.head) == .nsubj, let v = g.head(m.head), v > trigger, g.baseRel(v) == .advcl,
                   g.children(v).contains(where: { Self.howMarkers.contains(doc.tokens[$0].norm) })
                {
                    if sources.isEmpty {
                        sources = [m]
                        notes.append("source: subject of '\(doc.tokens[v].text)', the clause telling how")
                    }
                } else {
                    targets = [m]
                    notes.append("target: nearest actor after the trigger")
                }
            }
        }
        sources = unique(sources)
        targets = unique(targets)
        if !sources.isEmpty { targets.removeAll { sources.contains($0) } }
        // Material events (protests, force, violence) are coded even when the text names no one ("1 killed during
        // a raid", "Rioting broke out"); verbal ones need an actor to mean anything.
        let actorless = sources.isEmpty && targets.isEmpty
        if actorless {
            guard Self.codedWithoutActors(root: p.root) else { return nil }
            notes.append("no actor named: a material event is coded without one")
        }

        let (modality0, modalityReason0) = ModalityRules.modality(trigger: trigger, graph: g)
        var modality = modality0
        var modalityReason = modalityReason0
        // Date: the expression inside the event's clause, else the sentence's, else carried or the article date.
        let chosenTime = chooseTime(times, trigger: trigger, anchor: anchor, graph: g)
        var date = doc.article.date
        var precision = DatePrecision.day
        let dateReason: String
        if let t = chosenTime {
            date = t.day
            precision = t.precision
            dateReason = "'\(t.text)': \(t.rule)"
            if modality == .asserted && (t.relation == .since || date.ordinal < doc.article.date.ordinal - 400) {
                modality = .historical
                modalityReason = "dated '\(t.text)', long before the article"
            }
        } else if let c = carried {
            date = c.0
            precision = c.1
            dateReason = "no date in the sentence: carried from '\(c.2)' in an earlier sentence"
        } else {
            dateReason = "no date in the sentence: the article date \(doc.article.date)"
        }
        let specificity = Double(min(p.pattern.specificity, 3))
        var confidence = 0.55 + 0.08 * specificity
        if notes.contains(where: { $0.hasPrefix("source:") && ByteSearch.contains($0, "nearest") }) { confidence -= 0.15 }
        if isNoun { confidence -= 0.05 }
        if !sources.isEmpty && !targets.isEmpty { confidence += 0.1 }
        if actorless { confidence -= 0.15 }
        confidence = max(0.1, min(0.97, confidence))
        return EventMention(
            sentence: s, trigger: trigger, code: p.code, rule: p.rule,
            source: sources.map(\.actor), target: targets.map(\.actor), argumentNotes: notes,
            modality: modality, modalityReason: modalityReason, date: date, datePrecision: precision,
            dateReason: dateReason, fatalities: nil, location: nil, acled: nil,
            confidence: (confidence * 100).rounded() / 100)
    }

    /// Whether an event with this code is worth a record when no actor is named: protests (14), coercion by
    /// force (17: arrests, property destruction), assault (18), fighting (19) and mass violence (20).
    static func root(_ code: String) -> Int { Int(code.prefix(2)) ?? 0 }

    static func codedWithoutActors(_ code: String) -> Bool {
        guard let root = Int(code.prefix(2)) else { return false }
        return codedWithoutActors(root: root)
    }

    /// ``codedWithoutActors(_:)`` for a code's root already read (0, which no code has, for none).
    static func codedWithoutActors(root: Int) -> Bool { root == 14 || root >= 17 }

    /// The mentions without repeats of one actor (same code and name); an event names a handful at most, so a
    /// scan beats building keys for a set.
    private func unique(_ ms: [ActorMention]) -> [ActorMention] {
        guard ms.count > 1 else { return ms }
        var out: [ActorMention] = []
        for m in ms where !out.contains(where: { $0.actor.code == m.actor.code && $0.actor.name == m.actor.name }) {
            out.append(m)
        }
        return out
    }

    /// Whether an actor mention is a place phrase ("in Lebanon", "at Ras En Nakura").
    private func isLocative(_ m: ActorMention, _ g: SentenceGraph) -> Bool {
        guard m.kind == .country || m.kind == .capital else { return false }
        if let mk = g.marker(m.head), Self.placeMarkers.contains(mk) {
            return true
        }
        if m.tokens.lowerBound > g.range.lowerBound {
            let prev = g.doc.tokens[m.tokens.lowerBound - 1].norm
            if Self.placeWordsBefore.contains(prev) { return true }
        }
        return false
    }

    /// The actors that an argument word stands for: the mention it is part of, a more specific mention inside its
    /// phrase ("militants affiliated with Hamas"), and its conjuncts ("Israel and Lebanon").
    func actors(at a: Int, graph g: SentenceGraph, mentionAt: [Int]) -> [ActorMention] {
        var out: [ActorMention] = []
        var node = a
        if g.tag(a) == .pron, Self.subjectRelatives.contains(g.lemma(a)), let h = g.head(a), g.rel(h) == .aclRelcl,
            let hh = g.head(h)
        {
            node = hh
        }
        if let m = mention(at: node, g, mentionAt) {
            // A bare agent word gives way to a more specific actor inside its phrase ("militants affiliated with
            // Hamas"), never to another bare agent word ("civilians, … cattle rustlers").
            if m.actor.country == nil && m.kind == .agent, let inner = innerMention(node, g, mentionAt, excluding: m),
                inner.kind != .agent || inner.actor.country != nil
            {
                out.append(inner)
            } else {
                out.append(m)
            }
        } else if let inner = innerMention(node, g, mentionAt, excluding: nil) {
            out.append(inner)
        }
        for c in g.children(node) where g.rel(c) == .conj {
            if let m = mention(at: c, g, mentionAt) ?? innerMention(c, g, mentionAt, excluding: nil) { out.append(m) }
        }
        return out
    }

    private func mention(at t: Int, _ g: SentenceGraph, _ mentionAt: [Int]) -> ActorMention? {
        let k = mentionAt[t]
        return k >= 0 ? g.doc.actors[k] : nil
    }

    /// The nearest mention inside the phrase headed by `t`, skipping place phrases, two levels deep: breadth
    /// first, level by level. The levels follow one another in one buffer on the stack, where an array per level
    /// cost an allocation each; a level holds distinct tokens of the sentence (no token has two heads), so three
    /// levels after `t` fit in three times the sentence.
    func innerMention(_ t: Int, _ g: SentenceGraph, _ mentionAt: [Int], excluding: ActorMention?) -> ActorMention? {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * g.range.count + 1) { levels in
            levels[0] = t
            var (from, to) = (0, 1)
            for _ in 0..<3 {
                var end = to
                for k in from..<to {
                    for c in g.children(levels[k]) {
                        let r = g.rel(c)
                        if r == .conj || r == .aclRelcl || r == .punct || r == .cc { continue }
                        if let mk = g.marker(c), Self.innerPlaceMarkers.contains(mk) { continue }
                        if let m = mention(at: c, g, mentionAt), m != excluding { return m }
                        levels[end] = c
                        end += 1
                    }
                }
                (from, to) = (to, end)
            }
            return nil
        }
    }
}

extension EventMatcher {
    // MARK: - Which date expression dates an event

    /// Markers of a phrase or clause that reports another, earlier or later event ("following the killing of a
    /// man on Sunday", "after talks on Monday", "in revenge for an attack on 23/03").
    static let separateEventMarkers: WordSet = [
        "after", "following", "before", "since", "ahead", "prior", "for", "over", "against", "until", "till",
    ]
    static let relativePronouns: WordSet = ["which", "who", "whom", "whose"]
    /// Relative pronouns that stand for the subject they refer back to ("militants who attacked").
    static let subjectRelatives: WordSet = ["who", "which", "that"]
    /// Openers of a clause telling how an event happened ("… when bandits attacked a van").
    static let howMarkers: WordSet = ["when", "as", "after", "while"]
    /// Case words that make a country or capital a place rather than an actor ("in Lebanon", "to Beirut").
    static let placeMarkers: WordSet = ["in", "at", "near", "into", "across", "inside", "to", "from", "toward", "towards", "of"]
    /// Words right before a name that make it a place.
    static let placeWordsBefore: WordSet = ["in", "at", "near", "into", "across", "inside", "toward", "towards"]
    /// Case words of a place phrase inside an argument, which names no actor of it.
    static let innerPlaceMarkers: WordSet = ["in", "at", "near", "into", "inside", "across"]
    /// Markers of a phrase that frames the same event ("killed in a raid on Monday", "died from wounds").
    static let framingMarkers: WordSet = ["in", "during", "at", "by", "amid", "on", "through", "from", "as", "within"]
    /// Nouns that name an event of their own even when the lexicon has no pattern for them.
    static let eventNouns: WordSet = [
        "death", "killing", "murder", "accident", "suicide", "election", "nomination", "vote", "funeral", "burial",
        "meeting", "arrest", "abduction", "kidnapping", "raid", "attack", "ambush", "bombing", "shooting",
        "assassination", "demolition", "eviction", "ruling", "verdict", "trial", "incident",
    ]

    /// Where a date expression stands relative to an event.
    enum TimePlacement: Equatable {
        /// In the event's own clause ("struck on Monday").
        case own
        /// Elsewhere in the sentence, in no clause of another event.
        case outer
        /// In a relative clause, a complement clause or a phrase about another event ("whose shops were last
        /// week demolished", "over the murder, which occurred on 07/02").
        case separate
    }

    /// The date of an event: the first expression of its own clause (one outside brackets first), else the
    /// nearest in the sentence that does not belong to another event; nil when none fits.
    func chooseTime(_ times: [TimeExpression], trigger: Int, anchor: Int, graph g: SentenceGraph) -> TimeExpression? {
        guard !times.isEmpty else { return nil }
        let nodes = EventNodes(trigger: trigger, anchor: anchor)
        var own: [TimeExpression] = []
        var outer: [TimeExpression] = []
        let article = g.doc.article.date
        for t in times {
            // A date after the article date belongs to something planned ("ahead of the 2007 elections"); an
            // event said to have happened is not dated by it. A date range's first day may fall after it.
            if isAfter(t, article) && ModalityRules.modality(trigger: trigger, graph: g).0 == .asserted { continue }
            switch timePlacement(t, eventNodes: nodes, graph: g) {
            case .own: own.append(t)
            case .outer: outer.append(t)
            case .separate: break
            }
        }
        if let t = own.first(where: { !isInsideParentheses($0, g) }) ?? own.first { return t }
        let plain = outer.filter { !isInsideParentheses($0, g) }
        let pool = plain.isEmpty ? outer : plain
        return pool.min { abs($0.tokens.lowerBound - trigger) < abs($1.tokens.lowerBound - trigger) }
    }

    /// Whether a date expression lies wholly after the article date (two days' grace for day dates).
    func isAfter(_ t: TimeExpression, _ article: Day) -> Bool {
        switch t.precision {
        case .day: return t.day.ordinal > article.ordinal + 2
        case .week: return t.day.ordinal > article.ordinal
        case .month: return t.day.year * 12 + t.day.month > article.year * 12 + article.month
        case .year: return t.day.year > article.year
        }
    }

    /// The words an event stands on: its trigger and the light verb that carries it (the trigger again when none
    /// does). Two tokens: compared one by one, where a set of them cost an allocation and hashing per date.
    struct EventNodes {
        let trigger: Int
        let anchor: Int

        func contains(_ i: Int) -> Bool { i == trigger || i == anchor }
        /// Whether `i` heads a clause that holds the event: an ancestor of its trigger or anchor.
        func isEnclosed(by i: Int, _ g: SentenceGraph) -> Bool {
            g.isAncestor(i, of: trigger) || g.isAncestor(i, of: anchor)
        }
    }

    /// Walks the tree from the date expression up to the event (or the root): `.separate` when the walk passes a
    /// word that heads another event's clause or phrase. With no event, every such word separates.
    func timePlacement(_ t: TimeExpression, eventNodes: EventNodes?, graph g: SentenceGraph) -> TimePlacement {
        // The expression's token that hangs in the tree: the first whose head lies outside the expression.
        var node = t.tokens.lowerBound
        for i in t.tokens where g.range.contains(i) {
            node = i
            guard let h = g.head(i) else { break }
            if !t.tokens.contains(h) { break }
        }
        if eventNodes?.contains(node) == true { return .own }
        var steps = 0
        var cur = g.head(node)
        while let c = cur, steps < g.range.count {
            if eventNodes?.contains(c) == true { return .own }
            // Clauses that hold the event itself do not separate a date from it.
            let enclosing = eventNodes?.isEnclosed(by: c, g) == true
            // A relative clause on the event noun itself describes the event ("a ceasefire that took effect on
            // 27 November").
            let describesEvent = g.baseRel(c) == .acl && g.head(c).map { eventNodes?.contains($0) == true && g.tag($0) == .noun } == true
            if !enclosing && !describesEvent && separatesEvents(c, graph: g) { return .separate }
            cur = g.head(c)
            steps += 1
        }
        return .outer
    }

    /// Whether a word on the way up from a date heads the clause or phrase of another event: a relative or
    /// complement clause, a clause or phrase marked "after", "following", "over"…, or an event noun that is not
    /// the frame of the same event ("the murder of", "in connection with an attack", but not "in a raid").
    private func separatesEvents(_ n: Int, graph g: SentenceGraph) -> Bool {
        let rel = g.rel(n)
        let base = g.baseRel(n)
        if base == .acl || base == .ccomp || base == .csubj { return true }
        // A clause opened by a relative pronoun, whatever the parser attached it as (", which occurred on 07/02").
        if g.tag(n) == .verb, g.children(n).contains(where: { Self.relativePronouns.contains(g.doc.tokens[$0].norm) && $0 < n }) {
            return true
        }
        let marker = g.marker(n)
        if base == .advcl, let m = marker, Self.separateEventMarkers.contains(m) { return true }
        let tag = g.tag(n)
        guard tag == .noun || tag == .verb || tag == .propn else { return false }
        if base == .obl || base == .nmod || rel == .compound {
            if let m = marker, Self.separateEventMarkers.contains(m) { return true }
            if tag == .noun, !Self.framingMarkers.contains(marker ?? ""),
                Self.eventNouns.contains(g.lemma(n)) || !lexicon.refs(forNoun: g.lemma(n)).isEmpty
            {
                return true
            }
        }
        return false
    }

    /// Whether a date expression stands inside brackets ("on 17 October (between 15 and 19 October)").
    func isInsideParentheses(_ t: TimeExpression, _ g: SentenceGraph) -> Bool {
        var i = t.tokens.lowerBound - 1
        while i >= g.range.lowerBound {
            switch Self.bracket(g.doc.tokens[i].norm) {
            case UInt8(ascii: ")"), UInt8(ascii: "]"): return false
            case UInt8(ascii: "("), UInt8(ascii: "["): return true
            default: i -= 1
            }
        }
        return false
    }

    /// The byte of a word that is a single ASCII byte, else nil: a word equals "(" exactly when it is that one
    /// byte, and reading it spares four string comparisons per word walked back over.
    static func bracket(_ w: String) -> UInt8? {
        let bytes = w.utf8
        return bytes.count == 1 ? bytes.first : nil
    }
}

/// Gives the people reported killed to the events they belong to.
///
/// Events that can carry deaths are violent ones (CAMEO 18–20, 145, 175) and those of an ACLED conflict category
/// (battles, violence against civilians, explosions, riots, protests).
///
/// - A count goes to the first asserted violent event of its sentence, or to the killing the count hangs on when
///   that first event does not kill by itself (an abduction, a riot, an arrest); but when the count sits in a phrase about
///   another event ("protested over the killing of two men", "in revenge for two herders killed on Sunday"):
///   then it goes to a violent event inside that phrase, or to none.
/// - A count whose only event is the dying itself, with nobody said to have killed ("Six people were killed."
///   after "Jets struck a house."), is the outcome of the incident told before: it goes to the article's first
///   asserted violent event on the same date.
/// - A count in a sentence with no violent event goes to the article's first asserted violent event.
/// - A toll told in a later sentence, on the date of the article's first violent event and about no other event,
///   goes to that first event when it has none of its own (the attack first, its dead after).
/// - A coder's note ("Fatalities coded as 12") gives the total outright.
struct FatalityAssigner {
    static func assign(_ events: inout [EventMention], doc: Document) {
        let asserted = events.indices.filter { events[$0].modality == .asserted }
        let violent = asserted.filter { isConflict(events[$0]) }
        if let coded = FatalityCounter.codedTotal(in: doc) {
            if let v = violent.first ?? asserted.first { events[v].fatalities = coded }
            return
        }
        var leftovers: [(FatalityCounter.Report, Int)] = []
        var credits: [(Int, Int, FatalityCounter.Report)] = []  // event, sentence, count
        // "lynched" tells a mob's beating, not always a death: a report that says the victim was rescued or
        // survived counts no dead for it. The article's words are read for it only once a lynching is counted.
        var survived: Bool?
        for s in doc.sentences.indices {
            var reports = FatalityCounter.reports(in: doc, sentence: s)
            if reports.contains(where: { doc.lemmas[$0.cue] == "lynch" }) {
                if survived == nil { survived = doc.lemmas.contains { survivalWords.contains($0) } }
                if survived == true { reports.removeAll { doc.lemmas[$0.cue] == "lynch" } }
            }
            guard !reports.isEmpty else { continue }
            let g = SentenceGraph(doc: doc, sentence: s)
            let here = violent.filter { events[$0].sentence == s }
            for r in reports where r.count > 0 {
                var owner: Int?
                if let ctx = r.separateContext {
                    let phrase = Set(g.subtree(ctx))
                    owner = here.first { phrase.contains(events[$0].trigger) }
                    if owner == nil { continue }
                } else {
                    owner = here.first { FatalityCounter.separateContext(of: events[$0].trigger, g) == nil } ?? here.first
                    // "Gang members kidnapped 10 people and killed one of them", "rioters burned tyres and police
                    // shot a man dead": the killing, not the abduction, riot or arrest, has the dead.
                    // A death with no killer named, or one the rioters themselves caused, stays with the riot.
                    if let f = owner, nonLethalPrefixes.contains(where: { events[f].code.hasPrefix($0) }),
                        let k = killingEvent(above: r.cue, among: here, events, g), k != f,
                        !isBareDeath(events[k], doc: doc),
                        events[f].code.hasPrefix("181") || Set(events[k].source.map(\.code)) != Set(events[f].source.map(\.code))
                    {
                        owner = k
                    }
                }
                guard var o = owner else {
                    leftovers.append((r, s))
                    continue
                }
                if isBareDeath(events[o], doc: doc),
                    let earlier = violent.first(where: { events[$0].sentence < s && events[$0].date == events[o].date })
                {
                    o = earlier
                }
                credits.append((o, s, r))
            }
        }
        if let v = violent.first {
            for (r, s) in leftovers { credits.append((v, s, r)) }
        }
        // Counts of one sentence for one event add up ("one died on Monday, two on Tuesday").
        var merged: [(Int, Int, FatalityCounter.Report)] = []
        for c in credits {
            if let k = merged.firstIndex(where: { $0.0 == c.0 && $0.1 == c.1 }) {
                merged[k].2.count += c.2.count
                merged[k].2.isAdditional = merged[k].2.isAdditional || c.2.isAdditional
            } else {
                merged.append(c)
            }
        }
        // "Gunmen attacked a police post. They killed six officers.": the toll told after the article's first
        // violent event, on its date and not about another event, belongs to that incident when it has no toll
        // of its own.
        if let first = violent.first, !merged.contains(where: { $0.0 == first }) {
            for k in merged.indices where events[merged[k].0].sentence > events[first].sentence
                && events[merged[k].0].date == events[first].date && merged[k].2.separateContext == nil
            {
                merged[k].0 = first
            }
        }
        for (o, s, r) in merged { credit(r, to: o, from: s, &events) }
    }

    /// Adds a count to an event. A count from a later sentence that does not say it adds to the dead ("two more",
    /// "another") restates the toll: the event keeps the larger figure.
    private static func credit(_ r: FatalityCounter.Report, to o: Int, from s: Int, _ events: inout [EventMention]) {
        guard let had = events[o].fatalities else {
            events[o].fatalities = r.count
            return
        }
        if events[o].sentence != s && !r.isAdditional {
            events[o].fatalities = max(had, r.count)
        } else {
            events[o].fatalities = had + r.count
        }
    }

    static let survivalWords: WordSet = ["rescue", "survive", "nearly", "narrowly"]

    /// Codes of violent events that do not kill by themselves: abductions (181), protests and riots (14),
    /// arrests, seizures and other repression (17).
    static let nonLethalPrefixes = ["181", "14", "17"]

    /// The lethal violent event whose trigger is the cue or governs it closely ("killed one of them").
    static func killingEvent(above cue: Int, among here: [Int], _ events: [EventMention], _ g: SentenceGraph) -> Int? {
        var node: Int? = cue
        var steps = 0
        while let n = node, steps < 4 {
            if let e = here.first(where: { events[$0].trigger == n }) {
                let code = events[e].code
                let lethal = (code.hasPrefix("18") || code.hasPrefix("19") || code.hasPrefix("20")) && !code.hasPrefix("181")
                return lethal ? e : nil
            }
            node = g.head(n)
            steps += 1
        }
        return nil
    }

    /// Whether an event is violent: CAMEO 18–20 (assault, fight, mass violence), 145 (violent protest) or 175.
    static func isViolent(_ e: EventMention) -> Bool {
        // The root as a number: only "18", "19" and "20" read as 18, 19 and 20, and comparing the two-character
        // prefix with each as text cost three generic string comparisons.
        (18...20).contains(EventMatcher.root(e.code)) || e.code.hasPrefix("145") || e.code.hasPrefix("175")
    }

    /// ACLED event types whose events carry fatalities.
    static let conflictTypes: WordSet = [
        "Battles", "Violence against civilians", "Explosions/Remote violence", "Riots", "Protests",
    ]

    /// Whether deaths can belong to an event: a violent one, or one of a conflict category (a riot or a protest
    /// in which people died).
    static func isConflict(_ e: EventMention) -> Bool {
        if isViolent(e) { return true }
        if let t = e.acled?.eventType { return conflictTypes.contains(t) }
        return false
    }

    /// An event that is only the dying, with no one said to have caused it ("five people were killed").
    static func isBareDeath(_ e: EventMention, doc: Document) -> Bool {
        let t = e.trigger
        let l = doc.lemmas[t]
        if FatalityCounter.dieVerbs.contains(l) { return true }
        guard FatalityCounter.killVerbs.contains(l) || FatalityCounter.mannerVerbs.contains(l)
            || ["death", "killing", "fatality"].contains(l)
        else { return false }
        if e.source.isEmpty { return true }
        // A passive with no "by" agent: "a soldier was killed" (the source came from elsewhere in the sentence).
        guard let s = doc.sentenceIndex(ofToken: t) else { return false }
        // Or a headline participle with no object: "one officer killed in the violence".
        var passive = false
        var object = false
        for i in doc.sentences[s].tokens where doc.heads[i] == t {
            let r = doc.relations[i]
            if r == .auxPass || r == .nsubjPass { passive = true }
            if r == .obj { object = true }
            if r == .oblAgent { return false }
            if r == .obl, hasBy(i, doc: doc, sentence: s) { return false }
        }
        return passive || (!object && doc.tokens[t].norm.hasSuffix("ed") && doc.tags[t] == .verb)
    }

    private static func hasBy(_ i: Int, doc: Document, sentence s: Int) -> Bool {
        for k in doc.sentences[s].tokens where doc.heads[k] == i && doc.relations[k] == .case_ && doc.tokens[k].norm == "by" {
            return true
        }
        return false
    }
}

extension Coder {
    /// Deaths to events; see ``FatalityAssigner``.
    func assignFatalities(_ events: inout [EventMention], doc: Document) {
        FatalityAssigner.assign(&events, doc: doc)
    }
}

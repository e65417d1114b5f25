/// The combination rules of ``ActorRecognizer`` applied to the matched names of one sentence.
struct SentenceRules {
    typealias Atom = ActorRecognizer.Atom
    typealias Entry = ActorDictionary.Entry

    let recognizer: ActorRecognizer
    let tokens: [Token]
    let ids: [Int32]
    let date: Day?
    /// The current sentence's matched names and token range.
    var atoms: [Atom] = []
    var range: Range<Int> = 0..<0

    init(recognizer: ActorRecognizer, tokens: [Token], ids: [Int32], date: Day?) {
        self.recognizer = recognizer
        self.tokens = tokens
        self.ids = ids
        self.date = date
    }

    @inline(__always) func has(_ i: Int, _ f: ActorLexicon.WordFlags) -> Bool {
        let id = ids[i]
        return id >= 0 && recognizer.lexicon.flags[Int(id)].contains(f)
    }

    /// Words that may stand between a country or group and its agent word ("Israeli special forces").
    static let modifiers: WordSet = [
        "special", "elite", "regular", "ground", "armed", "masked", "heavily", "heavily-armed", "suspected",
        "alleged", "local", "senior", "top", "junior", "former", "retired", "rogue", "allied", "pro-government",
        "anti-government", "state", "federal", "national", "regional", "county", "provincial", "foreign", "many",
        "several", "some", "other", "new", "interim", "transitional", "caretaker", "occupation", "occupying",
        "enemy", "islamist", "radical", "hardline", "young", "angry", "unarmed", "innocent", "wounded", "injured",
        "displaced", "fellow", "jewish", "arab", "muslim", "christian", "shiite", "shia", "sunni", "druze",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
        "uniformed", "plainclothes", "plain-clothes", "off-duty", "reserve", "jihadist", "militant", "rebel",
        "extremist", "hardline", "deputy", "acting", "outgoing", "incoming", "then", "then-", "late", "ex",
        "unidentified", "unknown", "so-called", "main", "chief", "lead", "leading", "prominent", "veteran",
    ]

    static let stateSectors: WordSet = ["GOV", "MIL", "COP", "SPY", "LEG", "JUD"]

    static let formerWords: WordSet = ["former", "ex", "retired", "then-former"]

    var entries: [Entry] { recognizer.dictionary.entries }

    func entry(_ a: Atom) -> Entry { recognizer.dictionary.entries[Int(a.entries[0])] }

    /// An atom's agent flags, read in place: the rules test them often, and ``entry(_:)`` copies a whole entry.
    func flags(_ a: Atom) -> ActorDictionary.AgentFlags { recognizer.dictionary.entries[Int(a.entries[0])].flags }

    func isAgent(_ k: Int) -> Bool { k < atoms.count && atoms[k].form == .agent }

    /// The text of tokens, spaced as written.
    func text(_ r: Range<Int>) -> String {
        Pieces.string { s in
            for i in r {
                if i > r.lowerBound && tokens[i].spaceBefore { s.add(" ") }
                s.add(tokens[i].text)
            }
        }
    }

    /// Whether "former" or "ex-" stands in or just before a token range.
    func hasFormer(_ r: Range<Int>) -> Bool {
        let lo = max(range.lowerBound, r.lowerBound - 1)
        for i in lo..<r.upperBound {
            if has(i, .former) { return true }
            if Self.isExPrefixed(tokens[i].norm) { return true }
        }
        return false
    }

    /// Whether a norm is "ex-" and more ("ex-minister"), tested on its first bytes.
    @inline(__always) static func isExPrefixed(_ norm: String) -> Bool {
        let n = norm.utf8
        guard n.count > 3 else { return false }
        var it = n.makeIterator()
        return it.next() == 0x65 && it.next() == 0x78 && it.next() == 0x2D
    }

    /// Whether "the" stands before token `p`, with at most two modifiers between.
    func isDefinite(_ p: Int) -> Bool {
        var j = p - 1
        var n = 0
        while j >= range.lowerBound, n <= 2 {
            if has(j, .the) { return true }
            guard has(j, .modifier) else { return false }
            j -= 1
            n += 1
        }
        return false
    }

    /// The index of the atom starting exactly at token `p`, searching from atom `k`.
    func atom(startingAt p: Int, from k: Int) -> Int? {
        var m = k
        while m < atoms.count, atoms[m].range.lowerBound < p { m += 1 }
        return m < atoms.count && atoms[m].range.lowerBound == p ? m : nil
    }

    /// Whether a country, group, organisation or person is named within six words from token `p`.
    func nameFollows(_ p: Int, atomsFrom k: Int) -> Bool {
        (p..<min(range.upperBound, p + 6)).contains { q in
            atom(startingAt: q, from: k).flatMap { atoms[$0].form }.map { $0 != .agent } ?? false
        }
    }

    /// Adjacent agent atoms from atom `m`: the index of the last one.
    func chainEnd(_ m: Int) -> Int {
        var last = m
        while isAgent(last + 1), atoms[last + 1].range.lowerBound == atoms[last].range.upperBound,
            !flags(atoms[last]).contains(.titleOnly)
        {
            last += 1
        }
        return last
    }

    /// The agent chain following atom `k` (after an optional "'s" and modifiers), as (first, last) atom indices.
    func followingAgents(_ k: Int, possessiveOnly: Bool = false) -> (first: Int, last: Int)? {
        var j = atoms[k].range.upperBound
        var possessive = false
        if j < range.upperBound, has(j, .possessive) {
            j += 1
            possessive = true
        }
        if possessiveOnly && !possessive { return nil }
        // An agent may itself start with a modifier word ("special forces"): look for it before skipping each one.
        var skipped = 0
        while j < range.upperBound {
            if let m = atom(startingAt: j, from: k + 1) {
                return isAgent(m) ? (m, chainEnd(m)) : nil
            }
            guard skipped < 3, has(j, .modifier) || tokens[j].kind == .number else { return nil }
            j += 1
            skipped += 1
        }
        return nil
    }

    /// A person atom right after atom `last` when `last` is a title.
    func titledPerson(after last: Int) -> Int? {
        guard flags(atoms[last]).contains(.title), last + 1 < atoms.count,
            atoms[last + 1].form == .person, atoms[last + 1].range.lowerBound == atoms[last].range.upperBound
        else { return nil }
        return last + 1
    }

    // MARK: - Emitting

    /// The norms of tokens `r` separated by single spaces.
    func addNorms(_ r: Range<Int>, to s: inout Pieces) {
        for i in r {
            if i > r.lowerBound { s.add(" ") }
            s.add(tokens[i].norm)
        }
    }

    /// "agents.tsv:3 prime minister": the entry's line and, for agent words, the words as matched; for atoms `ks`,
    /// joined by " + ", after `head` when given. Written as one string: every emitted mention has a label.
    func labels(_ ks: ClosedRange<Int>, after head: String? = nil) -> String {
        Pieces.string { s in
            if let head {
                s.add(head)
                s.add(" + ")
            }
            for k in ks {
                if k > ks.lowerBound { s.add(" + ") }
                let e = Int(atoms[k].entries[0])
                if entries[e].form == .agent {
                    s.add(entries[e].source)
                    s.add(" ")
                    addNorms(atoms[k].range, to: &s)
                } else {
                    s.add(entries[e].label)
                }
            }
        }
    }

    func remember(_ m: ActorMention, _ memory: inout ActorRecognizer.Memory) {
        switch m.kind {
        case .group:
            // Named state forces ("IDF") are not what "the group" refers back to.
            if !Self.stateSectors.contains(m.actor.sector ?? "") { memory.groups.append((m.actor, m.entry)) }
        case .organization: memory.organization = (m.actor, m.entry)
        case .person: memory.person = (m.actor, m.entry)
        default: break
        }
        if let c = m.actor.country {
            if m.actor.sector == "MIL" { memory.military = (c, m.entry) }
            if m.actor.sector == "REB" || m.actor.sector == "INS" { memory.armed = (m.actor, m.entry) }
        }
    }

    func emit(_ m: ActorMention, _ memory: inout ActorRecognizer.Memory, _ out: inout [ActorMention]) {
        out.append(m)
        remember(m, &memory)
    }

    /// The person of atom `p`, the mention starting at token `start` (title and country words before it).
    func person(_ p: Int, start: Int, prefix: String?) -> ActorMention {
        let a = atoms[p]
        let r = recognizer.resolvePerson(a.entries, date: date)
        var actor = r.actor
        var note = r.note
        if hasFormer(start..<a.range.upperBound), let c = actor.country {
            actor = Actor(code: c + "ELI", country: c, sector: "ELI", name: actor.name)
            note = "former → \(actor.code)"
        }
        let e = entries[Int(r.entry)]
        let label = (prefix.map { $0 + " + " } ?? "") + e.label + " [\(note)]"
        return ActorMention(tokens: start..<a.range.upperBound, head: a.range.upperBound - 1, actor: actor, kind: .person, entry: label)
    }

    /// Country + sector, with "former" turning the sector into ELI.
    func combined(country: String, sector: String?, r: Range<Int>) -> Actor {
        let s = hasFormer(r) ? "ELI" : sector
        return Actor(code: country + (s ?? ""), country: country, sector: s, name: text(r))
    }

    // MARK: - Rules

    func run(memory: inout ActorRecognizer.Memory, out: inout [ActorMention]) {
        var k = 0
        while k < atoms.count {
            let a = atoms[k]
            guard let form = a.form else {
                if let p = memory.person {
                    let n = tokens[a.range.lowerBound].norm
                    out.append(ActorMention(tokens: a.range, head: a.range.lowerBound, actor: p.actor, kind: .pronoun, entry: "pronoun '\(n)' → \(p.label)"))
                }
                k += 1
                continue
            }
            switch form {
            case .country, .capital, .group, .organization:
                k = named(k, form, &memory, &out)
            case .person:
                k = personRule(k, &memory, &out)
            case .agent:
                k = agentRule(k, &memory, &out)
            case .stop:
                k += 1
            }
        }
    }

    /// A country, capital, group or organisation, possibly with an agent chain after it.
    func named(_ k: Int, _ form: ActorDictionary.Form, _ memory: inout ActorRecognizer.Memory, _ out: inout [ActorMention]) -> Int {
        let a = atoms[k]
        let e = entry(a)
        let kind: ActorMention.Kind = form == .country ? .country : form == .capital ? .capital : form == .group ? .group : .organization
        if let (first, last) = followingAgents(k) {
            if let p = titledPerson(after: last) {
                emit(person(p, start: a.range.lowerBound, prefix: labels(k...last)), &memory, &out)
                return p + 1
            }
            let agent = entry(atoms[first])
            let span = a.range.lowerBound..<atoms[last].range.upperBound
            let head = atoms[last].range.upperBound - 1
            if agent.flags.contains(.corefOnly) {
                // "the Lebanese group": the last group of that country.
                if isDefinite(a.range.lowerBound), let c = e.actor.country, form == .country,
                    let g = memory.groups.last(where: { $0.actor.country == c })
                {
                    out.append(ActorMention(tokens: span, head: head, actor: g.actor, kind: .group, entry: "coreference '\(text(span))' → \(g.label)"))
                    return last + 1
                }
            } else if !agent.flags.contains(.titleOnly) {
                let label = labels(first...last, after: e.label)
                switch form {
                case .country, .capital:
                    if let c = e.actor.country {
                        let actor = combined(country: c, sector: agent.actor.sector, r: span)
                        emit(ActorMention(tokens: span, head: head, actor: actor, kind: .agent, entry: label), &memory, &out)
                        return last + 1
                    }
                default:
                    if e.actor.sector == "GOV", let c = e.actor.country {
                        // A state body: "Palestinian Authority police" → PSECOP.
                        let actor = combined(country: c, sector: agent.actor.sector, r: span)
                        emit(ActorMention(tokens: span, head: head, actor: actor, kind: .agent, entry: label), &memory, &out)
                    } else {
                        emit(ActorMention(tokens: span, head: head, actor: e.actor, kind: kind, entry: label), &memory, &out)
                    }
                    return last + 1
                }
            }
        }
        emit(ActorMention(tokens: a.range, head: a.range.upperBound - 1, actor: e.actor, kind: kind, entry: e.label), &memory, &out)
        return k + 1
    }

    /// A person; "Netanyahu's government" → the person's country with the agent's sector.
    func personRule(_ k: Int, _ memory: inout ActorRecognizer.Memory, _ out: inout [ActorMention]) -> Int {
        let a = atoms[k]
        let m = person(k, start: a.range.lowerBound, prefix: nil)
        emit(m, &memory, &out)
        if let (first, last) = followingAgents(k, possessiveOnly: true), let c = m.actor.country {
            let agent = entry(atoms[first])
            if !agent.flags.contains(.corefOnly) && !agent.flags.contains(.titleOnly) {
                let span = atoms[first].range.lowerBound..<atoms[last].range.upperBound
                let actor = combined(country: c, sector: agent.actor.sector, r: span)
                emit(ActorMention(tokens: span, head: span.upperBound - 1, actor: actor, kind: .agent, entry: m.entry + " 's + " + labels(first...last)), &memory, &out)
                return last + 1
            }
        }
        return k + 1
    }

    static let prepositions: WordSet = ["of", "from", "in"]

    /// A bare agent: title before a person, back-reference, "agent of/in/from country", or sector only.
    func agentRule(_ k: Int, _ memory: inout ActorRecognizer.Memory, _ out: inout [ActorMention]) -> Int {
        let a = atoms[k]
        let last = chainEnd(k)
        if let p = titledPerson(after: last) {
            emit(person(p, start: a.range.lowerBound, prefix: labels(k...last)), &memory, &out)
            return p + 1
        }
        let e = entry(a)
        let span = a.range.lowerBound..<atoms[last].range.upperBound
        let head = span.upperBound - 1
        if e.flags.contains(.titleOnly) { return last + 1 }
        let sector = e.actor.sector
        // "agent of/from/in country|group"
        var j = span.upperBound
        if j < range.upperBound, has(j, .preposition) {
            let prep = tokens[j].norm
            j += 1
            if j < range.upperBound, has(j, .the) { j += 1 }
            if !e.flags.contains(.corefOnly), let m = atom(startingAt: j, from: last + 1), let f = atoms[m].form {
                let target = entry(atoms[m])
                let label = labels(k...last) + " + \(prep) " + target.label
                if (f == .country || f == .capital) && !(prep == "in" && sector == "MIL"), let c = target.actor.country {
                    emit(ActorMention(tokens: span, head: head, actor: combined(country: c, sector: sector, r: span), kind: .agent, entry: label), &memory, &out)
                    return last + 1
                }
                if (f == .group || f == .organization) && prep != "in" {
                    let kind: ActorMention.Kind = f == .group ? .group : .organization
                    emit(ActorMention(tokens: span, head: head, actor: target.actor, kind: kind, entry: label), &memory, &out)
                    return last + 1
                }
            }
        }
        if isDefinite(a.range.lowerBound) {
            let phrase = "the " + text(span)
            if e.flags.contains(.coref) {
                if let g = memory.groups.last {
                    out.append(ActorMention(tokens: span, head: head, actor: g.actor, kind: .group, entry: "coreference '\(phrase)' → \(g.label)"))
                    return last + 1
                }
                if let g = memory.armed, !e.flags.contains(.corefOnly) {
                    out.append(ActorMention(tokens: span, head: head, actor: g.actor, kind: .agent, entry: "coreference '\(phrase)' → \(g.label)"))
                    return last + 1
                }
            }
            if e.flags.contains(.orgCoref), let o = memory.organization {
                out.append(ActorMention(tokens: span, head: head, actor: o.actor, kind: .organization, entry: "coreference '\(phrase)' → \(o.label)"))
                return last + 1
            }
            if e.flags.contains(.military), let m = memory.military {
                let actor = combined(country: m.country, sector: sector, r: span)
                out.append(ActorMention(tokens: span, head: head, actor: actor, kind: .agent, entry: "coreference '\(phrase)' → \(m.label)"))
                return last + 1
            }
        }
        if e.flags.contains(.corefOnly) {
            // "A group protests", "a group of tenants": an indefinite group no name follows is people, not a
            // back-reference ("a group of al-Shabaab fighters" is the named group's).
            if span.count == 1, tokens[span.lowerBound].norm == "group", span.lowerBound > range.lowerBound,
               ["a", "an"].contains(tokens[span.lowerBound - 1].norm), !nameFollows(span.upperBound, atomsFrom: last + 1)
            {
                let people = Actor(code: "CVL", country: nil, sector: "CVL", name: "group")
                emit(ActorMention(tokens: span, head: head, actor: people, kind: .agent, entry: "indefinite '\(text(span))': people"), &memory, &out)
            }
            return last + 1
        }
        var actor = e.actor
        // The canonical form names the actor when the text is that form or its plural, else the words as written.
        let words = Pieces.string { addNorms(span, to: &$0) }
        if words != actor.name && words != actor.name + "s" { actor.name = words }
        if hasFormer(span) { actor = Actor(code: "ELI", country: nil, sector: "ELI", name: actor.name) }
        emit(ActorMention(tokens: span, head: head, actor: actor, kind: .agent, entry: labels(k...last)), &memory, &out)
        return last + 1
    }
}

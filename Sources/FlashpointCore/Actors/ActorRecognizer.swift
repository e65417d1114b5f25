/// Finds actor mentions in a tokenised document.
///
/// Names are matched on ``Token/norm`` sequences, longest first, with the capitalisation the dictionary asks
/// for ("US" matches "US troops" but not "told us"). Matches are then combined within each sentence:
///
/// - country or capital + agent: "Israeli forces" → `ISRMIL`, "Lebanon's prime minister" → `LBNGOV`
///   (possessive "'s" and modifiers such as "special", "security", "senior" may stand between);
/// - agent + of/from/in + country: "police in Kenya" → `KENCOP` (the country stays a mention of its own;
///   "in" is not used for military agents, which are often abroad);
/// - group or organisation + agent: "Hamas militants", "Pokot bandits" → the group;
/// - title + person: "Prime Minister Benjamin Netanyahu" → the person, coded by the role held on `date`
///   (outside every role: the person's country with sector `ELI`); "former" also gives `ELI`;
/// - a bare agent: "police" → code `COP`, country nil;
/// - back-references: "the group"/"the militants" → the last named group, "the army" → the last military
///   actor's country, "he"/"she" → the last person (kind ``ActorMention/Kind/pronoun``).
///
/// A hyphenated compound of countries ("Israeli-Lebanese") gives one mention per country.
public struct ActorRecognizer: Sendable {
    let dictionary: ActorDictionary
    let lexicon: ActorLexicon

    /// Compiles a dictionary for matching.
    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        self.lexicon = ActorLexicon(dictionary)
    }

    /// A matched name before the combination rules.
    struct Atom {
        var range: Range<Int>
        var entries: [Int32]
        /// nil for a pronoun.
        var form: ActorDictionary.Form?
    }

    /// What earlier sentences mentioned, for back-references.
    struct Memory {
        var groups: [(actor: Actor, label: String)] = []
        var organization: (actor: Actor, label: String)?
        var military: (country: String, label: String)?
        var armed: (actor: Actor, label: String)?
        var person: (actor: Actor, label: String)?
    }

    /// All actor mentions of a document, in token order. `sentences` bound the combination rules (an empty list
    /// means one sentence); `date` (the article's date) picks people's roles.
    public func recognize(_ tokens: [Token], sentences: [SentenceSpan], date: Day?) -> [ActorMention] {
        guard !tokens.isEmpty else { return [] }
        var ids = [Int32](repeating: -1, count: tokens.count)
        for i in tokens.indices { ids[i] = lexicon.id(tokens[i].norm) }
        let spans = sentences.isEmpty ? [0..<tokens.count] : sentences.map(\.tokens)
        var out: [ActorMention] = []
        var memory = Memory()
        var rules = SentenceRules(recognizer: self, tokens: tokens, ids: ids, date: date)
        for span in spans {
            let lo = max(0, span.lowerBound)
            let hi = min(tokens.count, span.upperBound)
            guard lo < hi else { continue }
            rules.atoms.removeAll(keepingCapacity: true)
            scan(tokens, ids: ids, range: lo..<hi, into: &rules.atoms)
            guard !rules.atoms.isEmpty else { continue }
            rules.range = lo..<hi
            rules.run(memory: &memory, out: &out)
        }
        return out
    }

    /// Longest-first matching of one sentence.
    func scan(_ tokens: [Token], ids: [Int32], range: Range<Int>, into atoms: inout [Atom]) {
        var i = range.lowerBound
        while i < range.upperBound {
            if ids[i] >= 0, let m = lexicon.match(at: i, end: range.upperBound, ids: ids, tokens: tokens) {
                let form = dictionary.entries[Int(m.entries[0])].form
                if form != .stop { atoms.append(Atom(range: i..<(i + m.length), entries: m.entries, form: form)) }
                i += m.length
                continue
            }
            if ids[i] >= 0 {
                if lexicon.flags[Int(ids[i])].contains(.pronoun) {
                    atoms.append(Atom(range: i..<(i + 1), entries: [], form: nil))
                }
            } else if tokens[i].kind == .word, Self.hasInnerHyphen(tokens[i].norm) {
                compound(tokens[i], at: i, into: &atoms)
            }
            i += 1
        }
    }

    /// Whether a norm of more than three bytes has a hyphen: what a compound of countries needs.
    @inline(__always) static func hasInnerHyphen(_ norm: String) -> Bool {
        let n = norm.utf8
        guard n.count > 3 else { return false }
        for b in n where b == 0x2D { return true }
        return false
    }

    /// "Israeli-Lebanese", "US-Israeli": one country mention per part when every part is a country.
    func compound(_ t: Token, at i: Int, into atoms: inout [Atom]) {
        let parts = t.norm.split(separator: "-")
        // Most hyphenated words have a part that names no country at all; they are let go before the written
        // text is split into characters (the slow part).
        guard parts.allSatisfy(lexicon.mayBeCountry) else { return }
        let texts = t.text.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" || $0 == "\u{2013}" || $0 == "\u{2014}" })
        guard parts.count >= 2, parts.count == texts.count else { return }
        var found: [Atom] = []
        for (p, x) in zip(parts, texts) {
            let es = lexicon.single(p, text: x)
            guard let e = es.first, dictionary.entries[Int(e)].form == .country else { return }
            found.append(Atom(range: i..<(i + 1), entries: [e], form: .country))
        }
        atoms += found
    }

    /// The actor a person stands for on `date`, the chosen entry and a note on the role.
    func resolvePerson(_ candidates: [Int32], date: Day?) -> (actor: Actor, entry: Int32, note: String) {
        if let d = date?.ordinal {
            for c in candidates {
                for r in dictionary.entries[Int(c)].roles where r.from <= d && d <= r.to {
                    return (r.actor, c, "role \(r.actor.code)")
                }
            }
            let e = dictionary.entries[Int(candidates[0])]
            return (e.actor, candidates[0], "no role on \(d == Int.min ? "" : Day(ordinal: d).description) → \(e.actor.code)")
        }
        // No date: the current (open-ended) role, else the latest one.
        for c in candidates {
            if let r = dictionary.entries[Int(c)].roles.last(where: { $0.to == Int.max }) {
                return (r.actor, c, "role \(r.actor.code)")
            }
        }
        let e = dictionary.entries[Int(candidates[0])]
        if let r = e.roles.max(by: { $0.from < $1.from }) { return (r.actor, candidates[0], "role \(r.actor.code)") }
        return (e.actor, candidates[0], "no role → \(e.actor.code)")
    }
}

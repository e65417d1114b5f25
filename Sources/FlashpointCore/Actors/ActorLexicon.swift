/// The dictionary's names compiled for matching: every token norm interned to an integer, and for each first
/// token the names that start with it, longest first.
struct ActorLexicon: Sendable {
    struct Phrase: Sendable {
        let ids: [Int32]
        let aliases: [ActorDictionary.Alias]
        /// Every alias's entry, in order: what a match gives when the text satisfies every alias's capitalisation
        /// (most often so), shared instead of built per match.
        let entries: [Int32]

        init(ids: [Int32], aliases: [ActorDictionary.Alias]) {
            self.ids = ids
            self.aliases = aliases
            entries = aliases.map(\.entry)
        }
    }

    /// Function words the combination rules look at, interned with the names so one lookup per token serves both.
    struct WordFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static let modifier = WordFlags(rawValue: 1)
        static let the = WordFlags(rawValue: 2)
        static let former = WordFlags(rawValue: 4)
        static let preposition = WordFlags(rawValue: 8)
        static let possessive = WordFlags(rawValue: 16)
        static let pronoun = WordFlags(rawValue: 32)
    }

    /// Token norm → interned id: every token of a document is looked up, and a ``WordTable`` answers several times
    /// faster than a `Dictionary` (same answers).
    let vocab: WordTable<Int32>
    /// Per id: whether the word alone names a country under some capitalisation (see ``mayBeCountry(_:)``).
    let countryWords: [Bool]
    /// Per id: its ``WordFlags``.
    let flags: [WordFlags]
    /// First-token id → indices into ``phrases``, longest first.
    let starts: [[Int32]]
    let phrases: [Phrase]

    init(_ d: ActorDictionary) {
        var vocab: [String: Int32] = [:]
        var phrases: [Phrase] = []
        var starts: [[Int32]] = []
        vocab.reserveCapacity(d.aliases.count * 2)
        for (key, list) in d.aliases where !list.isEmpty {
            var ids: [Int32] = []
            for t in key.split(separator: " ") {
                let s = String(t)
                if let id = vocab[s] {
                    ids.append(id)
                } else {
                    let id = Int32(vocab.count)
                    vocab[s] = id
                    starts.append([])
                    ids.append(id)
                }
            }
            starts[Int(ids[0])].append(Int32(phrases.count))
            phrases.append(Phrase(ids: ids, aliases: list))
        }
        for k in starts.indices {
            starts[k].sort { phrases[Int($0)].ids.count > phrases[Int($1)].ids.count }
        }
        var flags = [WordFlags](repeating: [], count: vocab.count)
        func mark(_ words: some Sequence<String>, _ f: WordFlags) {
            for w in words {
                if let id = vocab[w] {
                    flags[Int(id)].insert(f)
                } else {
                    vocab[w] = Int32(flags.count)
                    flags.append(f)
                    starts.append([])
                }
            }
        }
        mark(SentenceRules.modifiers, .modifier)
        mark(["the"], .the)
        mark(SentenceRules.formerWords, .former)
        mark(SentenceRules.prepositions, .preposition)
        mark(["'s", "'"], .possessive)
        mark(["he", "she"], .pronoun)
        var countryWords = [Bool](repeating: false, count: flags.count)
        for p in phrases where p.ids.count == 1 && p.aliases.contains(where: { d.entries[Int($0.entry)].form == .country }) {
            countryWords[Int(p.ids[0])] = true
        }
        self.countryWords = countryWords
        self.flags = flags
        self.vocab = WordTable(vocab.map { ($0.key, $0.value) })
        self.starts = starts
        self.phrases = phrases
    }

    /// The id of a token norm (trying it without diacritics too), or -1.
    @inline(__always) func id(_ norm: String) -> Int32 {
        if let id = vocab[norm] { return id }
        if let f = ActorText.folded(norm), let id = vocab[f] { return id }
        return -1
    }

    /// The longest name starting at token `i` (ending by `end`) whose capitalisation rules the text satisfies:
    /// its length and the entries it stands for.
    func match(at i: Int, end: Int, ids: [Int32], tokens: [Token]) -> (length: Int, entries: [Int32])? {
        let first = ids[i]
        guard first >= 0 else { return nil }
        for pi in starts[Int(first)] {
            // The phrase is read in place until its words match: a copy retains its three arrays.
            let n = phrases[Int(pi)].ids.count
            guard i + n <= end else { continue }
            var same = true
            var k = 1
            while k < n {
                if ids[i + k] != phrases[Int(pi)].ids[k] { same = false; break }
                k += 1
            }
            guard same else { continue }
            let p = phrases[Int(pi)]
            func accepts(_ a: ActorDictionary.Alias) -> Bool {
                for k in 0..<n where !a.rules[k].accepts(tokens[i + k].text) { return false }
                return true
            }
            // Build a list only when some alias's capitalisation fails.
            guard let miss = p.aliases.firstIndex(where: { !accepts($0) }) else { return (n, p.entries) }
            var found = Array(p.entries[..<miss])
            for a in p.aliases[(miss + 1)...] where accepts(a) { found.append(a.entry) }
            if !found.isEmpty { return (n, found) }
        }
        return nil
    }

    /// Whether a single token may name a country: a necessary condition for ``single(_:text:)`` to give a country
    /// entry first, without its capitalisation checks.
    func mayBeCountry(_ norm: Substring) -> Bool {
        let id = self.id(String(norm))
        return id >= 0 && countryWords[Int(id)]
    }

    /// Entries of a single-token name, checked against `text`'s capitalisation.
    func single(_ norm: Substring, text: Substring) -> [Int32] {
        let id = self.id(String(norm))
        guard id >= 0 else { return [] }
        for pi in starts[Int(id)] {
            let p = phrases[Int(pi)]
            guard p.ids.count == 1 else { continue }
            return p.aliases.filter { $0.rules[0].accepts(String(text)) }.map(\.entry)
        }
        return []
    }
}

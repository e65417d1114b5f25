/// The dependency structure of one sentence in a ``Document``, with the look-ups the event rules need.
///
/// Indices are absolute token indices into the document. A class: the rules pass a graph around a lot, and a
/// reference is one count to bump where the struct copied every layer of the document.
final class SentenceGraph {
    let doc: Document
    /// The sentence's index in the document.
    let sentence: Int
    let range: Range<Int>
    /// The dependents of every token in one array, grouped by head in token order: those of token i are
    /// `childList[childStart[i - range.lowerBound]..<childStart[i - range.lowerBound + 1]]`, in order.
    private let childList: [Int]
    private let childStart: [Int]

    /// The actor mentions of the sentence, in token order.
    let actors: [ActorMention]

    init(doc: Document, sentence: Int, actors: [ActorMention] = []) {
        self.doc = doc
        self.sentence = sentence
        self.actors = actors
        let range = doc.sentences[sentence].tokens
        self.range = range
        // Two passes (count, then place) instead of an array per token. The counts summed give where each
        // token's dependents end; placing them from the last token back moves each end down to where they start,
        // so no second array of positions is needed.
        let lo = range.lowerBound
        var start = [Int](repeating: 0, count: range.count + 1)
        for i in range {
            let h = doc.heads[i]
            if h >= 0 && range.contains(h) { start[h - lo] += 1 }
        }
        for k in 0..<range.count { start[k + 1] += start[k] }
        var list = [Int](repeating: 0, count: start[range.count])
        for i in range.reversed() {
            let h = doc.heads[i]
            if h >= 0 && range.contains(h) {
                start[h - lo] -= 1
                list[start[h - lo]] = i
            }
        }
        childList = list
        childStart = start
    }

    /// The dependents of token i, in order.
    func children(_ i: Int) -> ArraySlice<Int> {
        let k = i - range.lowerBound
        return childList[childStart[k]..<childStart[k + 1]]
    }

    func rel(_ i: Int) -> Relation { doc.relations[i] }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    func baseRel(_ i: Int) -> Relation { doc.relations[i].base }

    func lemma(_ i: Int) -> String { doc.lemmas[i] }
    func tag(_ i: Int) -> UPOS { doc.tags[i] }
    func head(_ i: Int) -> Int? {
        let h = doc.heads[i]
        return h >= 0 && range.contains(h) ? h : nil
    }

    func children(_ i: Int, rel r: Relation) -> [Int] { children(i).filter { doc.relations[$0] == r } }
    func firstChild(_ i: Int, rel r: Relation) -> Int? { children(i).first { doc.relations[$0] == r } }

    /// The case or mark word of a dependent ("in" for "in Beirut"), lower-cased; nil when it has none.
    func marker(_ i: Int) -> String? {
        for c in children(i) where doc.relations[c] == .case_ || doc.relations[c] == .mark {
            return doc.lemmas[c]
        }
        return nil
    }

    /// Whether the sentence's heads form a forest (no token is its own ancestor), as they nearly always do.
    private(set) lazy var isForest = Self.headsFormForest(doc, range)

    /// Whether a sentence's dependency heads (those inside it) form a forest: no token is its own ancestor.
    static func headsFormForest(_ doc: Document, _ range: Range<Int>) -> Bool {
        for i in range {
            var x = i
            var steps = 0
            while true {
                let up = doc.heads[x]
                guard up >= 0 && range.contains(up) else { break }
                x = up
                steps += 1
                if steps > range.count { return false }
            }
        }
        return true
    }

    /// All tokens of the subtree under i (i included), bounded to the sentence, in token order.
    func subtree(_ i: Int) -> [Int] {
        guard range.contains(i), isForest else { return collectedSubtree(i) }
        // In a forest each descendant is reached once: mark them, then read the marks in token order (no sort,
        // and the marks and the stack on the stack).
        let n = range.count, lo = range.lowerBound
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: n) { marks in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { stack in
                marks.initialize(repeating: false)
                var top = 0, count = 0
                stack[top] = i
                top += 1
                while top > 0 {
                    top -= 1
                    let t = stack[top]
                    marks[t - lo] = true
                    count += 1
                    for c in children(t) {
                        stack[top] = c
                        top += 1
                    }
                }
                var out: [Int] = []
                out.reserveCapacity(count)
                for k in 0..<n where marks[k] { out.append(lo + k) }
                return out
            }
        }
    }

    /// The subtree by a bounded walk that also stops in a cycle of heads, sorted.
    func collectedSubtree(_ i: Int) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        var guardCount = 0
        while let t = stack.popLast(), guardCount < 4 * range.count + 8 {
            guardCount += 1
            out.append(t)
            stack.append(contentsOf: children(t))
        }
        return out.sorted()
    }

    /// Whether the verb is in the passive voice.
    func isPassive(_ v: Int) -> Bool {
        children(v).contains { doc.relations[$0] == .auxPass || doc.relations[$0] == .nsubjPass || doc.relations[$0] == .csubjPass }
    }

    /// Verbs of harm whose bare participle after a subject is a passive in headline and note style:
    /// "1 suspected Mungiki member killed at slum", "Two officers shot dead in ambush".
    static let headlineParticiples: WordSet = [
        "killed", "shot", "injured", "wounded", "arrested", "abducted", "kidnapped", "beaten", "stabbed", "lynched",
        "hacked", "burnt", "burned", "detained", "murdered", "executed", "assassinated", "ambushed", "seized",
        "captured", "raped", "tortured", "attacked", "targeted", "hit", "struck", "dispersed", "teargassed",
    ]

    /// Nouns for people who are reported harmed.
    static let victimNouns: WordSet = [
        "man", "woman", "person", "people", "child", "boy", "girl", "officer", "policeman", "soldier", "member",
        "civilian", "student", "resident", "farmer", "herder", "suspect", "driver", "trader", "teacher",
        "journalist", "worker", "villager", "body", "family", "pastoralist", "chief", "official", "guard",
        "prisoner", "passenger", "teenager", "youth", "elder", "mp", "councillor", "reservist", "businessman",
        "pupil", "activist", "supporter", "protester", "demonstrator", "herdsman", "fisherman", "motorist",
        "detective", "constable", "ranger", "gangster", "rustler", "bandit", "militant", "fighter", "cleric",
        "priest", "pastor", "imam", "tourist", "lawyer", "judge", "doctor", "nurse", "guard", "watchman",
    ]

    /// A headline passive is a participle with no auxiliary and no object: "Police officer killed in Mandera".
    /// The victim of a headline passive: the subject before the participle, or, when the parse gave it none, the
    /// person noun right before it ("Kenyan police reservist shot dead while patrolling").
    func headlineVictim(_ v: Int) -> Int? {
        guard Self.headlineParticiples.contains(doc.tokens[v].norm) else { return nil }
        // The participle is followed by a preposition, an adverb or nothing ("killed at slum", "shot dead"),
        // never by the start of a noun phrase, which would be its object ("struck a gathering").
        if v + 1 < range.upperBound {
            let next = doc.tags[v + 1]
            guard next == .adp || next == .punct || next == .adv || next == .adj || next == .cconj || next == .sconj
            else { return nil }
        }
        let kids = children(v)
        let blocked = kids.contains { c in
            let r = doc.relations[c]
            return r == .obj || r == .aux || r == .iobj || r == .ccomp || (r == .xcomp && doc.tags[c] != .adj)
        }
        guard !blocked else { return nil }
        // The subject reads as a victim: a number or a person ("2 officers", "Mungiki member", "a man").
        func victim(_ t: Int) -> Bool {
            doc.tags[t] == .num || children(t).contains { doc.relations[$0] == .nummod }
                || Self.victimNouns.contains(doc.lemmas[t])
        }
        if let subject = kids.first(where: { doc.relations[$0] == .nsubj && $0 < v }) {
            return victim(subject) ? subject : nil
        }
        let before = v - 1
        guard before >= range.lowerBound, doc.tags[before] == .noun, victim(before) else { return nil }
        return before
    }

    /// Whether `a` is among the ancestors of i (``ancestors(_:)``), found by walking up without collecting them.
    func isAncestor(_ a: Int, of i: Int) -> Bool {
        var cur = head(i)
        var seen = 0
        while let c = cur, seen < range.count {
            if c == a { return true }
            seen += 1
            cur = head(c)
        }
        return false
    }

    /// Ancestors of i, nearest first.
    func ancestors(_ i: Int) -> [Int] {
        var out: [Int] = []
        var cur = head(i)
        while let c = cur, out.count < range.count {
            out.append(c)
            cur = head(c)
        }
        return out
    }
}

import Foundation
import Synchronization

/// Rule-based English lemmatizer with a hand-written irregular verb list and an exception table learnt from a
/// treebank (only forms the rules get wrong).
struct Lemmatizer: Sendable {
    /// "form\tclass" → lemma, where class is one of N V A R O (see `tagClass`).
    let exceptions: [String: String]
    /// Lemmas already found: a lemma depends only on the word and its tag class, and news repeats its words.
    private let memo = LemmaMemo()

    /// Groups tags that share inflection rules.
    static func tagClass(_ tag: UPOS) -> Character { Character(Unicode.Scalar(tagClassByte(tag))) }

    /// ``tagClass(_:)`` as its ASCII byte, which the memo compares and hashes far more cheaply than a Character.
    @inline(__always)
    static func tagClassByte(_ tag: UPOS) -> UInt8 {
        switch tag {
        case .noun: return 0x4E  // N
        case .verb, .aux: return 0x56  // V
        case .adj: return 0x41  // A
        case .adv: return 0x52  // R
        case .propn: return 0x50  // P
        default: return 0x4F  // O
        }
    }

    /// Lower-cases and unifies typographic apostrophes and quotes.
    static func normalize(_ word: String) -> String {
        var needs = false
        for u in word.utf8 where u >= 0x41 && u <= 0x5A || u >= 0x80 { needs = true; break }
        guard needs else { return word }
        var s = ""
        s.unicodeScalars.reserveCapacity(word.unicodeScalars.count)
        for c in word.lowercased().unicodeScalars {
            switch c.value {
            case 0x2018, 0x2019, 0x201B: s.unicodeScalars.append("'")
            case 0x201C, 0x201D: s.unicodeScalars.append("\"")
            default: s.unicodeScalars.append(c)
            }
        }
        return s
    }

    func lemma(_ word: String, tag: UPOS) -> String {
        let cls = Lemmatizer.tagClassByte(tag)
        let hash = LemmaMemo.hash(word, cls)
        if let known = memo.lookup(word, cls, hash: hash) { return known }
        let found = computeLemma(word, Character(Unicode.Scalar(cls)))
        memo.store(word, cls, hash: hash, found)
        return found
    }

    private func computeLemma(_ word: String, _ cls: Character) -> String {
        let form = Lemmatizer.normalize(word)
        if cls == "P" { return form }
        if !exceptions.isEmpty, let hit = exceptions[form + "\t" + String(cls)] { return hit }
        return Lemmatizer.rules(form, cls)
    }

    static let vowels: Set<UInt8> = Set("aeiou".utf8)

    /// Suffix rules for a lower-cased form of the given class.
    static func rules(_ form: String, _ cls: Character) -> String {
        switch cls {
        case "V":
            if let base = IrregularVerbs.forms[form] { return base }
            return verbRules(form)
        case "N": return nounRules(form)
        case "A": return adjectiveRules(form)
        default: return form
        }
    }

    static func nounRules(_ w: String) -> String {
        let b = Array(w.utf8)
        guard b.count > 3, b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x2D }) else { return w }
        if w.hasSuffix("men") && b.count > 4 { return String(w.dropLast(3)) + "man" }
        guard w.hasSuffix("s") else { return w }
        if w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is") || w.hasSuffix("ics") { return w }
        if w.hasSuffix("ies") && b.count > 4 { return String(w.dropLast(3)) + "y" }
        for ending in ["sses", "xes", "ches", "shes", "zzes", "oes"] where w.hasSuffix(ending) { return String(w.dropLast(2)) }
        return String(w.dropLast())
    }

    static func adjectiveRules(_ w: String) -> String {
        let b = Array(w.utf8)
        guard b.count > 5 else { return w }
        if w.hasSuffix("iest") { return String(w.dropLast(4)) + "y" }
        if w.hasSuffix("ier") { return String(w.dropLast(3)) + "y" }
        return w
    }

    static func verbRules(_ w: String) -> String {
        let b = Array(w.utf8)
        guard b.count > 3, b.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return w }
        if w.hasSuffix("ies") || w.hasSuffix("ied") { return b.count > 4 ? String(w.dropLast(3)) + "y" : String(w.dropLast()) }
        if w.hasSuffix("ying") && b.count == 5 { return String(w.dropLast(4)) + "ie" }  // dying, vying
        if w.hasSuffix("ing") && b.count >= 5 {
            let stem = Array(b.dropLast(3))
            // "bring", "string": no vowel before -ing, so not a suffix.
            return stem.contains(where: { vowels.contains($0) || $0 == 0x79 }) ? restoreStem(stem) : w
        }
        if w.hasSuffix("eed") { return String(w.dropLast()) }
        // rescued, subdued, ensued, queued: no verb ends in -u.
        if w.hasSuffix("ued") { return String(w.dropLast()) }
        if w.hasSuffix("ed") && b.count >= 4 { return restoreStem(Array(b.dropLast(2))) }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            for ending in ["sses", "xes", "ches", "shes", "zzes", "oes"] where w.hasSuffix(ending) { return String(w.dropLast(2)) }
            return String(w.dropLast())
        }
        return w
    }

    /// Turns a stem left after removing -ing/-ed into a base form: undoubles consonants, restores a silent e.
    static func restoreStem(_ s: [UInt8]) -> String {
        let n = s.count
        let stem = String(decoding: s, as: UTF8.self)
        guard n >= 2 else { return stem + "e" }
        func isVowel(_ i: Int) -> Bool { i >= 0 && i < n && vowels.contains(s[i]) }
        let last = s[n - 1], prev = s[n - 2]
        if n == 2 { return isVowel(0) && !isVowel(1) ? stem + "e" : stem }  // us-ed, ow-ing, ag-ed
        // A single vowel after a consonant before the final consonant: decid-, provok-, propos-, execut-, promot-.
        let qu = n >= 4 && s[n - 3] == 0x75 && (s[n - 4] == 0x71 || s[n - 4] == 0x67)  // "qu", "gu" count as consonants (quot-, guid-)
        let singleVowel = isVowel(n - 2) && (!isVowel(n - 3) || qu)
        if n >= 4 && last != prev {
            switch last {
            case 0x64, 0x6B: if singleVowel { return stem + "e" }  // d, k
            case 0x73: if isVowel(n - 2) && !stem.hasSuffix("focus") && !stem.hasSuffix("bias") { return stem + "e" }
            case 0x74:
                // -at after a consonant or i/u (affiliat-, evaluat-), -ut (execut-), C-ot (promot-, quot-), -plet.
                if prev == 0x61 && !(isVowel(n - 3) && s[n - 3] != 0x69 && s[n - 3] != 0x75) { return stem + "e" }
                if prev == 0x75 && !isVowel(n - 3) { return stem + "e" }
                if prev == 0x6F && singleVowel { return stem + "e" }
                if stem.hasSuffix("plet") || stem.hasSuffix("delet") { return stem + "e" }
            case 0x67:
                if (prev == 0x61 || prev == 0x69) && singleVowel && n >= 5 { return stem + "e" }  // engag-, oblig-
                if prev == 0x6E && (s[n - 3] == 0x65 || (s[n - 3] == 0x61 && n >= 5)) { return stem + "e" }  // challeng-, chang-
            default: break
            }
        }
        // expell-, compell-, propell-, repell-, annull-: the -l doubles only in the inflected forms.
        if ["xpell", "mpell", "opell", "epell", "annull"].contains(where: { stem.hasSuffix($0) }) { return String(decoding: s.dropLast(), as: UTF8.self) }
        let keepsDoubleL = stem.hasSuffix("stall") || stem.hasSuffix("thrall") || stem.hasSuffix("spell")
        if last == prev && n > 3 && "bdgmnprtl".utf8.contains(last) && !(last == 0x6C && (n < 7 || keepsDoubleL)) {
            return String(decoding: s.dropLast(), as: UTF8.self)
        }
        var addE = false
        switch last {
        case 0x76, 0x7A: addE = !(last == 0x7A && prev == 0x7A)  // v, z
        case 0x63: addE = true  // c (produc-, forc-)
        case 0x67: addE = prev == 0x64 || prev == 0x72  // -dg, -rg
        case 0x73: addE = !isVowel(n - 2) && prev != 0x73 || (isVowel(n - 2) && isVowel(n - 3))  // nurs-, caus-
        case 0x74: addE = prev == 0x61 && n >= 5 && !isVowel(n - 3)  // negotiat-, locat-
        case 0x72: addE = prev == 0x75 || (prev == 0x69 && isVowel(n - 3)) || "cbtg".utf8.contains(prev)  // secur-, requir-, massacr-
        case 0x6C: addE = (prev == 0x62 || prev == 0x70 || prev == 0x6B || prev == 0x64 || prev == 0x74 || prev == 0x67) && n > 3
        default: break
        }
        if !addE && n <= 4 && !isVowel(n - 1) && isVowel(n - 2) && !isVowel(n - 3) && !"wxy".utf8.contains(last) {
            addE = true  // short consonant–vowel–consonant stems: mak-, tak-, hop-
        }
        if !addE && n >= 4 && !isVowel(n - 1) && isVowel(n - 2) && !isVowel(n - 3) && !isVowel(n - 4)
            && !"wxyrlnmtk".utf8.contains(last) {
            addE = true  // strik-, writ- with consonant cluster before the vowel
        }
        return stem + (addE ? "e" : "")
    }

    /// Exceptions from a treebank: for each (form, class) the majority lemma wherever the rules disagree with it.
    static func deriveExceptions(from sentences: [CoNLLUSentence]) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        for s in sentences {
            for i in s.words.indices {
                let cls = tagClass(s.tags[i])
                guard cls != "P" else { continue }
                let form = normalize(s.words[i])
                let lemma = normalize(s.lemmas[i])
                guard lemma != "_", !form.isEmpty else { continue }
                counts[form + "\t" + String(cls), default: [:]][lemma, default: 0] += 1
            }
        }
        var out: [String: String] = [:]
        for (key, lemmas) in counts {
            guard let (best, n) = lemmas.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { continue }
            let total = lemmas.values.reduce(0, +)
            guard Double(n) >= 0.5 * Double(total) else { continue }
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let form = String(parts[0])
            guard let cls = parts[1].first, rules(form, cls) != best else { continue }
            guard !form.contains(where: \.isNumber) else { continue }
            out[key] = best
        }
        return out
    }

    static func writeExceptions(_ table: [String: String], to url: URL) throws {
        var text = "# form\tclass\tlemma (class: N noun, V verb/aux, A adjective, R adverb, O other)\n"
        for key in table.keys.sorted() { text += key + "\t" + table[key]! + "\n" }
        try Data(text.utf8).write(to: url)
    }

    static func load(_ url: URL) throws -> Lemmatizer {
        let data = try loadModelData(url)
        var table: [String: String] = [:]
        var lineNumber = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            lineNumber += 1
            if line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[1].count == 1 else {
                throw FlashpointError(.invalidResource, "malformed lemma table line", location: "\(url.lastPathComponent):\(lineNumber)")
            }
            table[parts[0] + "\t" + parts[1]] = String(parts[2])
        }
        return Lemmatizer(exceptions: table)
    }
}

/// A bounded, thread-safe memo of lemmas by word and tag class (cleared when full).
///
/// An open-addressing table over an FNV-1a hash of the word's UTF-8 bytes and the class byte: a lemma is looked up
/// for every token, and a `Dictionary` keyed by String and Character (SipHash, Character comparison) cost more
/// than most lemmas take to find anew. Words match only with the very same UTF-8 bytes: String equality would
/// merge canonically equivalent spellings, whose lemmas keep their own bytes.
final class LemmaMemo: Sendable {
    private struct Slots {
        /// Hash of each slot's word and class; 0 marks an empty slot (``LemmaMemo/hash(_:_:)`` is never 0).
        var hashes = [UInt64](repeating: 0, count: 1024)
        var classes = [UInt8](repeating: 0, count: 1024)
        var words = [String](repeating: "", count: 1024)
        var lemmas = [String](repeating: "", count: 1024)
        var count = 0

        /// The slot holding `word` and `cls`, or the empty slot where they would go.
        func slot(_ word: String, _ cls: UInt8, _ hash: UInt64) -> Int {
            let mask = hashes.count - 1
            var i = Int(truncatingIfNeeded: hash >> 40) & mask
            while hashes[i] != 0 && !(hashes[i] == hash && classes[i] == cls && ByteSearch.sameBytes(words[i], word)) {
                i = (i + 1) & mask
            }
            return i
        }

        mutating func insert(_ word: String, _ cls: UInt8, _ hash: UInt64, _ lemma: String) {
            let i = slot(word, cls, hash)
            if hashes[i] == 0 { count += 1 }
            hashes[i] = hash; classes[i] = cls; words[i] = word; lemmas[i] = lemma
        }

        /// Empty slots, `capacity` of them.
        mutating func reset(capacity: Int) {
            hashes = [UInt64](repeating: 0, count: capacity)
            classes = [UInt8](repeating: 0, count: capacity)
            words = [String](repeating: "", count: capacity)
            lemmas = [String](repeating: "", count: capacity)
            count = 0
        }
    }

    private let table = Mutex<Slots>(Slots())
    private static let limit = 100_000

    /// The memo's hash of a word's UTF-8 bytes and a tag class byte; never 0.
    static func hash(_ word: String, _ cls: UInt8) -> UInt64 {
        FeatureHash.mix(UInt64(cls), FeatureHash.fnv(word)) | 1
    }

    func lookup(_ word: String, _ cls: UInt8, hash: UInt64) -> String? {
        table.withLock { t in
            let i = t.slot(word, cls, hash)
            return t.hashes[i] == 0 ? nil : t.lemmas[i]
        }
    }

    func store(_ word: String, _ cls: UInt8, hash: UInt64, _ lemma: String) {
        table.withLock { t in
            if t.count >= Self.limit {
                t.reset(capacity: t.hashes.count)
            } else if (t.count + 1) * 2 > t.hashes.count {
                // Kept at most half full, so that probes stay short.
                var grown = Slots()
                grown.reset(capacity: t.hashes.count * 2)
                for i in t.hashes.indices where t.hashes[i] != 0 {
                    grown.insert(t.words[i], t.classes[i], t.hashes[i], t.lemmas[i])
                }
                t = grown
            }
            t.insert(word, cls, hash, lemma)
        }
    }
}

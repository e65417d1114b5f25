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
    static func tagClass(_ tag: UPOS) -> Character {
        switch tag {
        case .noun: return "N"
        case .verb, .aux: return "V"
        case .adj: return "A"
        case .adv: return "R"
        case .propn: return "P"
        default: return "O"
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
        let cls = Lemmatizer.tagClass(tag)
        let key = LemmaMemo.Key(word: word, cls: cls)
        if let known = memo.lookup(key) { return known }
        let found = computeLemma(word, cls)
        memo.store(key, found)
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
final class LemmaMemo: Sendable {
    /// A word and a tag class, equal only for the very same UTF-8 bytes: String equality would merge canonically
    /// equivalent spellings, whose lemmas keep their own bytes.
    struct Key: Hashable, Sendable {
        var word: String
        var cls: Character

        static func == (a: Key, b: Key) -> Bool {
            guard a.cls == b.cls else { return false }
            var x = a.word, y = b.word
            return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && p.elementsEqual(q) } }
        }

        func hash(into hasher: inout Hasher) {
            var w = word
            w.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(word.utf8.count)
            // The classes are ASCII letters: their byte hashes faster than the Character (equality still
            // compares the Characters).
            hasher.combine(cls.asciiValue ?? 0xFF)
        }
    }

    private let table = Mutex<[Key: String]>([:])
    private static let limit = 100_000

    func lookup(_ key: Key) -> String? {
        table.withLock { $0[key] }
    }

    func store(_ key: Key, _ lemma: String) {
        table.withLock { t in
            if t.count >= Self.limit { t.removeAll(keepingCapacity: true) }
            t[key] = lemma
        }
    }
}

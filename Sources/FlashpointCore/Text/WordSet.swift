import Foundation

/// Fixed word lists looked up by a cheap hash of their UTF-8 bytes.
///
/// The rules ask "is this word one of those" hundreds of times per sentence. `Set<String>` answers with a keyed
/// SipHash over the string, several times the work of FNV-1a over a few bytes and a byte comparison. The answers
/// are still those of `Set<String>`, whose equality is canonical equivalence. An ASCII query is its own canonical
/// (NFC) form, so it equals a word exactly when it has the bytes of the word's NFC form: each word is filed under
/// its own bytes and, when they differ, under the bytes of its NFC form if those are ASCII (the Kelvin sign is
/// "K"), and the bytes settle every ASCII query. A query with a non-ASCII byte that the bytes do not find is asked
/// of a `Set<String>` as well ("e\u{301}" is "é").
///
/// Before hashing, a word is tested on its first byte: when every word of the list starts with an ASCII byte, a
/// query starting with an ASCII byte no word starts with is none of them (an ASCII scalar first stays first and
/// unchanged under canonical equivalence), and most words of a sentence are answered so.
///
/// A class: sets are copied wherever a rule reads an optional requirement, and a copy is then one reference count
/// instead of one for each of the four tables.
final class WordIndex: Sendable {
    /// The words, in the order first given, without repeats.
    let words: [String]
    /// Open addressing: `slots[h & mask]` onwards holds word indices, -1 where empty, and `slotHashes` the hash
    /// of the bytes each slot files its word under.
    private let slots: [Int32]
    private let slotHashes: [UInt64]
    private let mask: Int
    /// Bit b of `firstBytes.0` (b < 64) or `.1` (b ≥ 64): some word starts with ASCII byte b. All bits set when a
    /// word starts with another byte (or is empty), which turns the filter off.
    private let firstBytes: (UInt64, UInt64)
    /// The words by canonical equivalence, for the non-ASCII queries the bytes cannot settle.
    private let exact: [String: Int]

    init(_ given: some Sequence<String>) {
        var words: [String] = []
        var exact: [String: Int] = [:]
        for w in given where exact[w] == nil {
            exact[w] = words.count
            words.append(w)
        }
        // What each word is filed under: its bytes, and the ASCII bytes of its NFC form when those differ.
        var filed: [(key: String, word: Int)] = []
        for (k, w) in words.enumerated() {
            filed.append((w, k))
            guard w.utf8.contains(where: { $0 >= 0x80 }) else { continue }
            let nfc = w.precomposedStringWithCanonicalMapping
            if nfc.utf8.allSatisfy({ $0 < 0x80 }) { filed.append((nfc, k)) }
        }
        var size = 8
        while size < filed.count * 2 { size <<= 1 }
        var slots = [Int32](repeating: -1, count: size)
        var slotHashes = [UInt64](repeating: 0, count: size)
        var low: UInt64 = 0, high: UInt64 = 0
        for (key, k) in filed {
            let h = Self.hash(key)
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[s] >= 0 { s = (s + 1) & (size - 1) }
            slots[s] = Int32(k)
            slotHashes[s] = h
            if let b = key.utf8.first, b < 0x80 {
                if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
            } else {
                (low, high) = (.max, .max)
            }
        }
        self.words = words
        self.slots = slots
        self.slotHashes = slotHashes
        mask = size - 1
        firstBytes = (low, high)
        self.exact = exact
    }

    /// FNV-1a over the bytes, and whether they are all ASCII.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        var h = FeatureHash.offset
        var any: UInt8 = 0
        guard let base = bytes.baseAddress else { return (h, true) }
        for k in 0..<bytes.count {
            let b = base[k]
            h = (h ^ UInt64(b)) &* FeatureHash.prime
            any |= b
        }
        return (h, any < 0x80)
    }

    @inline(__always)
    static func hash(_ word: String) -> UInt64 { FeatureHash.fnv(word) }

    /// The position of `word` in ``words``, if it is there.
    @inline(__always)
    func index(of word: String) -> Int? {
        // The UTF-8 view's contiguous storage (also for small strings) without `withUTF8`'s mutable copy.
        if let found = word.utf8.withContiguousStorageIfAvailable({ find(word, $0) }) { return found }
        var w = word
        return w.withUTF8 { find(word, $0) }
    }

    @inline(__always)
    private func find(_ word: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let b = bytes.first, b < 0x80 {
            let bit = b < 64 ? firstBytes.0 >> UInt64(b) : firstBytes.1 >> UInt64(b - 64)
            if bit & 1 == 0 { return nil }
        }
        let (h, ascii) = Self.hash(bytes)
        if let k = probe(h, { words[$0] == word }) { return k }
        return ascii ? nil : exact[word]
    }

    func index(of word: Substring) -> Int? { index(of: String(word)) }

    /// The word with hash `h` for which `same` holds, walking the probe chain from its slot.
    @inline(__always)
    private func probe(_ h: UInt64, _ same: (Int) -> Bool) -> Int? {
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = Int(slots[s])
            if k < 0 { return nil }
            if slotHashes[s] == h && same(k) { return k }
            s = (s + 1) & mask
        }
    }
}

/// A fixed set of words (see ``WordIndex``): `contains` is what the rules need. Equal when they hold the same
/// words, in whatever order.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral, Hashable {
    private let index: WordIndex

    init(_ words: some Sequence<String>) { index = WordIndex(words) }
    init(arrayLiteral words: String...) { index = WordIndex(words) }

    @inline(__always)
    func contains(_ word: String) -> Bool { index.index(of: word) != nil }
    func contains(_ word: Substring) -> Bool { index.index(of: word) != nil }

    /// This set's words followed by the new ones of `other`.
    func union(_ other: some Sequence<String>) -> WordSet { WordSet(index.words + Array(other)) }

    static func == (a: WordSet, b: WordSet) -> Bool { a.count == b.count && a.allSatisfy(b.contains) }

    func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(index.words.reduce(0) { $0 ^ WordIndex.hash($1) })
    }

    var count: Int { index.words.count }
    var isEmpty: Bool { index.words.isEmpty }
    func makeIterator() -> IndexingIterator<[String]> { index.words.makeIterator() }
}

/// A fixed map from words to values (see ``WordIndex``).
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let index: WordIndex
    private let values: [Value]

    /// A later pair with the same word replaces an earlier one, as assigning into a `Dictionary` would.
    init(_ pairs: some Sequence<(String, Value)>) {
        var order: [String] = []
        var latest: [String: Value] = [:]
        for (w, v) in pairs {
            if latest.updateValue(v, forKey: w) == nil { order.append(w) }
        }
        index = WordIndex(order)
        values = order.map { latest[$0]! }
    }

    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

    @inline(__always)
    subscript(word: String) -> Value? { index.index(of: word).map { values[$0] } }
    subscript(word: Substring) -> Value? { index.index(of: word).map { values[$0] } }

    var keys: [String] { index.words }
    var count: Int { index.words.count }
}

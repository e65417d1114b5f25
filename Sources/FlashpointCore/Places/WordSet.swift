/// A set of words with a filter on their first byte: the toponym finder and the Places stage ask about nearly
/// every capitalised word, and most of them start with a letter no member starts with, so they are answered
/// without hashing the word.
///
/// The answers are those of the `Set<String>`. When every member starts with an ASCII byte, a word starting with
/// another ASCII byte equals none of them, even canonically (an ASCII scalar neither decomposes nor moves in a
/// decomposition); any other word is looked up in the set. A set with a member of another first byte (a
/// typographic quote) is not filtered.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let words: Set<String>
    /// Bit b of `ascii.0` (b < 64) or `ascii.1` (b ≥ 64): some member starts with ASCII byte b.
    private let ascii: (UInt64, UInt64)
    private let filtered: Bool

    init(_ words: Set<String>) {
        self.words = words
        var low: UInt64 = 0, high: UInt64 = 0
        var filtered = true
        for w in words {
            guard let b = w.utf8.first, b < 0x80 else { filtered = false; continue }
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        ascii = (low, high)
        self.filtered = filtered
    }

    init(arrayLiteral elements: String...) {
        self.init(Set(elements))
    }

    func contains(_ word: String) -> Bool {
        if filtered, let b = word.utf8.first, b < 0x80 {
            let bit = b < 64 ? ascii.0 >> UInt64(b) : ascii.1 >> UInt64(b - 64)
            if bit & 1 == 0 { return false }
        }
        return words.contains(word)
    }
}

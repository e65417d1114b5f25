import Foundation
import Testing
@testable import FlashpointCore

@Suite struct WordSetTests {
    /// Enough words to fill many probe chains, with non-ASCII and long ones among them.
    static let words: [String] = (0..<600).map { "w\($0)" } + ["killed", "rafaḥ", "ʿayn", "", "a-very-long-word-beyond-small-strings"]

    @Test func answersAsASetOfStringsWould() {
        let set = WordSet(Self.words)
        let reference = Set(Self.words)
        let queries = Self.words + (590..<700).map { "w\($0)" } + ["kill", "killed ", "Killed", "rafah", "ayn", "a-very-long-word"]
        for q in queries {
            #expect(set.contains(q) == reference.contains(q), "\(q)")
            #expect(set.contains(Substring(q)) == reference.contains(q), "\(q) as a substring")
        }
        #expect(set.count == reference.count)
        #expect(Set(set) == reference)
    }

    /// Words whose canonical (NFC) form is ASCII (the Kelvin sign, the Greek question mark and varia), decomposed
    /// and precomposed spellings: ASCII queries are settled by the bytes alone, and still answer as a `Set<String>`
    /// does, in one list with ASCII words and in lists of a single word (first-byte filter on and off).
    @Test func canonicalEquivalentsAnswerAsASetOfStringsWould() {
        let words = [
            "\u{212A}m", "\u{037E}", "a\u{1FEF}b", "caf\u{E9}", "e\u{301}t\u{E9}", "na\u{EF}ve", "plain",
            "\u{212B}ngstrom", "\u{212A}",
        ]
        let queries = words + [
            "Km", ";", "a`b", "cafe\u{301}", "\u{E9}t\u{E9}", "e\u{301}te\u{301}", "naive", "Plain", "\u{C5}ngstrom",
            "A\u{30A}ngstrom", "Angstrom", "K", "k", "km", "`", "cafe", "", "m",
        ]
        for list in [words] + words.map({ [$0] }) + [["plain", "K"]] {
            let set = WordSet(list)
            let reference = Set(list)
            for q in queries {
                #expect(set.contains(q) == reference.contains(q), "\(q.unicodeScalars.map(\.value)) in \(list)")
            }
        }
        let table = WordTable(words.enumerated().map { ($1, $0) })
        #expect(table["Km"] == 0 && table[";"] == 1 && table["a`b"] == 2 && table["K"] == 8 && table["k"] == nil)
    }

    @Test func keepsFirstOrderWithoutRepeatsAndUnites() {
        let set: WordSet = ["b", "a", "b", "c"]
        #expect(Array(set) == ["b", "a", "c"])
        #expect(Array(set.union(["c", "d"])) == ["b", "a", "c", "d"])
        #expect(!WordSet([String]()).contains(""))
        #expect(WordSet([String]()).isEmpty)
    }

    @Test func tableLooksUpValuesAndLaterPairsWin() {
        let table = WordTable([("one", 1), ("two", 2), ("one", 11)])
        #expect(table["one"] == 11)
        #expect(table["two"] == 2)
        #expect(table["three"] == nil)
        #expect(table[Substring("two")] == 2)
        #expect(table.keys == ["one", "two"])
        let literal: WordTable<Int> = ["march": 3, "may": 5]
        #expect(literal["may"] == 5 && literal["june"] == nil)
    }

    @Test func substringsOfLongerTextAreFound() {
        let text = "troops killed three"
        let set: WordSet = ["killed"]
        let middle = text.split(separator: " ")[1]
        #expect(set.contains(middle))
    }
}

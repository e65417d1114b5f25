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

import Testing
@testable import FlashpointCore

@Suite struct TrimmingTests {
    /// The plain definition: drop scalars with the White_Space property from both ends.
    static func plain(_ s: String) -> String {
        var u = Array(s.unicodeScalars)
        while let f = u.first, f.properties.isWhitespace { u.removeFirst() }
        while let l = u.last, l.properties.isWhitespace { u.removeLast() }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: u)
        return String(out)
    }

    @Test func matchesThePlainDefinition() {
        let cases = [
            "", " ", "\t\t", "word", " word", "word ", "\tword\t", " two words ", "\u{00A0}nbsp\u{00A0}",
            "\u{3000}全角\u{3000}", "\u{2028}line\u{2029}", "\r\nend\r\n", "é", " é ", "e\u{0301} ", " \u{0301}x",
            "\u{200B}zero-width\u{200B}", "\u{FEFF}bom", "a\u{85}", "\u{0B}\u{0C}x\u{0B}",
        ]
        for s in cases {
            #expect(s.trimmingWhitespace() == Self.plain(s), "\(Array(s.unicodeScalars))")
            #expect(String(s[...].trimmingWhitespace()) == Self.plain(s))
        }
    }

    @Test func keepsTheStringWhenNothingIsTrimmed() {
        let s = "Ras En Nakura"
        #expect(s.trimmingWhitespace() == s)
        let inner = "  Ras En Nakura  "[...].dropFirst()
        #expect(inner.trimmingWhitespace() == "Ras En Nakura")
    }
}

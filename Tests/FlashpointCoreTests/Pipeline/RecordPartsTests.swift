import Testing
@testable import FlashpointCore

/// The shortcuts records take give what the straightforward code gives: sentence texts cut from the article's
/// bytes, and ids hashed part by part.
@Suite struct RecordPartsTests {
    /// "é" written composed and decomposed, a CJK word, an emoji with a modifier: scalars of 1–4 bytes, and more
    /// scalars than characters.
    static let text = "Caf\u{E9} r\u{E9}sum\u{E9}\u{301}. 東京で会議。 Then 👍🏽 ok. End"

    static func document(_ spans: [(Int, Int)]) -> Document {
        var doc = Document(article: Article(id: "a", date: Day(iso: "2025-01-01")!, text: text))
        doc.sentences = spans.map { SentenceSpan(start: $0.0, end: $0.1, tokens: 0..<0) }
        return doc
    }

    @Test func sentenceTextsMatchTheScalarWalk() {
        let n = Self.text.unicodeScalars.count
        // In order, overlapping, going back, empty, reaching past the end, starting past the end.
        let doc = Self.document([(0, 13), (14, 20), (10, 30), (0, 4), (22, 22), (21, n + 5), (n + 2, n + 9)])
        let all = doc.sentenceTexts()
        #expect(all == doc.sentences.indices.map { doc.text(ofSentence: $0) })
        #expect(all[0] == "Caf\u{E9} r\u{E9}sum\u{E9}\u{301}.")
        #expect(all[5] == "Then 👍🏽 ok. End")
        #expect(all[6] == "")
    }

    /// An all-ASCII article takes the byte-offset path: the same texts as the scalar walk, for spans in order, going
    /// back, empty, ending before they start, reaching past the end and starting past the end.
    @Test func asciiSentenceTextsMatchTheScalarWalk() {
        let text = "Police fired on protesters in Meru. Two people were hurt; ten arrested. End"
        var doc = Document(article: Article(id: "a", date: Day(iso: "2025-01-01")!, text: text))
        let n = text.utf8.count
        doc.sentences = [(0, 35), (36, 71), (10, 40), (72, 75), (5, 5), (70, n + 4), (n + 1, n + 9), (30, 20)]
            .map { SentenceSpan(start: $0.0, end: $0.1, tokens: 0..<0) }
        #expect(doc.sentenceTexts() == doc.sentences.indices.map { doc.text(ofSentence: $0) })
    }

    /// The word-at-a-time ASCII test agrees with a byte-by-byte one, with one non-ASCII byte at every position.
    @Test func asciiTestMatchesTheBytes() {
        for length in 0..<21 {
            var bytes = [UInt8](repeating: 0x61, count: length)
            #expect(bytes.withUnsafeBufferPointer { Document.isASCII($0) })
            for k in 0..<length {
                bytes[k] = 0xC3
                #expect(!bytes.withUnsafeBufferPointer { Document.isASCII($0) }, "\(length) \(k)")
                bytes[k] = 0x7F
                #expect(bytes.withUnsafeBufferPointer { Document.isASCII($0) }, "\(length) \(k)")
            }
        }
    }

    @Test func onlyTheWantedSentencesAreCut() {
        let doc = Self.document([(0, 13), (14, 20), (21, 32)])
        let some = doc.sentenceTexts(where: [false, true, false])
        #expect(some == ["", doc.text(ofSentence: 1), ""])
        #expect(some[1] == "東京で会議。")
    }

    @Test func idHashedByPartsIsTheIdOfTheKey() {
        for (article, sentence, trigger, code) in [
            ("t", 0, 0, "190"), ("lebanon-israel-report", 1234, 98_765, "051"), ("é-\u{65}\u{301}", -7, 10, "0211"),
            ("", Int.min, Int.max, ""), ("x", 9, 10, "1"), ("x", 100, 999, "1"),
        ] {
            #expect(
                Coder.stableID(article: article, sentence: sentence, trigger: trigger, code: code)
                    == Coder.stableID("\(article)|\(sentence)|\(trigger)|\(code)"), "\(article) \(sentence) \(trigger)")
        }
    }

    @Test func stableIDIsSixteenHexDigits() {
        // FNV-1a of the empty input is its offset basis.
        #expect(Coder.stableID("") == "cbf29ce484222325")
        #expect(Coder.stableID("a") == "af63dc4c8601ec8c")
    }
}

import Foundation
@testable import FlashpointCore

/// Test-only helpers: a small whitespace/punctuation splitter that follows the tokenizer's conventions
/// (punctuation split off, dotted abbreviations and hyphenated words kept, "'s" split off, ’ → ').
enum ActorFixture {
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var offset = 0
        for raw in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(raw).replacingOccurrences(of: "’", with: "'")
            var before: [String] = []
            var after: [String] = []
            while let f = word.first, "\"(".contains(f) {
                before.append(String(f))
                word.removeFirst()
            }
            while let l = word.last, ",;:!?\")".contains(l) || (l == "." && !word.dropLast().contains(".")) {
                after.insert(String(l), at: 0)
                word.removeLast()
            }
            if word.count > 2, word.hasSuffix("'s") {
                after.insert("'s", at: 0)
                word.removeLast(2)
            }
            var first = true
            for piece in before + (word.isEmpty ? [] : [word]) + after {
                let kind: Token.Kind = piece.first!.isLetter ? .word : piece.first!.isNumber ? .number : .punctuation
                out.append(Token(text: piece, norm: piece.lowercased(), start: offset, end: offset + piece.count, kind: kind, spaceBefore: first))
                offset += piece.count
                first = false
            }
            offset += 1
        }
        return out
    }

    /// Sentences split at "." tokens.
    static func sentences(_ tokens: [Token]) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        var start = 0
        for (i, t) in tokens.enumerated() where t.text == "." {
            spans.append(SentenceSpan(start: tokens[start].start, end: t.end, tokens: start..<(i + 1)))
            start = i + 1
        }
        if start < tokens.count {
            spans.append(SentenceSpan(start: tokens[start].start, end: tokens.last!.end, tokens: start..<tokens.count))
        }
        return spans
    }

    static let recognizer: ActorRecognizer = {
        // The bundled dictionaries; a failure here fails every test that uses them.
        ActorRecognizer(dictionary: (try? ActorDictionary.loadDefault()) ?? ActorDictionary())
    }()

    /// (covered words, code) of each mention.
    static func mentions(_ text: String, date: String? = "2025-06-01", recognizer: ActorRecognizer = recognizer) -> [ActorMention] {
        let toks = tokens(text)
        return recognizer.recognize(toks, sentences: sentences(toks), date: date.flatMap { Day(iso: $0) })
    }

    static func codes(_ text: String, date: String? = "2025-06-01", recognizer: ActorRecognizer = recognizer) -> [String: String] {
        let toks = tokens(text)
        var out: [String: String] = [:]
        for m in recognizer.recognize(toks, sentences: sentences(toks), date: date.flatMap { Day(iso: $0) }) {
            out[toks[m.tokens].map(\.text).joined(separator: " ")] = m.actor.code
        }
        return out
    }
}

import Foundation
import FlashpointCore

/// The text of `flashpoint explain`: one section per pipeline layer.
struct Explanation {
    let doc: Document
    let records: [EventRecord]

    func render() -> String {
        var out = "article date: \(doc.article.date)\n"
        for s in doc.sentences.indices {
            let span = doc.sentences[s]
            out += "\n== sentence \(s + 1) [\(span.start), \(span.end)]: \(doc.text(ofSentence: s))\n"
            out += "\n-- tokens, tags and dependency tree\n"
            out += "  #  word                 tag    lemma            head  relation\n"
            for i in span.tokens {
                let head = doc.heads[i] >= 0 ? String(doc.heads[i] - span.tokens.lowerBound + 1) : "0"
                out += pad(String(i - span.tokens.lowerBound + 1), 3) + "  " + pad(doc.tokens[i].text, 20) + " "
                    + pad(doc.tags[i].name, 6) + " " + pad(doc.lemmas[i], 16) + " " + pad(head, 5) + " "
                    + doc.relations[i].name + "\n"
            }
            let actors = doc.actors.filter { span.tokens.contains($0.head) }
            out += "\n-- actors\n"
            if actors.isEmpty { out += "  (none)\n" }
            for m in actors {
                out += "  \(doc.text(ofTokens: m.tokens)) → \(m.actor.code) (country \(m.actor.country ?? "-"), sector \(m.actor.sector ?? "-"), \(m.kind.rawValue)) from \(m.entry)\n"
            }
            let times = doc.times.filter { span.tokens.contains($0.tokens.lowerBound) }
            out += "\n-- dates\n"
            if times.isEmpty { out += "  (none in this sentence)\n" }
            for t in times {
                out += "  '\(t.text)' → \(t.day) (\(t.precision.rawValue), \(t.relation)): \(t.rule)\n"
            }
            let events = doc.events.filter { $0.sentence == s }
            out += "\n-- events\n"
            if events.isEmpty { out += "  (no pattern fired with an actor)\n" }
            for e in events {
                out += "  trigger '\(doc.tokens[e.trigger].text)' matched \(e.rule) → CAMEO \(e.code)\n"
                out += "    source: \(e.source.map(\.code).joined(separator: ", ")) · target: \(e.target.map(\.code).joined(separator: ", "))\n"
                for n in e.argumentNotes { out += "      \(n)\n" }
                out += "    modality: \(e.modality.rawValue) (\(e.modalityReason))\n"
                out += "    date: \(e.date) \(e.datePrecision.rawValue) (\(e.dateReason))\n"
                if let l = e.location {
                    out += "    place: \(l.name) \(l.lat.map { String($0) } ?? "?"),\(l.lon.map { String($0) } ?? "?") (\(l.precision))\n"
                }
                if let f = e.fatalities { out += "    fatalities: \(f)\n" }
                if let a = e.acled { out += "    ACLED: \(a.eventType) / \(a.subEventType)\n" }
                out += "    confidence: \(e.confidence)\n"
            }
        }
        out += "\n== records\n"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for r in records {
            if let data = try? encoder.encode(r) { out += String(decoding: data, as: UTF8.self) + "\n" }
        }
        if records.isEmpty { out += "(none)\n" }
        return out
    }

    private func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }
}

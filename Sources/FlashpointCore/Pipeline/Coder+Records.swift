extension Coder {
    /// Turns a document's events into records.
    public func records(_ doc: Document) -> [EventRecord] {
        guard !doc.events.isEmpty else { return [] }
        let texts = doc.sentenceTexts()
        return doc.events.map { e in
            let s = doc.sentences[e.sentence]
            let info = catalog[e.code]
            let actorRef = { (a: Actor) in
                // An implied actor has no words in the text.
                EventRecord.ActorRef(
                    text: a.implied ? "" : a.name, code: a.code, country: a.country, sector: a.sector, name: a.name,
                    implied: a.implied ? true : nil)
            }
            let key = "\(doc.article.id)|\(s.start)|\(doc.tokens[e.trigger].start)|\(e.code)"
            return EventRecord(
                id: Self.stableID(key),
                articleID: doc.article.id,
                date: e.date.description,
                datePrecision: e.datePrecision.rawValue,
                actor: e.source.map(actorRef),
                recipient: e.target.map(actorRef),
                cameo: .init(
                    code: e.code, root: info?.root ?? String(e.code.prefix(2)), quadClass: info?.quadClass ?? 0,
                    goldstein: info?.goldstein ?? 0, description: info?.description ?? ""),
                plover: .init(event: info?.ploverEvent, mode: info?.ploverMode),
                acled: e.acled,
                modality: e.modality.rawValue,
                location: e.location,
                fatalities: e.fatalities,
                confidence: e.confidence,
                text: texts[e.sentence],
                span: [s.start, s.end],
                trigger: doc.tokens[e.trigger].text,
                rule: e.rule)
        }
    }

    /// A 16-hex-digit FNV-1a hash: the same input always gives the same id.
    static func stableID(_ key: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in key.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

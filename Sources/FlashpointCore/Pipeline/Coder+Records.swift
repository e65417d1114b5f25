extension Coder {
    /// Turns a document's events into records.
    public func records(_ doc: Document) -> [EventRecord] {
        guard !doc.events.isEmpty else { return [] }
        // Only the sentences that hold an event are cut out of the article.
        var wanted = [Bool](repeating: false, count: doc.sentences.count)
        for e in doc.events { wanted[e.sentence] = true }
        let texts = doc.sentenceTexts(where: wanted)
        let actorRef = { (a: Actor) in
            // An implied actor has no words in the text.
            EventRecord.ActorRef(
                text: a.implied ? "" : a.name, code: a.code, country: a.country, sector: a.sector, name: a.name,
                implied: a.implied ? true : nil)
        }
        var out: [EventRecord] = []
        out.reserveCapacity(doc.events.count)
        for e in doc.events {
            let s = doc.sentences[e.sentence]
            let info = catalog[e.code]
            out.append(EventRecord(
                id: Self.stableID(article: doc.article.id, sentence: s.start, trigger: doc.tokens[e.trigger].start, code: e.code),
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
                rule: e.rule))
        }
        return out
    }

    /// A 16-hex-digit FNV-1a hash: the same input always gives the same id.
    static func stableID(_ key: String) -> String {
        var h = StableHash()
        h.add(key)
        return h.hex
    }

    /// The id of an event: ``stableID(_:)`` of "article|sentence start|trigger start|code", hashed part by part
    /// so that no key string is built for each record.
    static func stableID(article: String, sentence: Int, trigger: Int, code: String) -> String {
        var h = StableHash()
        h.add(article)
        h.add(byte: 0x7C)
        h.add(sentence)
        h.add(byte: 0x7C)
        h.add(trigger)
        h.add(byte: 0x7C)
        h.add(code)
        return h.hex
    }
}

/// FNV-1a over UTF-8 bytes, fed a piece at a time.
struct StableHash {
    private(set) var value = FeatureHash.offset

    /// One byte (labelled: an unlabelled literal would be taken for an `Int` and hashed as its digits).
    mutating func add(byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* FeatureHash.prime
    }

    mutating func add(_ s: String) {
        for b in s.utf8 { add(byte: b) }
    }

    /// The bytes of the number as `"\(n)"` writes it: a minus sign, then decimal digits without leading zeros.
    mutating func add(_ n: Int) {
        if n < 0 { add(byte: 0x2D) }
        let m = n.magnitude
        var scale: UInt = 1
        while m / scale >= 10 { scale *= 10 }
        while scale > 0 {
            add(byte: UInt8(truncatingIfNeeded: (m / scale) % 10) + 0x30)
            scale /= 10
        }
    }

    /// The hash as 16 lower-case hex digits.
    var hex: String {
        String(unsafeUninitializedCapacity: 16) { buf in
            for k in 0..<16 {
                let d = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * k)) & 0xF
                buf[k] = d < 10 ? 0x30 + d : 0x57 + d
            }
            return 16
        }
    }
}

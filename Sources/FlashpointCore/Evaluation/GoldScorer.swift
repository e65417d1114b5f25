/// Scores records against the project's gold set: expected events are matched to predicted records by CAMEO
/// root and source actor, then the matched pairs are compared field by field.
enum GoldScorer {
    /// A record's CAMEO root: its `root`, else the first two digits of its code.
    static func root(_ r: EventRecord) -> String { r.cameo.root.isEmpty ? String(r.cameo.code.prefix(2)) : r.cameo.root }

    /// The codes of the actors the text names: the gold set codes what a sentence says, so actors a convention
    /// supplied (`implied`) are left out.
    static func codes(_ actors: [EventRecord.ActorRef]) -> Set<String> {
        Set(actors.filter { $0.implied != true }.map { $0.code.uppercased() })
    }

    /// Whether a record may stand for an expected event: same root, and a source actor sharing its first three
    /// letters with an expected one (any record when no source is expected).
    static func compatible(_ e: GoldLine.Event, _ r: EventRecord) -> Bool {
        guard root(r) == e.root else { return false }
        if e.actor.isEmpty { return true }
        let want = Set(e.actor.map { $0.prefix(3) })
        return codes(r.actor).contains { want.contains($0.prefix(3)) }
    }

    /// Greedy matching in the order of the expected events; among compatible records the one that agrees on the
    /// most (exact code, modality, source codes) wins. Returns, per expected event, the index of its record.
    static func match(_ events: [GoldLine.Event], _ preds: [EventRecord], rootOnly: Bool = false) -> [Int?] {
        var taken = Set<Int>()
        return events.map { e in
            var best: (Int, Int)? = nil
            for (i, r) in preds.enumerated() where !taken.contains(i) {
                guard rootOnly ? root(r) == e.root : compatible(e, r) else { continue }
                let s = (r.cameo.code == e.cameo ? 4 : 0) + (r.modality == e.modality ? 2 : 0)
                    + (codes(r.actor) == Set(e.actor) ? 1 : 0)
                if best == nil || s > best!.1 { best = (i, s) }
            }
            if let b = best { taken.insert(b.0) }
            return best?.0
        }
    }

    static func describe(_ e: GoldLine.Event) -> String {
        "\(e.cameo) \(e.actor.joined(separator: "+"))>\(e.recipient.joined(separator: "+")) \(e.modality)"
            + (e.date.map { " " + $0 } ?? "")
    }

    static func describe(_ r: EventRecord) -> String {
        "\(r.cameo.code) \(r.actor.map(\.code).joined(separator: "+"))>\(r.recipient.map(\.code).joined(separator: "+")) "
            + "\(r.modality.isEmpty ? "asserted" : r.modality) \(r.date)"
    }

    static func score(_ lines: [GoldLine], _ byArticle: [String: [EventRecord]], misses: Int) -> EvalReport {
        var c: [String: Int] = [:]
        func add(_ k: String, _ yes: Bool = true) { if yes { c[k, default: 0] += 1 } }
        var byRoot: [String: (n: Int, ok: Int)] = [:]
        var byModality: [String: (n: Int, ok: Int)] = [:]
        var byTag: [String: (n: Int, ok: Int)] = [:]
        var wrong: [String] = []
        for line in lines {
            let preds = byArticle[line.id] ?? []
            c["predicted", default: 0] += preds.count
            let pairs = match(line.events, preds)
            let rootPairs = match(line.events, preds, rootOnly: true)
            for (k, e) in line.events.enumerated() {
                add("expected")
                add("root_hit", rootPairs[k] != nil)
                let p = pairs[k].map { preds[$0] }
                byRoot[e.root, default: (0, 0)].n += 1
                byModality[e.modality, default: (0, 0)].n += 1
                if let f = e.fatalities {
                    add("fat_n")
                    add("fat", p.map { ($0.fatalities ?? 0) == f } ?? false)
                }
                guard let p else { continue }
                add("matched")
                byRoot[e.root, default: (0, 0)].ok += 1
                byModality[e.modality, default: (0, 0)].ok += 1
                add("code", p.cameo.code == e.cameo)
                add("modality", (p.modality.isEmpty ? "asserted" : p.modality) == e.modality)
                if !e.actor.isEmpty {
                    add("actor_n")
                    add("actor", codes(p.actor) == Set(e.actor))
                }
                if !e.recipient.isEmpty {
                    add("recipient_n")
                    add("recipient", codes(p.recipient) == Set(e.recipient))
                }
                if let d = e.date {
                    add("date_n")
                    add("date", p.date == d)
                }
                if let lat = e.lat, let lon = e.lon {
                    add("geo_n")
                    if let plat = p.location?.lat, let plon = p.location?.lon {
                        add("geo25", Evaluator.km(lat, lon, plat, plon) <= 25)
                    }
                }
            }
            let full = line.events.isEmpty ? preds.isEmpty : pairs.allSatisfy { $0 != nil }
            add("full", full)
            for t in Set(line.tags) {
                byTag[t, default: (0, 0)].n += 1
                if full { byTag[t, default: (0, 0)].ok += 1 }
            }
            if !full && wrong.count < misses {
                let exp = line.events.map { JSONWriter.quote(describe($0)) }.joined(separator: ", ")
                let got = preds.map { JSONWriter.quote(describe($0)) }.joined(separator: ", ")
                wrong.append("{\"id\": \(JSONWriter.quote(line.id)), \"expected\": [\(exp)], \"got\": [\(got)], "
                    + "\"text\": \(JSONWriter.quote(Evaluator.clip(line.text)))}")
            }
        }
        func k(_ key: String) -> Int { c[key] ?? 0 }
        let r = Evaluator.ratio
        var figures: [(name: String, value: Double?)] = [
            ("rows", Double(lines.count)),
            ("expected_events", Double(k("expected"))),
            ("predicted_events", Double(k("predicted"))),
            ("event_recall", r(k("matched"), k("expected"))),
            ("event_precision", r(k("matched"), k("predicted"))),
            ("f1", r(2 * k("matched"), k("expected") + k("predicted"))),
            ("code_accuracy", r(k("code"), k("matched"))),
            ("root_accuracy", r(k("root_hit"), k("expected"))),
            ("actor_accuracy", r(k("actor"), k("actor_n"))),
            ("recipient_accuracy", r(k("recipient"), k("recipient_n"))),
            ("modality_accuracy", r(k("modality"), k("matched"))),
            ("date_accuracy", r(k("date"), k("date_n"))),
            ("within_25km", r(k("geo25"), k("geo_n"))),
            ("fatalities_exact", r(k("fat"), k("fat_n"))),
            ("lines_fully_matched", r(k("full"), lines.count)),
        ]
        for (key, v) in byRoot.sorted(by: { $0.key < $1.key }) { figures.append(("recall_by_root.\(key)", r(v.ok, v.n))) }
        for (key, v) in byModality.sorted(by: { $0.key < $1.key }) {
            figures.append(("recall_by_modality.\(key)", r(v.ok, v.n)))
        }
        for (key, v) in byTag.sorted(by: { $0.key < $1.key }) { figures.append(("tag_recall.\(key)", r(v.ok, v.n))) }
        return EvalReport(kind: .gold, figures: figures, misses: wrong)
    }
}

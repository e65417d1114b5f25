import Foundation

/// Scores event records against an evaluation set, with the same figures as the reference scorer.
public enum Evaluator {
    /// Scores `records` (of all the set's articles, matched by `article_id`) and keeps the first `misses` wrong rows.
    ///
    /// ACLED and PLOVER use only asserted records. The gold kind uses every record and scores modality, so pass
    /// records coded with all modalities.
    public static func score(_ set: EvalSet, records: [EventRecord], misses: Int) -> EvalReport {
        var byArticle: [String: [EventRecord]] = [:]
        for r in records { byArticle[r.articleID, default: []].append(r) }
        switch set.kind {
        case .acled: return scoreAcled(set.acled, byArticle, misses: misses)
        case .plover: return scorePlover(set.plover, byArticle, misses: misses)
        case .gold: return GoldScorer.score(set.gold, byArticle, misses: misses)
        }
    }

    /// `n / d` rounded to four decimals (half to even, as Python's `round`), nil when `d` is zero.
    static func ratio(_ n: Int, _ d: Int) -> Double? {
        guard d != 0 else { return nil }
        return Double(String(format: "%.4f", Double(n) / Double(d)))
    }

    /// Great-circle distance in km (haversine, Earth diameter 12742 km).
    public static func km(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let p = Double.pi / 180
        let a = pow(sin((lat2 - lat1) * p / 2), 2) + cos(lat1 * p) * cos(lat2 * p) * pow(sin((lon2 - lon1) * p / 2), 2)
        return 12742 * asin(min(1.0, a).squareRoot())
    }

    static func isAsserted(_ r: EventRecord) -> Bool { r.modality.isEmpty || r.modality == "asserted" }

    /// The first `n` scalars of `s`.
    static func clip(_ s: String, _ n: Int = 200) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.prefix(n)))
    }

    static func quoteOrNull(_ s: String?) -> String { s.map(JSONWriter.quote) ?? "null" }

    static func scoreAcled(_ rows: [AcledRow], _ byArticle: [String: [EventRecord]], misses: Int) -> EvalReport {
        var c: [String: Int] = [:]
        var confusion: [String: [String: Int]] = [:]
        var perType: [String: (n: Int, ok: Int)] = [:]
        var wrong: [String] = []
        for g in rows {
            let evs = (byArticle[g.id] ?? []).filter(isAsserted)
            if !evs.isEmpty { c["covered", default: 0] += 1 }
            c["events", default: 0] += evs.count
            let typed = evs.filter { !($0.acled?.eventType.isEmpty ?? true) }
            let primary = typed.first ?? evs.first
            let ptype = primary?.acled?.eventType
            let psub = primary?.acled?.subEventType
            let okType = ptype == g.eventType
            if okType { c["type", default: 0] += 1 }
            confusion[g.eventType, default: [:]][ptype ?? "none", default: 0] += 1
            perType[g.eventType, default: (0, 0)].n += 1
            if okType { perType[g.eventType, default: (0, 0)].ok += 1 }
            if evs.contains(where: { $0.acled?.eventType == g.eventType }) { c["type_any", default: 0] += 1 }
            if let sub = g.subEventType {
                c["sub_n", default: 0] += 1
                if psub == sub { c["sub", default: 0] += 1 }
            }
            if let p = primary, p.date == g.date { c["date", default: 0] += 1 }
            if let gc = g.actor1Country {
                c["actor_n", default: 0] += 1
                let countries = Set((primary?.actor ?? []).compactMap { a in
                    ActorCountry.country3(a.country?.isEmpty == false ? a.country : a.code)
                })
                if countries.contains(gc) { c["actor", default: 0] += 1 }
            }
            if let glat = g.lat, let glon = g.lon {
                c["geo_n", default: 0] += 1
                if let lat = primary?.location?.lat, let lon = primary?.location?.lon {
                    let d = km(glat, glon, lat, lon)
                    if d <= 3 { c["geo3", default: 0] += 1 }
                    if d <= 10 { c["geo10", default: 0] += 1 }
                    if d <= 25 { c["geo25", default: 0] += 1 }
                    c["geo_located", default: 0] += 1
                }
            }
            if let gf = g.fatalities {
                c["fat_n", default: 0] += 1
                if let p = primary, (p.fatalities ?? 0) == gf { c["fat", default: 0] += 1 }
            }
            if !okType && wrong.count < misses {
                wrong.append("{\"id\": \(JSONWriter.quote(g.id)), \"gold\": \(JSONWriter.quote(g.eventType)), "
                    + "\"got\": \(quoteOrNull(ptype)), \"text\": \(JSONWriter.quote(clip(g.text)))}")
            }
        }
        let n = rows.count
        func k(_ key: String) -> Int { c[key] ?? 0 }
        var figures: [(name: String, value: Double?)] = [
            ("rows", Double(n)),
            ("coverage", ratio(k("covered"), n)),
            ("events_per_row", ratio(k("events"), n)),
            ("event_type_accuracy", ratio(k("type"), n)),
            ("event_type_any", ratio(k("type_any"), n)),
            ("sub_event_type_accuracy", ratio(k("sub"), k("sub_n"))),
            ("date_accuracy", ratio(k("date"), n)),
            ("actor1_country_accuracy", ratio(k("actor"), k("actor_n"))),
            ("located", ratio(k("geo_located"), k("geo_n"))),
            ("within_3km", ratio(k("geo3"), k("geo_n"))),
            ("within_10km", ratio(k("geo10"), k("geo_n"))),
            ("within_25km", ratio(k("geo25"), k("geo_n"))),
            ("fatalities_exact", ratio(k("fat"), k("fat_n"))),
        ]
        for (t, v) in perType.sorted(by: { $0.key < $1.key }) {
            figures.append(("event_type_accuracy_by_type.\(t)", ratio(v.ok, v.n)))
        }
        return EvalReport(kind: .acled, figures: figures, confusion: confusion, misses: wrong)
    }

    static func scorePlover(_ rows: [PloverRow], _ byArticle: [String: [EventRecord]], misses: Int) -> EvalReport {
        var hitN = 0, pred = 0, predOK = 0, srcN = 0, src = 0
        var perType: [String: (n: Int, hit: Int)] = [:]
        var wrong: [String] = []
        for g in rows {
            let evs = (byArticle[g.id] ?? []).filter(isAsserted)
            let got = evs.map { $0.plover.event }
            let hit = got.contains(g.event)
            if hit { hitN += 1 }
            pred += got.count
            predOK += got.filter { $0 == g.event }.count
            perType[g.event, default: (0, 0)].n += 1
            if hit { perType[g.event, default: (0, 0)].hit += 1 }
            if !g.sourceCodes.isEmpty {
                srcN += 1
                var codes = Set<String>()
                for e in evs where e.plover.event == g.event {
                    for a in e.actor {
                        if let c = ActorCountry.country3(a.country?.isEmpty == false ? a.country : a.code) { codes.insert(c) }
                    }
                }
                for e in evs { for a in e.actor { codes.insert(String(a.code.prefix(3)).uppercased()) } }
                if !codes.isDisjoint(with: g.sourceCodes) { src += 1 }
            }
            if !hit && wrong.count < misses {
                let list = got.map(quoteOrNull).joined(separator: ", ")
                wrong.append("{\"id\": \(JSONWriter.quote(g.id)), \"gold\": \(JSONWriter.quote(g.event)), "
                    + "\"got\": [\(list)], \"text\": \(JSONWriter.quote(clip(g.text)))}")
            }
        }
        let recall = perType.sorted { $0.key < $1.key }.map { ($0.key, ratio($0.value.hit, $0.value.n)) }
        let macroSum = recall.compactMap(\.1).reduce(0, +)
        var figures: [(name: String, value: Double?)] = [
            ("rows", Double(rows.count)),
            ("event_recall", ratio(hitN, rows.count)),
            ("event_precision", ratio(predOK, pred)),
            ("macro_recall", recall.isEmpty ? nil : Double(String(format: "%.4f", macroSum / Double(recall.count)))),
            ("source_actor_accuracy", ratio(src, srcN)),
        ]
        for (t, v) in recall { figures.append(("per_type_recall.\(t)", v)) }
        return EvalReport(kind: .plover, figures: figures, misses: wrong)
    }
}

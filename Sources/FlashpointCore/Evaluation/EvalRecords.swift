/// Reads event records from JSON Lines leniently, as the scorer needs: missing fields get neutral defaults,
/// so output of older or other coders that follow the record contract can be scored.
public enum EvalRecords {
    /// The records of `jsonl` and the number of lines that were not valid JSON. Lines holding JSON that is not
    /// an object are ignored.
    public static func parse(jsonl: String) -> (records: [EventRecord], unparsable: Int) {
        var out: [EventRecord] = []
        var bad = 0
        for raw in jsonl.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = String(raw).trimmingSpaces
            if line.isEmpty { continue }
            guard let v = try? JSONValue.parse(line) else {
                bad += 1
                continue
            }
            if let r = record(v) { out.append(r) }
        }
        return (out, bad)
    }

    static func str(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s): return s
        case .number(let d): return d.rounded() == d && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default: return nil
        }
    }

    static func actors(_ v: JSONValue?) -> [EventRecord.ActorRef] {
        (v?.array ?? []).compactMap { a in
            guard a.object != nil else { return nil }
            return EventRecord.ActorRef(text: str(a["text"]) ?? "", code: str(a["code"]) ?? "",
                country: str(a["country"]), sector: str(a["sector"]), name: str(a["name"]) ?? "",
                implied: a["implied"]?.bool)
        }
    }

    /// One record from a JSON object, or nil for anything else.
    static func record(_ v: JSONValue) -> EventRecord? {
        guard v.object != nil else { return nil }
        let cameoV = v["cameo"]
        let code = str(cameoV?["code"]) ?? ""
        let cameo = EventRecord.Cameo(code: code, root: str(cameoV?["root"]) ?? String(code.prefix(2)),
            quadClass: cameoV?["quad_class"]?.int ?? 0, goldstein: cameoV?["goldstein"]?.number ?? 0,
            description: str(cameoV?["description"]) ?? "")
        var acled: AcledCategory? = nil
        if let a = v["acled"], let t = str(a["event_type"]) { acled = AcledCategory(t, str(a["sub_event_type"]) ?? "") }
        var location: EventLocation? = nil
        if let l = v["location"], l.object != nil {
            location = EventLocation(name: str(l["name"]) ?? "", lat: l["lat"]?.number, lon: l["lon"]?.number,
                country: str(l["country"]), admin1: str(l["admin1"]), geonameid: l["geonameid"]?.int,
                precision: str(l["precision"]) ?? "")
        }
        return EventRecord(
            id: str(v["id"]) ?? "", articleID: str(v["article_id"]) ?? "None", date: str(v["date"]) ?? "",
            datePrecision: str(v["date_precision"]) ?? "", actor: actors(v["actor"]), recipient: actors(v["recipient"]),
            cameo: cameo, plover: EventRecord.Plover(event: str(v["plover"]?["event"]), mode: str(v["plover"]?["mode"])),
            acled: acled, modality: str(v["modality"]) ?? "asserted", location: location,
            fatalities: v["fatalities"]?.int, confidence: v["confidence"]?.number ?? 0, text: str(v["text"]) ?? "",
            span: (v["span"]?.array ?? []).compactMap(\.int), trigger: str(v["trigger"]) ?? "", rule: str(v["rule"]) ?? "")
    }
}

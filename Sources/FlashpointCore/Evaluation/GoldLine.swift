/// One line of the project's gold set: a short text and every event a coder should find in it.
struct GoldLine: Sendable, Hashable {
    /// One expected event.
    struct Event: Sendable, Hashable {
        var cameo: String
        var actor: [String]
        var recipient: [String]
        var modality: String
        var date: String?
        var lat: Double?
        var lon: Double?
        var fatalities: Int?

        var root: String { String(cameo.prefix(2)) }
    }

    var id: String
    var date: String
    var text: String
    var tags: [String]
    var events: [Event]

    /// Modalities a gold event may carry.
    static let modalities: Set<String> = ["asserted", "negated", "hypothetical", "future", "historical"]

    /// Parses gold JSON Lines; blank lines are skipped.
    /// - Throws: `FlashpointError` naming `name:line` and the problem for the first malformed line.
    static func parse(jsonl text: String, name: String) throws -> [GoldLine] {
        var out: [GoldLine] = []
        var seen = Set<String>()
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = String(raw).trimmingSpaces
            if line.isEmpty { continue }
            let at = "\(name):\(lineNo)"
            func fail(_ message: String) -> FlashpointError { FlashpointError(.invalidInput, message, location: at) }
            guard let v = try? JSONValue.parse(line), v.object != nil else { throw fail("not a JSON object") }
            guard let id = v["id"]?.nonEmptyString else { throw fail("missing \"id\"") }
            guard seen.insert(id).inserted else { throw fail("duplicate id \(id)") }
            guard let date = v["date"]?.string, Day(iso: date) != nil else { throw fail("\"date\" must be YYYY-MM-DD") }
            guard let body = v["text"]?.nonEmptyString else { throw fail("missing \"text\"") }
            var tags: [String] = []
            if let t = v["tags"] {
                guard let list = t.array?.compactMap(\JSONValue.string), list.count == t.array?.count else {
                    throw fail("\"tags\" must be a list of strings")
                }
                tags = list
            }
            guard let evs = v["events"]?.array else { throw fail("missing \"events\" list") }
            var events: [Event] = []
            for (k, e) in evs.enumerated() {
                func bad(_ m: String) -> FlashpointError { fail("event \(k + 1): \(m)") }
                guard e.object != nil else { throw bad("not an object") }
                guard let cameo = e["cameo"]?.string, (2...4).contains(cameo.count),
                    cameo.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
                    let r = Int(cameo.prefix(2)), (1...20).contains(r)
                else { throw bad("\"cameo\" must be a CAMEO code of 2-4 digits with root 01-20") }
                func codes(_ key: String) throws -> [String] {
                    guard let x = e[key], x != JSONValue.null else { return [] }
                    guard let list = x.array?.compactMap(\JSONValue.string), list.count == x.array?.count else {
                        throw bad("\"\(key)\" must be a list of actor codes")
                    }
                    return list.map { $0.uppercased() }
                }
                let modality = e["modality"]?.string ?? "asserted"
                guard modalities.contains(modality) else { throw bad("unknown modality \(modality)") }
                var date: String? = nil
                if let d = e["date"], d != JSONValue.null {
                    guard let s = d.string, Day(iso: s) != nil else { throw bad("\"date\" must be YYYY-MM-DD") }
                    date = s
                }
                var lat: Double? = nil
                var lon: Double? = nil
                if let loc = e["location"], loc != JSONValue.null {
                    guard loc.object != nil else { throw bad("\"location\" must be an object") }
                    lat = loc["lat"]?.number
                    lon = loc["lon"]?.number
                    if (lat == nil) != (lon == nil) { throw bad("\"location\" needs both lat and lon") }
                    if let la = lat, let lo = lon, abs(la) > 90 || abs(lo) > 180 { throw bad("coordinates out of range") }
                }
                var fat: Int? = nil
                if let f = e["fatalities"], f != JSONValue.null {
                    guard let n = f.int, n >= 0 else { throw bad("\"fatalities\" must be a whole number") }
                    fat = n
                }
                events.append(Event(cameo: cameo, actor: try codes("actor"), recipient: try codes("recipient"),
                    modality: modality, date: date, lat: lat, lon: lon, fatalities: fat))
            }
            out.append(GoldLine(id: id, date: date, text: body, tags: tags, events: events))
        }
        return out
    }
}

/// One labelled PLOVER sentence.
struct PloverRow: Sendable, Hashable {
    var id: String
    var date: String
    var text: String
    /// The gold event type, older names mapped to current ones.
    var event: String
    /// Sorted first three letters of the source actors' codes.
    var sourceCodes: [String]

    /// Older PLOVER event names → the names the coder prints.
    static let aliases = ["DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"]

    /// The rows of a PLOVER gold-standard JSON array; `DOCUMENT` entries and rows without text are skipped.
    static func parse(json text: String, name: String) throws -> [PloverRow] {
        let value: JSONValue
        do {
            value = try JSONValue.parse(text)
        } catch {
            throw FlashpointError(.invalidInput, "not valid JSON", location: name)
        }
        guard let items = value.array else {
            throw FlashpointError(.invalidInput, "expected a JSON array of PLOVER rows", location: name)
        }
        var rows: [PloverRow] = []
        for (i, r) in items.enumerated() {
            guard let event = r["event"]?.string, event != "DOCUMENT", let body = r["text"]?.nonEmptyString else { continue }
            guard let id = r["id"]?.string else {
                throw FlashpointError(.invalidInput, "PLOVER row without an id", location: "\(name)[\(i)]")
            }
            var codes = Set<String>()
            for a in r["source"]?.array ?? [] {
                if let code = a["code"]?.nonEmptyString { codes.insert(String(code.prefix(3)).uppercased()) }
            }
            rows.append(PloverRow(id: id, date: r["date"]?.nonEmptyString ?? "2000-01-01", text: body,
                event: aliases[event] ?? event, sourceCodes: codes.sorted()))
        }
        return rows
    }
}

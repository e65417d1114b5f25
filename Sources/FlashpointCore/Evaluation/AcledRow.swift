/// One labelled ACLED row.
struct AcledRow: Sendable, Hashable {
    var id: String
    var date: String
    var text: String
    var eventType: String
    var subEventType: String?
    var actor1Country: String?
    var lat: Double?
    var lon: Double?
    var fatalities: Int?

    /// The rows of an ACLED CSV (the full 31-column schema, the older Kenya schema, or an extract of notes with
    /// date, coordinates and description, taken as Israeli air strikes). Rows without text or a readable date
    /// are skipped.
    static func parse(csv text: String) -> [AcledRow] {
        let (header, dicts) = CSVReader.dictionaries(text)
        let notesOnly = !header.contains("event_type")
        var rows: [AcledRow] = []
        for (i, r) in dicts.enumerated() {
            func get(_ k: String) -> String? {
                guard let v = r[k], !v.isEmpty else { return nil }
                return v
            }
            guard let body = get("notes") ?? get("description"),
                let day = AcledDate.parse(get("event_date") ?? get("date") ?? "")
            else { continue }
            let fat = r["fatalities"].flatMap { s in s.allSatisfy({ $0.isASCII && $0.isNumber }) && !s.isEmpty ? Int(s) : nil }
            rows.append(AcledRow(
                id: get("event_id_cnty") ?? "row\(i)",
                date: day.description,
                text: body,
                eventType: notesOnly ? "Explosions/Remote violence" : (r["event_type"] ?? ""),
                subEventType: notesOnly ? "Air/drone strike" : get("sub_event_type"),
                actor1Country: notesOnly ? "ISR" : ActorCountry.acledActor(r["actor1"]),
                lat: get("latitude").flatMap { Double($0.trimmingSpaces) },
                lon: get("longitude").flatMap { Double($0.trimmingSpaces) },
                fatalities: fat))
        }
        return rows
    }
}

extension String {
    /// Without leading and trailing whitespace.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// Dates as ACLED files write them: `31-Mar-24`, `31-12-16`, `26 July 2024`, `2024-07-26`, `26-07-2024`,
/// `26/07/2024`. Two-digit years 69–99 are 19xx, 00–68 are 20xx.
enum AcledDate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let fullMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"]

    /// The day, or nil when no format fits.
    static func parse(_ raw: String) -> Day? {
        let text = raw.trimmingSpaces
        let dash = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let slash = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let spaced = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if dash.count == 3 {
            if let d = dayNumber(dash[0]), let m = months.firstIndex(of: dash[1].lowercased()), let y = shortYear(dash[2]),
                let day = Day(year: y, month: m + 1, day: d) { return day }
            if let d = dayNumber(dash[0]), let m = monthNumber(dash[1]), let y = shortYear(dash[2]),
                let day = Day(year: y, month: m, day: d) { return day }
        }
        if spaced.count == 3, let d = dayNumber(spaced[0]), let m = fullMonths.firstIndex(of: spaced[1].lowercased()),
            let y = fullYear(spaced[2]), let day = Day(year: y, month: m + 1, day: d) { return day }
        if dash.count == 3 {
            if let y = fullYear(dash[0]), let m = monthNumber(dash[1]), let d = dayNumber(dash[2]),
                let day = Day(year: y, month: m, day: d) { return day }
            if let d = dayNumber(dash[0]), let m = monthNumber(dash[1]), let y = fullYear(dash[2]),
                let day = Day(year: y, month: m, day: d) { return day }
        }
        if slash.count == 3, let d = dayNumber(slash[0]), let m = monthNumber(slash[1]), let y = fullYear(slash[2]),
            let day = Day(year: y, month: m, day: d) { return day }
        return nil
    }

    private static func digits(_ s: String, _ lengths: ClosedRange<Int>) -> Int? {
        guard lengths.contains(s.count), s.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(s)
    }

    static func dayNumber(_ s: String) -> Int? { digits(s, 1...2).flatMap { (1...31).contains($0) ? $0 : nil } }
    static func monthNumber(_ s: String) -> Int? { digits(s, 1...2).flatMap { (1...12).contains($0) ? $0 : nil } }
    static func fullYear(_ s: String) -> Int? { digits(s, 4...4) }
    static func shortYear(_ s: String) -> Int? { digits(s, 2...2).map { $0 >= 69 ? 1900 + $0 : 2000 + $0 } }
}

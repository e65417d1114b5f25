/// The figures of one evaluation run, printable as a table or as one JSON object.
public struct EvalReport: Sendable {
    /// The kind of set that was scored.
    public var kind: EvalKind
    /// Figures in print order; nil where the denominator was zero. Names with a dot ("per_type_recall.AGREE")
    /// belong to a group, printed as a nested object in JSON.
    public var figures: [(name: String, value: Double?)]
    /// For ACLED: gold event type → predicted event type (`none` when the row's primary event has none) → rows.
    public var confusion: [String: [String: Int]]
    /// The first wrong rows, one JSON object each.
    public var misses: [String]
    /// Figures that are counts, printed without a fraction.
    var counts: Set<String> = ["rows", "unparsable_lines", "expected_events", "predicted_events"]

    /// Makes a report.
    public init(kind: EvalKind, figures: [(name: String, value: Double?)], confusion: [String: [String: Int]] = [:],
        misses: [String] = []) {
        self.kind = kind
        self.figures = figures
        self.confusion = confusion
        self.misses = misses
    }

    /// The value of a figure, or nil when it is absent or undefined.
    public func value(_ name: String) -> Double? {
        figures.first { $0.name == name }?.value ?? nil
    }

    /// Adds or replaces a figure (e.g. `unparsable_lines`, `coder_seconds`).
    public mutating func set(_ name: String, _ value: Double?, count: Bool = false) {
        if count { counts.insert(name) }
        if let i = figures.firstIndex(where: { $0.name == name }) {
            figures[i].value = value
        } else {
            figures.append((name, value))
        }
    }

    private func text(_ name: String, _ v: Double?) -> String {
        guard let v else { return "-" }
        return JSONWriter.number(v, integral: counts.contains(name))
    }

    /// A human-readable table: one figure a line, groups indented, then the confusion table and the misses.
    public func table() -> String {
        var out = ""
        var group = ""
        for (name, v) in figures {
            if let dot = name.firstIndex(of: ".") {
                let g = String(name[..<dot])
                if g != group {
                    out += g + "\n"
                    group = g
                }
                out += "  " + pad(String(name[name.index(after: dot)...]), 26) + " " + text(name, v) + "\n"
            } else {
                group = ""
                out += pad(name, 28) + " " + text(name, v) + "\n"
            }
        }
        if !confusion.isEmpty { out += "\n" + confusionTable() }
        for m in misses { out += "MISS " + m + "\n" }
        return out
    }

    /// The confusion table, gold types as rows and predicted types as columns (abbreviated headers).
    public func confusionTable() -> String {
        let gold = confusion.keys.sorted()
        var predicted = Set<String>()
        for row in confusion.values { predicted.formUnion(row.keys) }
        let cols = predicted.sorted { ($0 == "none" ? 1 : 0, $0) < ($1 == "none" ? 1 : 0, $1) }
        let width = max(8, (gold.map(\.count).max() ?? 0) + 1)
        var out = pad("gold \\ predicted", width)
        for c in cols { out += " " + padLeft(abbreviation(c), 7) }
        out += "\n"
        for g in gold {
            out += pad(g, width)
            for c in cols { out += " " + padLeft(String(confusion[g]?[c] ?? 0), 7) }
            out += "\n"
        }
        out += "columns: " + cols.map { "\(abbreviation($0))=\($0)" }.joined(separator: ", ") + "\n"
        return out
    }

    private func abbreviation(_ s: String) -> String {
        if s == "none" { return "none" }
        let words = s.split(whereSeparator: { $0 == " " || $0 == "/" })
        if words.count == 1 { return String(s.prefix(7)) }
        return String(words.map { $0.prefix(1) }.joined().prefix(7)).uppercased()
    }

    /// One JSON object with every figure (groups nested), the confusion table when there is one, and the misses.
    public func json() -> String {
        var parts: [String] = []
        var i = 0
        while i < figures.count {
            let (name, v) = figures[i]
            if let dot = name.firstIndex(of: ".") {
                let g = String(name[..<dot])
                var inner: [String] = []
                while i < figures.count, figures[i].name.hasPrefix(g + ".") {
                    let key = String(figures[i].name.dropFirst(g.count + 1))
                    inner.append(JSONWriter.quote(key) + ": " + JSONWriter.number(figures[i].value, integral: counts.contains(figures[i].name)))
                    i += 1
                }
                parts.append(JSONWriter.quote(g) + ": {" + inner.joined(separator: ", ") + "}")
                continue
            }
            parts.append(JSONWriter.quote(name) + ": " + JSONWriter.number(v, integral: counts.contains(name)))
            i += 1
        }
        if !confusion.isEmpty {
            let rows = confusion.keys.sorted().map { g in
                let cells = (confusion[g] ?? [:]).sorted { $0.key < $1.key }.map { JSONWriter.quote($0.key) + ": \($0.value)" }
                return JSONWriter.quote(g) + ": {" + cells.joined(separator: ", ") + "}"
            }
            parts.append("\"confusion\": {" + rows.joined(separator: ", ") + "}")
        }
        if !misses.isEmpty { parts.append("\"misses\": [" + misses.joined(separator: ", ") + "]") }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
    private func padLeft(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
}

import Foundation
import FlashpointCore

/// Prints records as a table, JSON Lines or CSV on standard output, buffered.
struct RecordWriter {
    let format: OutputFormat
    private var buffer = Data()
    private let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()
    private var rows: [[String]] = []

    init(format: OutputFormat) {
        self.format = format
    }

    static let csvHeader = [
        "id", "article_id", "date", "date_precision", "actor", "actor_country", "recipient", "recipient_country",
        "cameo", "cameo_root", "quad_class", "goldstein", "plover_event", "plover_mode", "acled_event_type",
        "acled_sub_event_type", "modality", "location", "lat", "lon", "fatalities", "confidence", "text",
    ]

    mutating func begin() {
        if format == .csv { append(Self.csvLine(Self.csvHeader)) }
    }

    mutating func write(_ records: [EventRecord]) {
        for r in records {
            switch format {
            case .jsonl:
                if let data = try? encoder.encode(r) {
                    buffer.append(data)
                    buffer.append(10)
                }
            case .csv:
                append(Self.csvLine(Self.csvFields(r)))
            case .table:
                rows.append(Self.tableFields(r))
            }
        }
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func end() {
        if format == .table { append(Self.table(rows)) }
        flush()
    }

    private mutating func append(_ s: String) { buffer.append(contentsOf: s.utf8) }

    private mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func codes(_ actors: [EventRecord.ActorRef]) -> String { actors.map(\.code).joined(separator: ";") }

    static func csvFields(_ r: EventRecord) -> [String] {
        [
            r.id, r.articleID, r.date, r.datePrecision, codes(r.actor), r.actor.compactMap(\.country).joined(separator: ";"),
            codes(r.recipient), r.recipient.compactMap(\.country).joined(separator: ";"), r.cameo.code, r.cameo.root,
            String(r.cameo.quadClass), String(r.cameo.goldstein), r.plover.event ?? "", r.plover.mode ?? "",
            r.acled?.eventType ?? "", r.acled?.subEventType ?? "", r.modality, r.location?.name ?? "",
            r.location?.lat.map { String($0) } ?? "", r.location?.lon.map { String($0) } ?? "",
            r.fatalities.map(String.init) ?? "", String(r.confidence), r.text,
        ]
    }

    static func csvLine(_ fields: [String]) -> String {
        fields.map { f in
            if f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r") {
                return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return f
        }.joined(separator: ",") + "\n"
    }

    static func tableFields(_ r: EventRecord) -> [String] {
        let modality = r.modality == "asserted" ? "" : r.modality
        return [
            r.date, codes(r.actor), "\(r.cameo.code) \(r.cameo.description)", codes(r.recipient),
            r.location?.name ?? "", modality, r.text,
        ]
    }

    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }

    static func table(_ rows: [[String]]) -> String {
        let header = ["DATE", "ACTOR", "EVENT", "RECIPIENT", "PLACE", "MODALITY", "SENTENCE"]
        let limits = [10, 18, 34, 18, 18, 12, 70]
        let clipped = ([header] + rows).map { row in row.enumerated().map { clip($0.element, limits[$0.offset]) } }
        var widths = header.map(\.count)
        for row in clipped { for (k, f) in row.enumerated() { widths[k] = max(widths[k], f.count) } }
        var out = ""
        for (n, row) in clipped.enumerated() {
            var line = ""
            for (k, f) in row.enumerated() {
                line += k == row.count - 1 ? f : f.padding(toLength: widths[k] + 2, withPad: " ", startingAt: 0)
            }
            out += line + "\n"
            if n == 0 { out += String(repeating: "-", count: min(160, line.count)) + "\n" }
        }
        if rows.isEmpty { out += "(no events)\n" }
        out += "\(rows.count) event(s)\n"
        return out
    }
}

/// An RFC 4180 CSV parser: comma-separated fields, quoted fields that may hold commas, newlines and doubled
/// quotes, records ended by CRLF, LF or CR.
enum CSVReader {
    /// All records of `text`; blank lines are skipped. A leading byte-order mark is dropped.
    static func records(_ text: String) -> [[String]] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false  // inside a quoted section
        var i = 0
        let n = bytes.count
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].isEmpty) { rows.append(row) }
            row = []
        }
        while i < n {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 2
                        continue
                    }
                    quoted = false
                } else {
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\""):
                // A quote opens a quoted section at the start of a field; elsewhere it is literal.
                if field.isEmpty { quoted = true } else { field.append(b) }
            case UInt8(ascii: "\r"):
                endRow()
                if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "\n"):
                endRow()
            default:
                field.append(b)
            }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty || quoted { endRow() }
        return rows
    }

    /// Records as dictionaries keyed by the header row's names; short rows lack the missing keys.
    static func dictionaries(_ text: String) -> (header: [String], rows: [[String: String]]) {
        let all = records(text)
        guard let header = all.first else { return ([], []) }
        var out: [[String: String]] = []
        out.reserveCapacity(all.count - 1)
        for r in all.dropFirst() {
            var d: [String: String] = [:]
            for (k, v) in zip(header, r) { d[k] = v }
            out.append(d)
        }
        return (header, out)
    }
}

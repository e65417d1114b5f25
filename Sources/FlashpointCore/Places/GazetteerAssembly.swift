import Foundation

extension GazetteerBuilder {
    /// One build: collects places from every input, adds countries and admin1 points, resolves aliases, writes.
    struct Assembly {
        let base: Gazetteer?
        let lenient: Bool
        let log: (String) -> Void
        var places: [Int: BuiltPlace] = [:]
        var fromDump: Set<Int> = []
        var stats = BuildStats()

        init(base: Gazetteer?, lenient: Bool, log: @escaping (String) -> Void) {
            self.base = base
            self.lenient = lenient
            self.log = log
        }

        mutating func onError(_ e: FlashpointError) throws {
            guard lenient else { throw e }
            stats.skippedLines += 1
            if stats.skippedLines <= 20 { log("warning: \(e.description) (skipped)") }
        }

        mutating func merge(_ p: BuiltPlace, replace: Bool) {
            if var old = places[p.id] {
                if replace {
                    var n = p
                    n.names += old.names
                    if n.population == 0 { n.population = old.population }
                    places[p.id] = n
                } else {
                    old.names += p.names
                    places[p.id] = old
                }
            } else {
                places[p.id] = p
            }
        }

        mutating func run(
            cities: [URL], dumps: [URL], admin1: URL?, admin2: URL?, countries: URL?, aliases: [URL], output: URL
        ) throws -> BuildStats {
            let clock = Date()
            let collector = ErrorCollector(lenient: lenient)
            let handler = collector.handle
            for url in cities {
                let rows = try GazetteerSources.readCities(url, onError: handler)
                log("\(url.lastPathComponent): \(rows.count) places")
                for p in rows { merge(p, replace: false) }
            }
            let admin2Names = try admin2.map { try GazetteerSources.readAdminCodes($0, onError: handler) } ?? [:]
            for url in dumps {
                let rows = try GazetteerSources.readDump(url, keep: { c, code in
                    c == "P" || c == "A" || GazetteerBuilder.keptDumpCodes.contains(c + "." + code)
                }, onError: handler)
                log("\(url.lastPathComponent): \(rows.count) features kept")
                for (var p, code) in rows {
                    if !code.isEmpty, let a2 = admin2Names[code] { p.admin2Name = a2.name }
                    merge(p, replace: true)
                    fromDump.insert(p.id)
                }
            }
            let admin1Codes = try admin1.map { try GazetteerSources.readAdminCodes($0, onError: handler) } ?? [:]
            let countryRows = try countries.map { try GazetteerSources.readCountries($0) } ?? [:]
            for e in collector.errors { try onError(e) }
            addAdmin1(admin1Codes)
            addCountries(countryRows)
            prune()
            let builtAliases = try resolveAliases(aliases)
            var admin1Names: [String: String] = admin1Codes.mapValues(\.name)
            if let base {
                for p in places.values where admin1Names[p.country + "." + p.admin1Code] == nil {
                    if let n = base.admin1Name(code: p.country + "." + p.admin1Code) { admin1Names[p.country + "." + p.admin1Code] = n }
                }
            }
            var writer = GazetteerWriter(
                places: Array(places.values), aliases: builtAliases,
                countries: countryRows.mapValues { (iso3: $0.iso3, name: $0.name) }, admin1Names: admin1Names)
            if countryRows.isEmpty, let base {
                var known: [String: (iso3: String, name: String)] = [:]
                for f in base.files {
                    for (cc, v) in f.countryTable() where known[cc] == nil { known[cc] = v }
                }
                writer.countries = known
            }
            let bytes = try writer.serialise()
            do {
                try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: output, options: .atomic)
            } catch {
                throw FlashpointError(.invalidInput, "cannot write gazetteer: \(error)", location: output.path)
            }
            stats.places = places.count
            stats.strictKeys = writer.keyCounts.0
            stats.looseKeys = writer.keyCounts.1
            stats.skeletonKeys = writer.keyCounts.2
            stats.aliases = builtAliases.count
            stats.bytes = bytes.count
            stats.seconds = Date().timeIntervalSince(clock)
            log("wrote \(output.path): \(stats)")
            return stats
        }

        /// Generic words stripped from admin names to get the form news text uses ("Caza de Bent Jbaïl" → "Bent Jbaïl").
        static let adminWords: Set<String> = [
            "governorate", "province", "district", "region", "county", "oblast", "state", "caza", "qada", "mohafazat",
            "muhafazat", "de", "department", "prefecture", "municipality", "division", "area", "sub-county", "subcounty",
        ]
        static let compass: Set<String> = [
            "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "centre", "center",
        ]

        /// An admin name without its generic words, or nil when nothing useful remains.
        static func shortAdminName(_ name: String) -> String? {
            let words = name.split(whereSeparator: { $0 == " " })
            let kept = words.filter { !adminWords.contains($0.lowercased()) }
            guard kept.count < words.count, !kept.isEmpty else { return nil }
            let s = kept.joined(separator: " ")
            if s.count < 4 || kept.allSatisfy({ compass.contains($0.lowercased()) }) { return nil }
            return s
        }

        /// Admin1 points: the dump's ADM1 feature when present, else the admin1's place of the same name (the
        /// seat a region is usually named after: Kwale County → Kwale), else its largest place.
        mutating func addAdmin1(_ codes: [String: (name: String, ascii: String, id: Int)]) {
            var largest: [String: BuiltPlace] = [:]
            var byKey: [String: BuiltPlace] = [:]
            for p in places.values where p.featureClass == "P" {
                let k = p.country + "." + p.admin1Code
                if let key = NameKey.strict(p.name) {
                    let nk = k + "|" + String(decoding: key, as: UTF8.self)
                    if byKey[nk].map({ $0.population < p.population || ($0.population == p.population && $0.id > p.id) }) ?? true {
                        byKey[nk] = p
                    }
                }
                if let l = largest[k], l.population > p.population || (l.population == p.population && l.id < p.id) { continue }
                largest[k] = p
            }
            for (code, entry) in codes where entry.id > 0 {
                var names = [entry.name, entry.ascii]
                if let s = Self.shortAdminName(entry.name) { names.append(s) }
                let parts = code.split(separator: ".", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let seat = names.lazy.compactMap { NameKey.strict($0) }
                    .compactMap { byKey[code + "|" + String(decoding: $0, as: UTF8.self)] }.first
                if var p = places[entry.id] {
                    p.featureClass = "A"
                    if !p.featureCode.hasPrefix("ADM1") { p.featureCode = "ADM1" }
                    p.admin1Code = String(parts[1])
                    p.names += names
                    places[entry.id] = p
                } else if let l = seat ?? largest[code] {
                    places[entry.id] = BuiltPlace(
                        id: entry.id, name: entry.name, lat: l.lat, lon: l.lon, country: String(parts[0]),
                        admin1Code: String(parts[1]), admin2Name: nil, featureClass: "A", featureCode: "ADM1",
                        population: max(l.population, largest[code]?.population ?? 0), names: names)
                } else {
                    continue
                }
                stats.admin1Regions += 1
            }
        }

        /// Country points at the capital (or the largest place) with feature A.PCLI.
        mutating func addCountries(_ countries: [String: GazetteerSources.Country]) {
            var byCountry: [String: [BuiltPlace]] = [:]
            for p in places.values where p.featureClass == "P" { byCountry[p.country, default: []].append(p) }
            for c in countries.values where c.geonameid > 0 {
                let names = [c.name]
                if var p = places[c.geonameid] {
                    p.featureClass = "A"; p.featureCode = "PCLI"; p.name = c.name; p.names = names + p.names
                    p.population = max(p.population, c.population); p.admin1Code = ""
                    places[c.geonameid] = p
                } else {
                    let inCountry = byCountry[c.iso2] ?? []
                    let capitalKey = NameKey.strict(c.capital)
                    let capital = inCountry.filter { NameKey.strict($0.name) == capitalKey }.max { $0.population < $1.population }
                    guard let anchor = capital ?? inCountry.max(by: { $0.population < $1.population }) else { continue }
                    places[c.geonameid] = BuiltPlace(
                        id: c.geonameid, name: c.name, lat: anchor.lat, lon: anchor.lon, country: c.iso2, admin1Code: "",
                        admin2Name: nil, featureClass: "A", featureCode: "PCLI", population: c.population, names: names)
                }
                stats.countries += 1
            }
        }

        /// Drops codes and over-long names; small places outside focus countries keep only their main names.
        mutating func prune() {
            for (id, var p) in places {
                var seen = Set<String>()
                let full = fromDump.contains(id) || p.population >= GazetteerBuilder.alternatesMinPopulation
                    || p.featureClass == "A" || GazetteerBuilder.focusCountries.contains(p.country)
                var kept: [String] = []
                for (i, n) in p.names.enumerated() {
                    if i > 0 && !full { break }
                    if n.count > 80 || n.contains("http") { continue }
                    if i > 1 && !p.isCountryRow && n.count <= 4 && n == n.uppercased() && n.contains(where: \.isLetter) { continue }
                    if NameKey.words(n) == nil { continue }
                    if seen.insert(n).inserted { kept.append(n) }
                }
                if kept.isEmpty { kept = [p.name] }
                let focus = fromDump.contains(id) || GazetteerBuilder.focusCountries.contains(p.country) || p.featureClass == "A"
                if !focus && kept.count > GazetteerBuilder.maxAlternates + 1 {
                    // Keep the plain-ASCII alternates (the spellings English text uses) before accented ones.
                    let rest = kept.dropFirst()
                    let ascii = rest.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
                    let other = rest.filter { !$0.utf8.allSatisfy { $0 < 0x80 } }
                    kept = [kept[0]] + Array((ascii + other).prefix(GazetteerBuilder.maxAlternates))
                }
                p.names = kept
                                p.looseNames = focus || p.population >= 1_000_000 ? Int.max : 3
                p.skeletonNames = focus ? 2 : (p.population >= 100_000 ? 1 : 0)
                places[id] = p
            }
        }

        /// Resolves alias targets (a geonameid, or a name and country) against the collected places and `base`.
        mutating func resolveAliases(_ urls: [URL]) throws -> [BuiltAlias] {
            var out: [BuiltAlias] = []
            var byKey: [String: [BuiltPlace]] = [:]
            var lines: [GazetteerSources.AliasLine] = []
            let collector = ErrorCollector(lenient: lenient)
            for url in urls {
                lines += try GazetteerSources.readAliases(url, onError: collector.handle)
            }
            for e in collector.errors { try onError(e) }
            if lines.contains(where: { $0.targetName != nil }) {
                for p in places.values {
                    if let k = NameKey.strict(p.name) { byKey[p.country + String(decoding: k, as: UTF8.self), default: []].append(p) }
                }
            }
            for a in lines {
                var id = a.targetID
                if let name = a.targetName, let cc = a.targetCountry, let k = NameKey.strict(name) {
                    id = byKey[cc + String(decoding: k, as: UTF8.self)]?.max { $0.population < $1.population }?.id
                        ?? base?.candidates(name).first { $0.country == cc }?.geonameid
                }
                guard let target = id, places[target] != nil || base?.place(id: target) != nil else {
                    try onError(FlashpointError(.invalidInput, "alias '\(a.alias)' points at no known place", location: a.location))
                    continue
                }
                out.append(BuiltAlias(alias: a.alias, geonameid: target, precision: a.precision, note: a.note))
            }
            return out
        }
    }
}

extension BuiltPlace {
    var isCountryRow: Bool { featureClass == "A" && featureCode.hasPrefix("PCL") }
}

/// Collects malformed-line errors during a lenient import (a strict build rethrows the first one).
final class ErrorCollector {
    let lenient: Bool
    var errors: [FlashpointError] = []
    init(lenient: Bool) { self.lenient = lenient }
    func handle(_ e: FlashpointError) throws {
        if !lenient { throw e }
        errors.append(e)
    }
}

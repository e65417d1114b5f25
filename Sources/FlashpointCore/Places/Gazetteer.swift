import Foundation
import Synchronization

/// The offline gazetteer: the bundled `gazetteer/places.fpgz` plus any user overlays, memory-mapped and decoded lazily.
///
/// ```swift
/// let gazetteer = try Gazetteer.loadDefault()
/// gazetteer.candidates("Ein el-Hilweh").first?.geonameid   // 277655
/// ```
public final class Gazetteer: Sendable {
    /// How a name reached a place.
    enum MatchLevel: Int, Comparable, Sendable {
        case alias = 0, strict, loose, skeleton
        static func < (a: MatchLevel, b: MatchLevel) -> Bool { a.rawValue < b.rawValue }
    }

    /// One lookup hit.
    struct Match: Sendable {
        var place: Place
        var level: MatchLevel
        var aliasPrecision: LocationPrecision?
        var note: String
    }

    /// Overlays first, the bundled file last (earlier files win for the same geonameid).
    let files: [GazetteerFile]

    /// The files this gazetteer reads, overlays first.
    public var urls: [URL] { files.map(\.url) }

    /// Number of place rows across all files (a place in an overlay and the base counts twice).
    public var placeCount: Int { files.reduce(0) { $0 + $1.placeCount } }

    /// Opens one `.fpgz` file. Throws ``FlashpointError`` naming the file when it is missing, truncated or corrupt.
    public convenience init(contentsOf url: URL) throws {
        self.init(files: [try GazetteerFile(contentsOf: url)])
    }

    /// Lookups already made: news names the same places again and again. Bounded; cleared when full.
    private let memo = Mutex<[String: [Match]]>([:])
    private static let memoLimit = 50_000

    init(files: [GazetteerFile]) {
        self.files = files
    }

    /// The user overlay folder: `$FLASHPOINT_HOME/gazetteer/`, by default `~/.flashpoint/gazetteer/`.
    public static var userDirectory: URL {
        let env = ProcessInfo.processInfo.environment
        let home: URL
        if let h = env["FLASHPOINT_HOME"], !h.isEmpty {
            home = URL(fileURLWithPath: h, isDirectory: true)
        } else {
            home = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".flashpoint", isDirectory: true)
        }
        return home.appendingPathComponent("gazetteer", isDirectory: true)
    }

    /// The bundled gazetteer plus every `*.fpgz` overlay in ``userDirectory`` (overlays win for the same id).
    public static func loadDefault() throws -> Gazetteer {
        let base = try GazetteerFile(contentsOf: FlashpointResources.url("gazetteer/places.fpgz"))
        return Gazetteer(files: try overlays(in: userDirectory) + [base])
    }

    /// The overlay files of a folder, sorted by name; a missing folder has none.
    static func overlays(in folder: URL) throws -> [GazetteerFile] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try names.filter { $0.hasSuffix(".fpgz") }.sorted().map {
            try GazetteerFile(contentsOf: folder.appendingPathComponent($0))
        }
    }

    /// A place by GeoNames id.
    public func place(id: Int) -> Place? {
        for f in files {
            if let i = f.index(ofID: id) { return f.place(at: i) }
        }
        return nil
    }

    /// Places whose name matches, best match level first (aliases and exact keys, then loose keys; consonant
    /// skeletons only when nothing closer matched), larger places first within a level.
    public func candidates(_ name: String) -> [Place] {
        matches(name).map(\.place)
    }

    /// Whether a name has an exact (strict-key) or alias entry: a cheap test.
    func hasExactKey(_ key: [UInt8]) -> Bool {
        files.contains { $0.hasKey(key) }
    }

    /// Every hit for a name with its match level, deduplicated by geonameid (the closest level kept).
    func matches(_ name: String, allowSkeleton: Bool = true) -> [Match] {
        let key = allowSkeleton ? "1" + name : "0" + name
        if let hit = memo.withLock({ $0[key] }) { return hit }
        let found = lookup(name, allowSkeleton: allowSkeleton)
        memo.withLock { m in
            if m.count >= Self.memoLimit { m.removeAll(keepingCapacity: true) }
            m[key] = found
        }
        return found
    }

    private func lookup(_ name: String, allowSkeleton: Bool) -> [Match] {
        guard let keys = NameKey.keys(name) else { return [] }
        var out: [Match] = []
        var seen: [Int: Int] = [:]
        func add(_ p: Place, _ level: MatchLevel, _ precision: LocationPrecision? = nil, _ note: String = "") {
            if let k = seen[p.geonameid] {
                if level < out[k].level { out[k] = Match(place: p, level: level, aliasPrecision: precision, note: note) }
                return
            }
            seen[p.geonameid] = out.count
            out.append(Match(place: p, level: level, aliasPrecision: precision, note: note))
        }
        for f in files {
            for hit in f.aliases(keys.strict) {
                if let p = place(id: hit.geonameid) { add(p, .alias, hit.precision, hit.note) }
            }
        }
        for f in files {
            for i in f.lookup(keys.strict, section: 5) { add(f.place(at: i), .strict) }
        }
        for f in files {
            for i in f.lookup(keys.loose, section: 6) { add(f.place(at: i), .loose) }
            if keys.loose != keys.strict {
                for i in f.lookup(keys.loose, section: 5) { add(f.place(at: i), .loose) }
            }
        }
        if out.isEmpty && allowSkeleton, let sk = keys.skeleton {
            for f in files {
                for i in f.lookup(sk, section: 7) { add(f.place(at: i), .skeleton) }
                for i in f.lookup(sk, section: 6) { add(f.place(at: i), .skeleton) }
                for i in f.lookup(sk, section: 5) { add(f.place(at: i), .skeleton) }
            }
        }
        // Overlay rows replace base rows of the same id.
        if files.count > 1 {
            for k in out.indices { if let p = place(id: out[k].place.geonameid) { out[k].place = p } }
        }
        return out.sorted { a, b in
            a.level != b.level ? a.level < b.level : a.place.population > b.place.population
        }
    }

    /// Every country's own row (the point is its capital), keyed by ISO2 and by ISO3 code.
    public func countryPlaces() -> [String: Place] {
        var out: [String: Place] = [:]
        for f in files.reversed() {
            for (cc, v) in f.countryTable() {
                guard let p = matches(v.name, allowSkeleton: false).first(where: { $0.place.isCountry && $0.place.country == cc })?.place
                else { continue }
                out[cc] = p
                if !v.iso3.isEmpty { out[v.iso3] = p }
            }
        }
        return out
    }

    /// The admin1 name of a "CC.code" pair from any file.
    func admin1Name(code: String) -> String? {
        for f in files { if let n = f.admin1Name(code: code) { return n } }
        return nil
    }
}

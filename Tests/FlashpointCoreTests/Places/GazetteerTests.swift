import Foundation
import Testing
@testable import FlashpointCore

@Suite struct GazetteerTests {
    let g = PlacesFixtures.gazetteer

    @Test func roundTripKeepsEveryField() throws {
        let camp = try #require(g.place(id: 277655))
        #expect(camp.name == "Ein el-Hilweh")
        #expect(abs(camp.lat - 33.54167) < 1e-6 && abs(camp.lon - 35.37778) < 1e-6)
        #expect(camp.country == "LB" && camp.country3 == "LBN")
        #expect(camp.admin1 == "South Governorate")
        #expect(camp.featureClass == "S" && camp.featureCode == "CMPRF")
        let kila = try #require(g.place(id: 272849))
        #expect(kila.admin1 == "Nabatîyé" && kila.admin2 == "Caza de Marjayoûn" && kila.population == 5878)
        let beirut = try #require(g.place(id: 276781))
        #expect(beirut.population == 1_916_100 && beirut.featureClass == "P")
        #expect(g.place(id: 500001) == nil)  // wadis are not kept
        #expect(g.place(id: 123) == nil)
    }

    @Test func buildStatsCountCountriesAndAdminRegions() throws {
        let (_, stats) = try PlacesFixtures.build(into: try PlacesFixtures.tempDir())
        #expect(stats.countries == 10)
        #expect(stats.admin1Regions >= 6)
        #expect(stats.aliases == 3)
        #expect(stats.bytes > 0 && stats.skippedLines == 0)
    }

    @Test func countriesArePointsAtCapitalsOrDumpCentroids() throws {
        let ge = try #require(g.place(id: 614540))
        #expect(ge.isCountry && ge.precision == .country && ge.country3 == "GEO")
        #expect(abs(ge.lat - 41.69411) < 1e-5)  // Tbilisi
        let lb = try #require(g.place(id: 272103))
        #expect(lb.featureCode == "PCLI" && abs(lb.lat - 33.83333) < 1e-5)  // the dump's own point
    }

    @Test func adminRegionsUseLargestPlaceOrDumpFeature() throws {
        let georgia = try #require(g.place(id: 4197000))
        #expect(georgia.featureCode == "ADM1" && abs(georgia.lat - 33.749) < 1e-5)  // Atlanta
        let nabatieh = try #require(g.place(id: 444191))
        #expect(nabatieh.isAdminRegion && nabatieh.precision == .admin && nabatieh.admin1 == "Nabatîyé")
    }

    @Test func nonLatinNamesAreDroppedLatinAlternatesKept() {
        #expect(g.candidates("صيدا").isEmpty)
        #expect(g.candidates("Saida").first?.geonameid == 268064)
        #expect(g.candidates("Beyrouth").contains { $0.geonameid == 276781 })
    }

    @Test func corruptFilesThrowNamingTheFile() throws {
        let dir = try PlacesFixtures.tempDir()
        let junk = dir.appendingPathComponent("junk.fpgz")
        try Data("this is not a gazetteer at all, not even close to one.....................................".utf8).write(to: junk)
        #expect { try Gazetteer(contentsOf: junk) } throws: { e in
            (e as? FlashpointError)?.location?.hasSuffix("junk.fpgz") == true
        }
        let good = try Data(contentsOf: PlacesFixtures.shared.url)
        let cut = dir.appendingPathComponent("cut.fpgz")
        try good.prefix(good.count / 2).write(to: cut)
        #expect { try Gazetteer(contentsOf: cut) } throws: { e in
            (e as? FlashpointError)?.code == .invalidResource && (e as? FlashpointError)?.location?.hasSuffix("cut.fpgz") == true
        }
        // Overwrite the place rows with 0xFF: ids out of order and references out of range.
        var bad = [UInt8](good)
        let placeOffset = Int(bad[8 + 4 * 8]) | Int(bad[8 + 4 * 8 + 1]) << 8 | Int(bad[8 + 4 * 8 + 2]) << 16
        for k in placeOffset..<(placeOffset + 64) { bad[k] = 0xFF }
        let smashed = dir.appendingPathComponent("smashed.fpgz")
        try Data(bad).write(to: smashed)
        #expect(throws: FlashpointError.self) { try Gazetteer(contentsOf: smashed) }
        #expect(throws: FlashpointError.self) { try Gazetteer(contentsOf: dir.appendingPathComponent("missing.fpgz")) }
    }

    @Test func malformedLineFailsTheBuildWithFileAndLine() throws {
        let dir = try PlacesFixtures.tempDir()
        let bad = try PlacesFixtures.write(
            "geonameid\tname\tlatitude\tlongitude\tcountrycode\tadmin1code\tpopulation\ttimezone\talternatenames\n"
                + "276781\tBeirut\t33.9\t35.5\tLB\t04\t1916100\tAsia/Beirut\t\n"
                + "oops\tnot a row\n", "bad-cities.tsv", in: dir)
        #expect { try GazetteerBuilder.build(
            cities: [bad], dumps: [], admin1: nil, admin2: nil, countries: nil, aliases: [],
            output: dir.appendingPathComponent("x.fpgz"), log: { _ in })
        } throws: { e in
            (e as? FlashpointError)?.location == "bad-cities.tsv:3"
        }
        let dump = try PlacesFixtures.write(PlacesFixtures.row(1, "Alpha", "Alpha", "", 33, 35, "P", "PPL", "06", "", 10)
            + "\n1\tBeta\tBeta\t\tnorth\t35\tP\tPPL\tLB\t\t06\t\t\t\t0\t\t0\tAsia/Beirut\t2016-01-01\n", "LB.txt", in: dir)
        #expect { try GazetteerBuilder.build(
            cities: [], dumps: [dump], admin1: nil, admin2: nil, countries: nil, aliases: [],
            output: dir.appendingPathComponent("y.fpgz"), log: { _ in })
        } throws: { e in
            (e as? FlashpointError)?.location == "LB.txt:2"
        }
    }

    @Test func importSkipsBadLinesAndOverlaysTheBase() throws {
        let dir = try PlacesFixtures.tempDir()
        let il = try PlacesFixtures.write([
            PlacesFixtures.row(294117, "Metula", "Metula", "Metulla", 33.28, 35.58, "P", "PPL", "03", "", 1600),
            "garbage line",
            PlacesFixtures.row(295000, "Shlomi", "Shlomi", "", 33.07, 35.14, "P", "PPL", "03", "", 6000),
        ].joined(separator: "\n"), "IL.txt", in: dir)
        let aliases = try PlacesFixtures.write("Metulla crossing\t294117\tnear\tborder\nBad alias line\n", "my-aliases.tsv", in: dir)
        var warnings: [String] = []
        let folder = dir.appendingPathComponent("user")
        let stats = try GazetteerBuilder.importOverlay([il, aliases], into: folder, base: g, log: { warnings.append($0) })
        #expect(stats.places == 2 && stats.skippedLines == 2 && stats.aliases == 1)
        #expect(warnings.contains { $0.contains("IL.txt:2") })
        let merged = Gazetteer(files: try Gazetteer.overlays(in: folder) + g.files)
        #expect(merged.candidates("Metula").first?.geonameid == 294117)
        #expect(merged.candidates("Metulla crossing").first?.geonameid == 294117)
        #expect(merged.candidates("Beirut").first?.geonameid == 276781)
    }
}

extension GazetteerTests {
    /// Feature codes are tested on bytes when ASCII, with `hasPrefix`'s answers; others are asked of `hasPrefix`.
    @Test func featureCodePrefixesAnswerAsHasPrefix() {
        let codes = ["PCLI", "PCL", "PC", "", "ADM1", "ADM", "ADMD", "pcli", "PCL\u{301}", "P\u{301}CL", "PCL\r\n", "TERR", "PPLA"]
        for code in codes {
            #expect(Place.code(code, startsWith: "PCL") == code.hasPrefix("PCL"), "\(code.unicodeScalars.map(\.value))")
            #expect(Place.code(code, startsWith: "ADM") == code.hasPrefix("ADM"), "\(code.unicodeScalars.map(\.value))")
        }
    }
}

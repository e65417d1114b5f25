import Foundation
@testable import FlashpointCore

/// Tiny GeoNames-format inputs written by the tests, and a gazetteer built from them once.
enum PlacesFixtures {
    static let cities = """
    geonameid\tname\tlatitude\tlongitude\tcountrycode\tadmin1code\tpopulation\ttimezone\talternatenames
    276781\tBeirut\t33.88894\t35.49442\tLB\t04\t1916100\tAsia/Beirut\tBeyrouth|Bayrūt|بيروت
    268064\tSidon\t33.55993\t35.37564\tLB\t06\t163554\tAsia/Beirut\tSaida|Şaydā|صيدا
    266826\tTripoli\t34.43667\t35.84972\tLB\t09\t229398\tAsia/Beirut\tTrablous
    2210247\tTripoli\t32.88743\t13.18733\tLY\t62\t1302947\tAfrica/Tripoli\tTarabulus
    281133\tGaza\t31.50161\t34.46672\tPS\tGZ\t410000\tAsia/Gaza\tGhazzah|غزة
    281124\tKhān Yūnis\t31.34018\t34.30627\tPS\tGZ\t173183\tAsia/Gaza\t
    281129\tJabālyā\t31.5272\t34.48347\tPS\tGZ\t168568\tAsia/Gaza\t
    281141\tDayr al Balaḩ\t31.41834\t34.34933\tPS\tGZ\t59504\tAsia/Gaza\t
    184745\tNairobi\t-1.28333\t36.81667\tKE\t05\t4397073\tAfrica/Nairobi\t
    184707\tNaivasha\t-0.71667\t36.43333\tKE\t08\t198444\tAfrica/Nairobi\t
    611717\tTbilisi\t41.69411\t44.83368\tGE\t04\t1049498\tAsia/Tbilisi\tTiflis
    250441\tAmman\t31.95522\t35.94503\tJO\t11\t1275857\tAsia/Amman\t
    8224045\tJordan\t22.30515\t114.16938\tHK\tYT\t41537\tAsia/Hong_Kong\t
    2427123\tN'Djamena\t12.10672\t15.0444\tTD\t20\t721081\tAfrica/Ndjamena\t
    6819992\tChad\t54.6361\t56.7422\tRU\t08\t5100\tAsia/Yekaterinburg\t
    4180439\tAtlanta\t33.749\t-84.38798\tUS\tGA\t510823\tAmerica/New_York\t
    4636045\tLebanon\t36.20811\t-86.2911\tUS\tTN\t30262\tAmerica/Chicago\t
    4140963\tWashington\t38.89511\t-77.03637\tUS\tDC\t689545\tAmerica/New_York\t
    """

    /// 19-column dump rows (`LB.txt` layout).
    static let dump = [
        row(277655, "Ein el-Hilweh", "Ein el-Hilweh", "Ain al Hilwi,Camp Aïn el Hiloué", 33.54167, 35.37778, "S", "CMPRF", "06", "", 0),
        row(277656, "Aïn el Hiloué", "Ain el Hiloue", "", 33.54694, 35.38167, "P", "PPL", "06", "", 0),
        row(278832, "En Nâqoûra", "En Naqoura", "An Nāqūrah", 33.11806, 35.13972, "P", "PPL", "06", "", 24910),
        row(279727, "El Khiyam", "El Khiyam", "Al Khiyam", 33.32778, 35.61278, "P", "PPL", "07", "271225", 0),
        row(276592, "Bent Jbaïl", "Bent Jbail", "Bint Jubayl", 33.11944, 35.43333, "P", "PPLA2", "07", "276591", 0),
        row(277369, "Aïta ech Chaab", "Aita ech Chaab", "‘Aytā ash Sha‘b", 33.09707, 35.33669, "P", "PPL", "07", "276591", 0),
        row(272849, "Kfar Kila", "Kfar Kila", "", 33.28389, 35.56639, "P", "PPL", "07", "271225", 5878),
        row(274425, "Haret Hreïk", "Haret Hreik", "", 33.85444, 35.51167, "P", "PPL", "05", "", 0),
        row(900001, "Qâna", "Qana", "", 33.20944, 35.29917, "P", "PPL", "06", "", 0),
        row(900002, "Qâna", "Qana", "", 34.0, 35.7, "P", "PPL", "05", "", 0),
        row(272103, "Lebanon", "Lebanon", "Liban", 33.83333, 35.83333, "A", "PCLI", "00", "", 4125247),
        row(444191, "Mohafazat Nabatîyé", "Mohafazat Nabatiye", "", 33.3, 35.5, "A", "ADM1", "07", "", 0),
        row(500001, "Wadi Test", "Wadi Test", "", 33.3, 35.5, "H", "WAD", "07", "", 0),
    ].joined(separator: "\n")

    static func row(
        _ id: Int, _ name: String, _ ascii: String, _ alts: String, _ lat: Double, _ lon: Double, _ fclass: String,
        _ fcode: String, _ admin1: String, _ admin2: String, _ pop: Int
    ) -> String {
        [String(id), name, ascii, alts, String(lat), String(lon), fclass, fcode, "LB", "", admin1, admin2, "", "",
         String(pop), "", "100", "Asia/Beirut", "2016-01-01"].joined(separator: "\t")
    }

    static let admin1 = """
    LB.04\tBeyrouth\tBeyrouth\t276780
    LB.05\tMont-Liban\tMont-Liban\t273607
    LB.06\tSouth Governorate\tSouth Governorate\t279894
    LB.07\tNabatîyé\tNabatiye\t444191
    LB.09\tLiban-Nord\tLiban-Nord\t278297
    PS.GZ\tGaza Strip\tGaza Strip\t281132
    US.GA\tGeorgia\tGeorgia\t4197000
    US.TN\tTennessee\tTennessee\t4662168
    """

    static let admin2 = """
    LB.07.271225\tCaza de Marjayoûn\tCaza de Marjayoun\t271225
    LB.07.276591\tCaza de Bent Jbaïl\tCaza de Bent Jbail\t276591
    """

    static let countries = """
    {"LB": {"geonameid": 272103, "name": "Lebanon", "iso": "LB", "iso3": "LBN", "capital": "Beirut", "population": 6848925},
     "LY": {"geonameid": 2215636, "name": "Libya", "iso": "LY", "iso3": "LBY", "capital": "Tripoli", "population": 6678567},
     "PS": {"geonameid": 6254930, "name": "Palestinian Territory", "iso": "PS", "iso3": "PSE", "capital": "East Jerusalem", "population": 4569087},
     "KE": {"geonameid": 192950, "name": "Kenya", "iso": "KE", "iso3": "KEN", "capital": "Nairobi", "population": 51393010},
     "GE": {"geonameid": 614540, "name": "Georgia", "iso": "GE", "iso3": "GEO", "capital": "Tbilisi", "population": 3731000},
     "JO": {"geonameid": 248816, "name": "Jordan", "iso": "JO", "iso3": "JOR", "capital": "Amman", "population": 9956011},
     "TD": {"geonameid": 2434508, "name": "Chad", "iso": "TD", "iso3": "TCD", "capital": "N'Djamena", "population": 15477751},
     "US": {"geonameid": 6252001, "name": "United States", "iso": "US", "iso3": "USA", "capital": "Washington", "population": 327167434},
     "HK": {"geonameid": 1819730, "name": "Hong Kong", "iso": "HK", "iso3": "HKG", "capital": "Hong Kong", "population": 7451000},
     "RU": {"geonameid": 2017370, "name": "Russia", "iso": "RU", "iso3": "RUS", "capital": "Moscow", "population": 144478050}}
    """

    static let aliases = """
    # test aliases
    Ras En Nakura\t278832\tnear\tRas Naqoura cape
    Dahiyeh\tHaret Hreik, LB\tnear\tBeirut southern suburbs
    Gaza - Shujaiyya\t281133\tnear\tShujaiyya neighbourhood
    """

    /// A fresh temporary folder.
    static func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-places-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, _ name: String, in dir: URL) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Builds the fixture gazetteer into a new folder and returns the file.
    static func build(into dir: URL) throws -> (URL, GazetteerBuilder.BuildStats) {
        let out = dir.appendingPathComponent("places.fpgz")
        let stats = try GazetteerBuilder.build(
            cities: [try write(cities, "cities.tsv", in: dir)], dumps: [try write(dump, "LB.txt", in: dir)],
            admin1: try write(admin1, "admin1CodesASCII.txt", in: dir), admin2: try write(admin2, "admin2Codes.txt", in: dir),
            countries: try write(countries, "countries.json", in: dir), aliases: [try write(aliases, "aliases.tsv", in: dir)],
            output: out, log: { _ in })
        return (out, stats)
    }

    /// The fixture gazetteer, built once per test run.
    static let shared: (url: URL, gazetteer: Gazetteer) = {
        do {
            let (url, _) = try build(into: try tempDir())
            return (url, try Gazetteer(contentsOf: url))
        } catch {
            fatalError("fixture gazetteer failed to build: \(error)")
        }
    }()

    static var gazetteer: Gazetteer { shared.gazetteer }
    static var geocoder: Geocoder { Geocoder(gazetteer: shared.gazetteer) }

    /// A small word splitter standing in for the project tokenizer: words (letters, digits, inner apostrophes
    /// excluded), numbers and single punctuation marks; `norm` is lower-cased with ’ → '.
    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var space = true
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isWhitespace { space = true; i += 1; continue }
            let start = i
            var kind = Token.Kind.punctuation
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                kind = c.properties.isAlphabetic ? .word : .number
                while i < scalars.count && (scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i])) { i += 1 }
            } else {
                i += 1
            }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[start..<i])
            let t = String(s)
            out.append(Token(text: t, norm: t.lowercased().replacingOccurrences(of: "’", with: "'"), start: start, end: i,
                             kind: kind, spaceBefore: space))
            space = false
        }
        return out
    }
}

import Foundation
import Testing
@testable import FlashpointCore

/// Checks the gazetteer shipped in Resources/gazetteer/places.fpgz.
@Suite struct DefaultGazetteerTests {
    @Test func shippedGazetteerResolvesKeyPlaces() throws {
        let geo = Geocoder(gazetteer: try Gazetteer.loadDefault())
        let lb = GeoContext(preferredCountries: ["LB"])
        let expected: [(String, GeoContext, Int)] = [
            ("Beirut", lb, 276781), ("Sidon", lb, 268064), ("Saida", lb, 268064), ("Ain al-Hilweh", lb, 277655),
            ("Naqoura", lb, 278832), ("Ras En Nakura", lb, 278832), ("Khiam", lb, 279727), ("Bint Jbeil", lb, 276592),
            ("Aita ech Chaab", lb, 277369), ("Nairobi", GeoContext(), 184745), ("Gaza", GeoContext(), 281133),
            ("Gaza - Shujaiyya", GeoContext(), 281133), ("Khan Younis", GeoContext(), 281124),
            ("Lebanon", GeoContext(preferredCountries: ["US"]), 272103), ("Georgia", GeoContext(), 614540),
        ]
        for (name, ctx, id) in expected {
            #expect(geo.resolve(name, context: ctx).chosen?.place.geonameid == id, "\(name)")
        }
        #expect(geo.resolve("Lebanon", context: GeoContext()).chosen?.precision == .country)
    }
}

import Foundation

/// Distances and offsets on a spherical Earth.
public enum GeoMath {
    /// Mean Earth radius in km.
    public static let earthRadiusKm = 6371.0

    /// Great-circle distance in km.
    public static func distanceKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let p1 = lat1 * .pi / 180, p2 = lat2 * .pi / 180
        let dp = p2 - p1, dl = (lon2 - lon1) * .pi / 180
        let a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(a)))
    }

    /// Distance between two places in km.
    public static func distanceKm(_ a: Place, _ b: Place) -> Double {
        distanceKm(a.lat, a.lon, b.lat, b.lon)
    }

    /// A compass bearing in degrees from words or abbreviations ("north", "N", "south-east", "SSW", "northeast",
    /// "northwestern") or a number of degrees; nil when unknown.
    public static func bearingDegrees(_ bearing: String) -> Double? {
        let s = bearing.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "." }
        if let d = Double(s) { return d }
        let words: [String: Double] = [
            "n": 0, "nne": 22.5, "ne": 45, "ene": 67.5, "e": 90, "ese": 112.5, "se": 135, "sse": 157.5,
            "s": 180, "ssw": 202.5, "sw": 225, "wsw": 247.5, "w": 270, "wnw": 292.5, "nw": 315, "nnw": 337.5,
        ]
        if let d = words[s] { return d }
        var rest = Substring(s)
        for suffix in ["ern", "ward", "wards", "erly"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        var code = ""
        while !rest.isEmpty {
            if rest.hasPrefix("north") { code += "n"; rest = rest.dropFirst(5) }
            else if rest.hasPrefix("south") { code += "s"; rest = rest.dropFirst(5) }
            else if rest.hasPrefix("east") { code += "e"; rest = rest.dropFirst(4) }
            else if rest.hasPrefix("west") { code += "w"; rest = rest.dropFirst(4) }
            else { return nil }
        }
        return words[code]
    }

    /// The point `km` away from (lat, lon) in the given bearing (degrees clockwise from north).
    public static func offset(lat: Double, lon: Double, km: Double, bearingDegrees: Double) -> (lat: Double, lon: Double) {
        let d = km / earthRadiusKm
        let b = bearingDegrees * .pi / 180
        let p1 = lat * .pi / 180, l1 = lon * .pi / 180
        let p2 = asin(sin(p1) * cos(d) + cos(p1) * sin(d) * cos(b))
        let l2 = l1 + atan2(sin(b) * sin(d) * cos(p1), cos(d) - sin(p1) * sin(p2))
        var lon2 = l2 * 180 / .pi
        if lon2 > 180 { lon2 -= 360 } else if lon2 < -180 { lon2 += 360 }
        return (p2 * 180 / .pi, lon2)
    }
}

import Foundation

/// One memory-mapped `.fpgz` file; rows are decoded on demand.
struct GazetteerFile: Sendable {
    let url: URL
    let data: Data
    /// (offset, count) of each section.
    let sections: [(offset: Int, count: Int)]

    /// What a key index lookup found: a place row and the alias precision and note when it came from an alias.
    struct AliasHit {
        var geonameid: Int
        var precision: LocationPrecision?
        var note: String
    }

    init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw FlashpointError(.missingResource, "cannot read gazetteer file", location: url.path)
        }
        try self.init(data: data, url: url)
    }

    init(data: Data, url: URL) throws {
        self.url = url
        self.data = data
        func corrupt(_ why: String) -> FlashpointError {
            FlashpointError(.invalidResource, "corrupt or truncated gazetteer file: \(why)", location: url.path)
        }
        guard data.count >= GazetteerLayout.headerSize else { throw corrupt("shorter than its header") }
        let header = data.withUnsafeBytes { raw -> (Bool, UInt32, [(Int, Int)]) in
            let magic = Array(raw[0..<4]) == GazetteerLayout.magic
            let version = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
            var s: [(Int, Int)] = []
            for i in 0..<GazetteerLayout.sectionCount {
                let o = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8 + i * 8, as: UInt32.self)))
                let c = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12 + i * 8, as: UInt32.self)))
                s.append((o, c))
            }
            return (magic, version, s)
        }
        guard header.0 else { throw corrupt("not a Flashpoint gazetteer (bad magic)") }
        guard header.1 == GazetteerLayout.version else { throw corrupt("unsupported version \(header.1)") }
        sections = header.2.map { (offset: $0.0, count: $0.1) }
        let rowSizes = [1, GazetteerLayout.countrySize, 8, 4, GazetteerLayout.placeSize, GazetteerLayout.keySize,
                        GazetteerLayout.keySize, GazetteerLayout.keySize, GazetteerLayout.aliasSize, 0, 4]
        for (i, s) in sections.enumerated() where rowSizes[i] > 0 {
            guard s.offset >= GazetteerLayout.headerSize, s.offset + s.count * rowSizes[i] <= data.count else {
                throw corrupt("section \(i) lies outside the file")
            }
        }
        if let problem = validate() { throw corrupt(problem) }
    }

    /// Checks every row's references; returns a description of the first bad one.
    private func validate() -> String? {
        let stringsEnd = sections[0].count
        let places = sections[4].count
        return data.withUnsafeBytes { raw -> String? in
            func u32(_ o: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: UInt32.self))) }
            func u16(_ o: Int) -> Int { Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: UInt16.self))) }
            let base = sections[4].offset
            var lastID = -1
            for i in 0..<places {
                let row = base + i * GazetteerLayout.placeSize
                let id = u32(row)
                if id <= lastID { return "place rows out of order at row \(i)" }
                lastID = id
                if u32(row + 12) >= stringsEnd { return "bad name reference in place row \(i)" }
                let c = u16(row + 20), a = u16(row + 22), a2 = u16(row + 24), f = u16(row + 26)
                if (c != 0xFFFF && c >= sections[1].count) || (a != 0xFFFF && a >= sections[2].count)
                    || (a2 != 0xFFFF && a2 >= sections[10].count) || f >= max(1, sections[3].count) {
                    return "bad table reference in place row \(i)"
                }
            }
            for s in 5...7 {
                for i in 0..<sections[s].count {
                    let row = sections[s].offset + i * GazetteerLayout.keySize
                    if u32(row) >= stringsEnd || u32(row + 4) >= places { return "bad key row \(i) in section \(s)" }
                }
            }
            for i in 0..<sections[8].count where u32(sections[8].offset + i * GazetteerLayout.aliasSize) >= stringsEnd {
                return "bad alias row \(i)"
            }
            return nil
        }
    }

    var placeCount: Int { sections[4].count }

    /// The bytes of the string at a blob offset (empty when out of range).
    private func stringBytes(_ raw: UnsafeRawBufferPointer, _ off: Int) -> UnsafeRawBufferPointer {
        let start = sections[0].offset + off
        let end = sections[0].offset + sections[0].count
        guard off >= 0, start + 1 <= end else { return UnsafeRawBufferPointer(rebasing: raw[0..<0]) }
        let len = Int(raw[start])
        guard start + 1 + len <= end else { return UnsafeRawBufferPointer(rebasing: raw[0..<0]) }
        return UnsafeRawBufferPointer(rebasing: raw[(start + 1)..<(start + 1 + len)])
    }

    private func string(_ raw: UnsafeRawBufferPointer, _ off: Int) -> String {
        String(decoding: stringBytes(raw, off), as: UTF8.self)
    }

    /// The row index of a geonameid, by binary search.
    func index(ofID id: Int) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            var lo = 0, hi = placeCount - 1
            let base = sections[4].offset
            while lo <= hi {
                let mid = (lo + hi) / 2
                let v = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: base + mid * GazetteerLayout.placeSize, as: UInt32.self)))
                if v == id { return mid }
                if v < id { lo = mid + 1 } else { hi = mid - 1 }
            }
            return nil
        }
    }

    /// Decodes one place row.
    func place(at index: Int) -> Place {
        data.withUnsafeBytes { raw -> Place in
            func u32(_ o: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: UInt32.self)) }
            func u16(_ o: Int) -> Int { Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: UInt16.self))) }
            let row = sections[4].offset + index * GazetteerLayout.placeSize
            var country = "", country3 = ""
            let c = u16(row + 20)
            if c != 0xFFFF {
                let cr = sections[1].offset + c * GazetteerLayout.countrySize
                country = String(decoding: UnsafeRawBufferPointer(rebasing: raw[cr..<(cr + 2)]), as: UTF8.self)
                var end = cr + 5
                while end > cr + 2 && (raw[end - 1] == 0x20 || raw[end - 1] == 0) { end -= 1 }
                country3 = String(decoding: UnsafeRawBufferPointer(rebasing: raw[(cr + 2)..<end]), as: UTF8.self)
            }
            let a = u16(row + 22)
            let admin1 = a == 0xFFFF ? nil : string(raw, Int(u32(sections[2].offset + a * 8 + 4)))
            let a2 = u16(row + 24)
            let admin2 = a2 == 0xFFFF ? nil : string(raw, Int(u32(sections[10].offset + a2 * 4)))
            var fclass = "", fcode = ""
            if sections[3].count > 0 {
                let feature = string(raw, Int(u32(sections[3].offset + u16(row + 26) * 4)))
                let parts = feature.split(separator: ".", maxSplits: 1)
                fclass = parts.first.map(String.init) ?? ""
                fcode = parts.count > 1 ? String(parts[1]) : ""
            }
            return Place(
                geonameid: Int(u32(row)), name: string(raw, Int(u32(row + 12))),
                lat: Double(Int32(bitPattern: u32(row + 4))) / 1_000_000,
                lon: Double(Int32(bitPattern: u32(row + 8))) / 1_000_000,
                country: country, country3: country3, admin1: admin1, admin2: admin2,
                featureClass: fclass, featureCode: fcode, population: Int(u32(row + 16)))
        }
    }

    /// Compares a key with the string at a blob offset.
    private func compare(_ raw: UnsafeRawBufferPointer, _ off: Int, _ key: [UInt8]) -> Int {
        let s = stringBytes(raw, off)
        let n = min(s.count, key.count)
        let differs: Int? = key.withUnsafeBufferPointer { k in
            for i in 0..<n where s[i] != k[i] { return s[i] < k[i] ? -1 : 1 }
            return nil
        }
        if let differs { return differs }
        return s.count == key.count ? 0 : (s.count < key.count ? -1 : 1)
    }

    /// The blob offset of row `i`'s key in a sorted key section.
    private func keyOffset(_ raw: UnsafeRawBufferPointer, section: Int, rowSize: Int, _ i: Int) -> Int {
        Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: sections[section].offset + i * rowSize, as: UInt32.self)))
    }

    /// The first row in a sorted key section whose key is not less than `key`.
    private func lowerBound(_ raw: UnsafeRawBufferPointer, section: Int, rowSize: Int, _ key: [UInt8]) -> Int {
        var lo = 0, hi = sections[section].count
        while lo < hi {
            let mid = (lo + hi) / 2
            if compare(raw, keyOffset(raw, section: section, rowSize: rowSize, mid), key) < 0 { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The rows of a sorted key section whose key equals `key`.
    private func equalRange(_ raw: UnsafeRawBufferPointer, section: Int, rowSize: Int, _ key: [UInt8]) -> Range<Int> {
        let lo = lowerBound(raw, section: section, rowSize: rowSize, key)
        var end = lo
        while end < sections[section].count && compare(raw, keyOffset(raw, section: section, rowSize: rowSize, end), key) == 0 {
            end += 1
        }
        return lo..<end
    }

    /// Place row indices whose key in section 5 (strict), 6 (loose) or 7 (skeleton) equals `key`.
    func lookup(_ key: [UInt8], section: Int) -> [Int] {
        data.withUnsafeBytes { raw -> [Int] in
            let r = equalRange(raw, section: section, rowSize: GazetteerLayout.keySize, key)
            return r.map { i in
                Int(UInt32(littleEndian: raw.loadUnaligned(
                    fromByteOffset: sections[section].offset + i * GazetteerLayout.keySize + 4, as: UInt32.self)))
            }
        }
    }

    /// Whether a sorted key section has a row whose key equals `key` (the lower bound's row; the equal rows after
    /// it are not counted).
    private func containsKey(_ raw: UnsafeRawBufferPointer, section: Int, rowSize: Int, _ key: [UInt8]) -> Bool {
        let lo = lowerBound(raw, section: section, rowSize: rowSize, key)
        return lo < sections[section].count && compare(raw, keyOffset(raw, section: section, rowSize: rowSize, lo), key) == 0
    }

    /// Whether any strict key or alias equals `key` (cheap test for the toponym finder).
    func hasKey(_ key: [UInt8]) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            containsKey(raw, section: 5, rowSize: GazetteerLayout.keySize, key)
                || containsKey(raw, section: 8, rowSize: GazetteerLayout.aliasSize, key)
        }
    }

    /// Aliases whose key equals `key`.
    func aliases(_ key: [UInt8]) -> [AliasHit] {
        data.withUnsafeBytes { raw -> [AliasHit] in
            let r = equalRange(raw, section: 8, rowSize: GazetteerLayout.aliasSize, key)
            return r.map { i in
                let row = sections[8].offset + i * GazetteerLayout.aliasSize
                func u32(_ o: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: o, as: UInt32.self)) }
                return AliasHit(geonameid: Int(u32(row + 4)), precision: GazetteerLayout.precision(code: u32(row + 8)),
                                note: string(raw, Int(u32(row + 12))))
            }
        }
    }

    /// The admin1 name for a "CC.code" string, if this file has it.
    func admin1Name(code: String) -> String? {
        data.withUnsafeBytes { raw -> String? in
            for i in 0..<sections[2].count {
                let row = sections[2].offset + i * 8
                let c = string(raw, Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: row, as: UInt32.self))))
                if c == code {
                    return string(raw, Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: row + 4, as: UInt32.self))))
                }
            }
            return nil
        }
    }

    /// ISO2 → (ISO3, name) for every country row.
    func countryTable() -> [String: (iso3: String, name: String)] {
        data.withUnsafeBytes { raw in
            var out: [String: (iso3: String, name: String)] = [:]
            for i in 0..<sections[1].count {
                let cr = sections[1].offset + i * GazetteerLayout.countrySize
                let cc = String(decoding: UnsafeRawBufferPointer(rebasing: raw[cr..<(cr + 2)]), as: UTF8.self)
                let iso3 = String(decoding: UnsafeRawBufferPointer(rebasing: raw[(cr + 2)..<(cr + 5)]), as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                let name = string(raw, Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: cr + 8, as: UInt32.self))))
                out[cc] = (iso3, name)
            }
            return out
        }
    }
}

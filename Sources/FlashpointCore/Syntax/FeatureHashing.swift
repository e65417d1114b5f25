/// Hashing helpers shared by the tagger and the parser: FNV-1a over UTF-8 bytes and a cheap 64-bit mixer.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over a byte range.
    @inline(__always)
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> UInt64 {
        var h = offset
        var i = from
        while i < to {
            h = (h ^ UInt64(bytes[i])) &* prime
            i += 1
        }
        return h
    }

    /// FNV-1a of a string's UTF-8 bytes.
    static func fnv(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// Combines a template id with one value.
    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64) -> UInt64 {
        var h = (template &+ 0x9e37_79b9_7f4a_7c15) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ a) &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 29)
    }

    /// Combines a template id with two values.
    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = mix(template, a)
        h = (h ^ b) &* 0xff51_afd7_ed55_8ccd
        return h ^ (h >> 31)
    }

    /// Combines a template id with three values.
    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        var h = mix(template, a, b)
        h = (h ^ c) &* 0xc4ce_b9fe_1a85_ec53
        return h ^ (h >> 33)
    }
}

/// Where a feature template puts the hashes it makes, one at a time and always in the same order.
protocol FeatureSink {
    mutating func take(_ hash: UInt64)
}

/// A sink that keeps the hashes in a buffer, in order (training and tests read them back).
struct HashBuffer: FeatureSink {
    let out: UnsafeMutablePointer<UInt64>
    private(set) var count = 0

    init(_ out: UnsafeMutablePointer<UInt64>) { self.out = out }

    @inline(__always)
    mutating func take(_ hash: UInt64) {
        out[count] = hash
        count += 1
    }
}

/// Per-word hashed properties computed once per sentence.
struct WordInfo: Sendable {
    /// Lower-cased form with typographic quotes and dashes unified.
    var lower: UInt64 = 0
    var suffix1: UInt64 = 0
    var suffix2: UInt64 = 0
    var suffix3: UInt64 = 0
    var suffix4: UInt64 = 0
    var prefix1: UInt64 = 0
    var prefix2: UInt64 = 0
    var prefix3: UInt64 = 0
    /// Collapsed character-class shape ("Xx", "x-Xx", "d.d").
    var shape: UInt64 = 0
    /// Bit flags: 1 first upper, 2 all upper, 4 has digit, 8 has hyphen, 16 has letter, 32 length > 6.
    var flags: UInt64 = 0

    /// Analyses one word; `scratch` is a reusable buffer.
    init(_ word: String, scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        var shapeHash = FeatureHash.offset
        var lastClass: UInt8 = 0
        var firstUpper = false, anyLower = false, anyUpper = false, digit = false, hyphen = false, letter = false
        func addShape(_ c: UInt8, collapse: Bool) {
            if collapse && c == lastClass { return }
            lastClass = c
            shapeHash = (shapeHash ^ UInt64(c)) &* FeatureHash.prime
        }
        for scalar in word.unicodeScalars {
            let v = scalar.value
            var out: UInt8
            if v < 0x80 {
                out = UInt8(v)
            } else {
                switch v {
                case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4: out = 0x27
                case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: out = 0x22
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: out = 0x2D
                case 0x2014, 0x2015: scratch.append(0x2D); out = 0x2D
                case 0x2026: scratch.append(0x2E); scratch.append(0x2E); out = 0x2E
                default:
                    letter = true
                    addShape(0x61, collapse: true)
                    UTF8.encode(scalar) { scratch.append($0) }
                    continue
                }
            }
            switch out {
            case 0x41...0x5A:
                if scratch.isEmpty { firstUpper = true }
                anyUpper = true; letter = true
                addShape(0x58, collapse: true)
                out |= 0x20
            case 0x61...0x7A:
                anyLower = true; letter = true
                addShape(0x78, collapse: true)
            case 0x30...0x39:
                digit = true
                addShape(0x64, collapse: true)
            case 0x2D:
                hyphen = true
                addShape(out, collapse: false)
            default:
                addShape(out, collapse: false)
            }
            scratch.append(out)
        }
        var f: UInt64 = 0
        if firstUpper { f |= 1 }
        if anyUpper && !anyLower { f |= 2 }
        if digit { f |= 4 }
        if hyphen { f |= 8 }
        if letter { f |= 16 }
        if scratch.count > 6 { f |= 32 }
        flags = f
        shape = shapeHash
        scratch.withUnsafeBufferPointer { p in
            let n = p.count
            lower = FeatureHash.fnv(p, from: 0, to: n)
            suffix1 = FeatureHash.fnv(p, from: max(0, n - 1), to: n)
            suffix2 = FeatureHash.fnv(p, from: max(0, n - 2), to: n) &+ 2
            suffix3 = FeatureHash.fnv(p, from: max(0, n - 3), to: n) &+ 3
            suffix4 = FeatureHash.fnv(p, from: max(0, n - 4), to: n) &+ 4
            prefix1 = FeatureHash.fnv(p, from: 0, to: min(n, 1)) &+ 11
            prefix2 = FeatureHash.fnv(p, from: 0, to: min(n, 2)) &+ 12
            prefix3 = FeatureHash.fnv(p, from: 0, to: min(n, 3)) &+ 13
        }
    }

    /// The analyses of a sentence's words, one each, in order: computed once and read by both the tagger and
    /// the parser.
    static func analyse(_ words: [String]) -> [WordInfo] {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(32)
        var infos: [WordInfo] = []
        infos.reserveCapacity(words.count)
        for w in words { infos.append(WordInfo(w, scratch: &scratch)) }
        return infos
    }

    /// Placeholder for positions before the sentence start or after its end.
    init(boundary: UInt64) {
        lower = boundary; suffix1 = boundary; suffix2 = boundary; suffix3 = boundary; suffix4 = boundary
        prefix1 = boundary; prefix2 = boundary; prefix3 = boundary; shape = boundary; flags = 64
    }
}

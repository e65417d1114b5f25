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
        var w = s
        return w.withUTF8 { fnv($0, from: 0, to: $0.count) }
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
    ///
    /// Reads the word's UTF-8 bytes directly and decodes a scalar only where a byte is not ASCII (``fold(_:into:)``):
    /// every token of every sentence passes through here, and walking `unicodeScalars` with a growing array cost
    /// several times as much.
    init(_ word: String, scratch: inout [UInt8]) {
        var text = word
        // The folded form is never longer in bytes than the word: a quote, dash or ellipsis of three bytes becomes
        // one to three ASCII bytes, other scalars keep their bytes.
        let byteCount = text.utf8.count
        if scratch.count < max(byteCount, 1) { scratch = [UInt8](repeating: 0, count: max(byteCount, 32, 2 * scratch.count)) }
        let (n, shapeHash, f) = scratch.withUnsafeMutableBufferPointer { out in
            text.withUTF8 { WordInfo.fold($0, into: out.baseAddress!) }
        }
        flags = f
        shape = shapeHash
        scratch.withUnsafeBufferPointer { hashForms($0, count: n) }
    }

    /// Sets the hashes of the lower-cased form `p[0..<n]`, its suffixes and its prefixes.
    ///
    /// FNV-1a runs through the bytes in order, so the prefixes' hashes are the form's hash after one, two and
    /// three bytes: the form's hash goes on from the third prefix's instead of hashing those bytes four times.
    @inline(__always)
    mutating func hashForms(_ p: UnsafeBufferPointer<UInt8>, count n: Int) {
        let h1 = n >= 1 ? (FeatureHash.offset ^ UInt64(p[0])) &* FeatureHash.prime : FeatureHash.offset
        let h2 = n >= 2 ? (h1 ^ UInt64(p[1])) &* FeatureHash.prime : h1
        let h3 = n >= 3 ? (h2 ^ UInt64(p[2])) &* FeatureHash.prime : h2
        var h = h3
        var i = min(n, 3)
        while i < n {
            h = (h ^ UInt64(p[i])) &* FeatureHash.prime
            i += 1
        }
        lower = h
        suffix1 = FeatureHash.fnv(p, from: max(0, n - 1), to: n)
        suffix2 = FeatureHash.fnv(p, from: max(0, n - 2), to: n) &+ 2
        suffix3 = FeatureHash.fnv(p, from: max(0, n - 3), to: n) &+ 3
        suffix4 = FeatureHash.fnv(p, from: max(0, n - 4), to: n) &+ 4
        prefix1 = h1 &+ 11
        prefix2 = h2 &+ 12
        prefix3 = h3 &+ 13
    }

    /// Writes the lower-cased form of the UTF-8 `bytes` of a word to `out`, typographic quotes and dashes unified;
    /// returns its length, its collapsed character-class shape hash and the flags (see ``flags``).
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> (Int, UInt64, UInt64) {
        var shape = FeatureHash.offset
        var lastClass: UInt8 = 0
        var firstUpper = false, anyLower = false, anyUpper = false, digit = false, hyphen = false, letter = false
        @inline(__always)
        func addShape(_ c: UInt8, collapse: Bool, _ shape: inout UInt64, _ lastClass: inout UInt8) {
            if collapse && c == lastClass { return }
            lastClass = c
            shape = (shape ^ UInt64(c)) &* FeatureHash.prime
        }
        var n = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            var c: UInt8
            if lead < 0x80 {
                c = lead
                i += 1
            } else {
                let (v, length) = ScalarScan.decode(bytes, i)
                guard let (ascii, copies) = typographic(v) else {
                    letter = true
                    addShape(0x61, collapse: true, &shape, &lastClass)
                    for k in 0..<length { out[n + k] = bytes[i + k] }
                    n += length
                    i += length
                    continue
                }
                // All copies but the last are written as they are; the last is classed below.
                for _ in 1..<copies { out[n] = ascii; n += 1 }
                c = ascii
                i += length
            }
            switch c {
            case 0x41...0x5A:
                if n == 0 { firstUpper = true }
                anyUpper = true; letter = true
                addShape(0x58, collapse: true, &shape, &lastClass)
                c |= 0x20
            case 0x61...0x7A:
                anyLower = true; letter = true
                addShape(0x78, collapse: true, &shape, &lastClass)
            case 0x30...0x39:
                digit = true
                addShape(0x64, collapse: true, &shape, &lastClass)
            case 0x2D:
                hyphen = true
                addShape(c, collapse: false, &shape, &lastClass)
            default:
                addShape(c, collapse: false, &shape, &lastClass)
            }
            out[n] = c
            n += 1
        }
        return (n, shape, flags(firstUpper: firstUpper, anyUpper: anyUpper, anyLower: anyLower, digit: digit,
                                hyphen: hyphen, letter: letter, length: n))
    }

    /// The ASCII stand-in of a typographic quote, dash or ellipsis and how many of it replace the scalar; nil for
    /// any other scalar.
    @inline(__always)
    static func typographic(_ v: UInt32) -> (UInt8, Int)? {
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4: return (0x27, 1)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return (0x22, 1)
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212: return (0x2D, 1)
        case 0x2014, 0x2015: return (0x2D, 2)
        case 0x2026: return (0x2E, 3)
        default: return nil
        }
    }

    /// The flag bits (see ``flags``) of a word from what its characters showed.
    @inline(__always)
    static func flags(firstUpper: Bool, anyUpper: Bool, anyLower: Bool, digit: Bool, hyphen: Bool, letter: Bool,
                      length: Int) -> UInt64 {
        var f: UInt64 = 0
        if firstUpper { f |= 1 }
        if anyUpper && !anyLower { f |= 2 }
        if digit { f |= 4 }
        if hyphen { f |= 8 }
        if letter { f |= 16 }
        if length > 6 { f |= 32 }
        return f
    }

    /// The analyses of a sentence's words, one each, in order: computed once and read by both the tagger and
    /// the parser.
    static func analyse(_ words: [String]) -> [WordInfo] {
        var scratch = [UInt8](repeating: 0, count: 32)
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

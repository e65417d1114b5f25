import Foundation

/// Substring search over UTF-8 bytes for ASCII needles, with the answers of the Character-based
/// `contains(_:)` and Foundation's `range(of:)`.
///
/// Both library searches are slow on hot paths (`contains` goes through `_StringProcessing`, `range(of:)` bridges
/// to `NSString`). For an ASCII needle a byte match is a Character match unless a combining mark or another
/// extending scalar glues a non-ASCII neighbour onto its first or last byte; only then do these helpers ask the
/// library, so their answers are always the library's.
enum ByteSearch {
    /// Whether two strings have the same UTF-8 bytes (`memcmp`; the generic `elementsEqual` steps through them one
    /// by one). Canonically equivalent spellings with different bytes are different here.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var x = a, y = b
        return x.withUTF8 { p in
            y.withUTF8 { q in
                guard p.count == q.count else { return false }
                guard let pb = p.baseAddress, let qb = q.baseAddress else { return true }
                return memcmp(pb, qb, p.count) == 0
            }
        }
    }

    /// The byte offsets of the first occurrence of `needle` in `haystack`, and whether it is certainly a Character
    /// match (ASCII, or nothing, on both sides).
    @inline(__always)
    private static func firstMatch(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString)
        -> (offset: Int, clean: Bool)?
    {
        let n = needle.utf8CodeUnitCount
        let h = haystack.count
        guard n > 0, h >= n else { return nil }
        let p = needle.utf8Start
        let first = p[0]
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var k = 1
                while k < n && haystack[i + k] == p[k] { k += 1 }
                if k == n {
                    let beforeClean = i == 0 || haystack[i - 1] < 0x80
                    let afterClean = i + n == h || haystack[i + n] < 0x80
                    return (i, beforeClean && afterClean)
                }
            }
            i += 1
        }
        return nil
    }

    /// `haystack.contains(needle)` for an ASCII needle.
    static func contains(_ haystack: String, _ needle: StaticString) -> Bool {
        var s = haystack
        let found = s.withUTF8 { firstMatch($0, needle) }
        guard let found else { return false }
        if found.clean { return true }
        return haystack.contains(needle.description)
    }

    /// Foundation's `haystack.range(of: needle)` (no options) for an ASCII needle.
    static func range(of needle: StaticString, in haystack: String) -> Range<String.Index>? {
        var s = haystack
        let found = s.withUTF8 { firstMatch($0, needle) }
        guard let found else { return nil }
        guard found.clean else { return haystack.range(of: needle.description) }
        let u = haystack.utf8
        let start = u.index(u.startIndex, offsetBy: found.offset)
        return start..<u.index(start, offsetBy: needle.utf8CodeUnitCount)
    }

    /// Whether `haystack` contains the single ASCII byte `byte` as a Character of its own; the same as
    /// `haystack.contains(Character(byte))`.
    static func contains(_ haystack: String, byte: UInt8) -> Bool {
        var s = haystack
        let found: (Int, Bool)? = s.withUTF8 { buf in
            guard let i = buf.firstIndex(of: byte) else { return nil }
            let clean = (i == 0 || buf[i - 1] < 0x80) && (i + 1 == buf.count || buf[i + 1] < 0x80)
            return (i, clean)
        }
        guard let found else { return false }
        if found.1 { return true }
        return haystack.contains(Character(Unicode.Scalar(byte)))
    }
}

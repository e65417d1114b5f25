import Foundation

/// An open-addressing map from 64-bit hashes to 32-bit values, stored in two flat arrays.
struct HashIndex: Sendable {
    let keys: [UInt64]
    let values: [UInt32]
    let mask: Int

    /// Builds the map from key/value pairs (key 0 is reserved as "empty" and skipped).
    init(_ pairs: [(UInt64, UInt32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (k, v) in pairs where k != 0 {
            var i = HashIndex.slot(k, mask)
            while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = v
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    @inline(__always)
    static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
    }

    /// The value stored for `key`, or 0.
    @inline(__always)
    func value(_ key: UInt64) -> UInt32 {
        var i = HashIndex.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// All stored pairs.
    var pairs: [(UInt64, UInt32)] {
        var out: [(UInt64, UInt32)] = []
        for i in 0..<keys.count where keys[i] != 0 { out.append((keys[i], values[i])) }
        return out
    }

    func write(to w: inout ByteWriter) {
        let p = pairs
        w.u32(UInt32(p.count))
        for (k, v) in p { w.u64(k); w.u32(v) }
    }

    static func read(_ r: inout ByteReader) throws -> HashIndex {
        let n = Int(try r.u32("lexicon size"))
        let bytes = try r.raw(n * 12, "lexicon")
        var pairs: [(UInt64, UInt32)] = []
        pairs.reserveCapacity(n)
        // Read in place: `Data`'s subscript costs hundreds of instructions per byte here.
        bytes.withUnsafeBytes { (p: UnsafeRawBufferPointer) in
            for i in 0..<n {
                let key = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i * 12, as: UInt64.self))
                let value = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: i * 12 + 8, as: UInt32.self))
                pairs.append((key, value))
            }
        }
        return HashIndex(pairs)
    }
}

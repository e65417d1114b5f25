import Foundation
import FlashpointKernels

/// Hashed, quantized perceptron weights used at prediction time: `buckets × classes` Int16 values in one flat array.
struct WeightTable: Sendable {
    let bits: Int
    let classes: Int
    let scale: Float
    /// The weights, `buckets × classes` of them.
    let storage: WeightStorage

    /// The weights as an array.
    var weights: [Int16] { Array(UnsafeBufferPointer(start: storage.pointer, count: storage.count)) }

    init(bits: Int, classes: Int, scale: Float, weights: [Int16]) {
        self.init(bits: bits, classes: classes, scale: scale, storage: WeightStorage(weights))
    }

    init(bits: Int, classes: Int, scale: Float, storage: WeightStorage) {
        self.bits = bits
        self.classes = classes
        self.scale = scale
        self.storage = storage
    }

    /// Offset of the row a feature hash falls into (bucket index × classes).
    @inline(__always)
    func row(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash &>> UInt64(64 - bits)) &* classes }

    /// A sink that turns feature hashes into this table's rows as they are made (see ``RowGatherer``).
    @inline(__always)
    func gatherer(into rows: UnsafeMutablePointer<Int>) -> RowGatherer {
        RowGatherer(rows: rows, base: UnsafePointer(storage.pointer), shift: UInt64(64 - bits), classes: classes)
    }

    /// Adds the rows at `rows[0..<count]` into `scores[0..<classes]`.
    @inline(__always)
    func score(_ rows: UnsafePointer<Int>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        if classes == 3 {
            scoreThree(rows, count, into: scores)
        } else {
            scoreWide(rows, count, into: scores)
        }
    }

    /// ``score(_:_:into:)`` for the parser's transition table (shift/left/right), scored ~2n times per sentence
    /// over ~100 rows: the three sums stay in registers. Wrapping Int32 addition is order-independent, so every
    /// way of summing here gives the same sums.
    @inline(__always)
    func scoreThree(_ rows: UnsafePointer<Int>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        let sums = sumThree(rows, count)
        scores[0] = sums[0]; scores[1] = sums[1]; scores[2] = sums[2]
    }

    /// The three class sums of a three-class table over `rows[0..<count]` in lanes 0–2, for adding to other sums
    /// (``RoleScores``); lane 3 holds no score. Each row is read with the weight after it, four Int16 in one load
    /// widened in one step (the storage has ``WeightStorage/padding`` behind the last row), where three loads
    /// and widenings took twice the instructions.
    @inline(__always)
    func sumThree(_ rows: UnsafePointer<Int>, _ count: Int) -> SIMD4<Int32> {
        let base = UnsafeRawPointer(storage.pointer)
        var sums = SIMD4<Int32>()
        for i in 0..<count {
            let row = (base + rows[i] &* 2).loadUnaligned(as: SIMD4<Int16>.self)
            sums &+= SIMD4<Int32>(truncatingIfNeeded: row)
        }
        return sums
    }

    /// ``score(_:_:into:)`` for tables of many classes (the tagger's 17 tags, the labeler's relations), eight
    /// classes at a time: Int16 weights widened to Int32 lanes and summed over all rows in a register before the
    /// next eight, so that no partial sum goes through memory once per row.
    ///
    /// The blocks start at 0, 8, 16, …; when `classes` is no multiple of 8 the last block ends exactly at
    /// `classes`, overlapping the one before it, and only its lanes past that one are kept. The first and the
    /// last block are summed in one loop, which starts the loads of both ends of every row at once: the rows are
    /// scattered over megabytes, mostly miss the cache and often straddle two cache lines. The middle blocks then
    /// find them cached.
    ///
    /// Where the CPU has AVX2 the C kernel does the same sums (``WeightTable/hasAVX2``).
    func scoreWide(_ rows: UnsafePointer<Int>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        if WeightTable.hasAVX2 && classes >= 8 {
            flashpoint_sum_rows_avx2(UnsafePointer(storage.pointer), rows, count, classes, scores)
        } else {
            scoreWidePortable(rows, count, into: scores)
        }
    }

    /// Whether the CPU runs AVX2, asked once: its sign-extending load widens eight weights in one instruction.
    static let hasAVX2 = flashpoint_has_avx2() != 0

    /// ``scoreWide(_:_:into:)`` in Swift's SIMD types, for any CPU.
    func scoreWidePortable(_ rows: UnsafePointer<Int>, _ count: Int, into scores: UnsafeMutablePointer<Int32>) {
        let base = UnsafePointer(storage.pointer)
        guard classes >= 8 else {
            for c in 0..<classes {
                var sum: Int32 = 0
                for i in 0..<count { sum &+= Int32(base[rows[i] + c]) }
                scores[c] = sum
            }
            return
        }
        @inline(__always)
        func block(_ i: Int, _ offset: Int) -> SIMD8<Int32> {
            SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(base + rows[i] + offset).loadUnaligned(as: SIMD8<Int16>.self))
        }
        let sums = UnsafeMutableRawPointer(scores)
        let last = classes - 8
        var first = SIMD8<Int32>(), tail = SIMD8<Int32>()
        for i in 0..<count {
            first &+= block(i, 0)
            tail &+= block(i, last)
        }
        sums.storeBytes(of: first, as: SIMD8<Int32>.self)
        var offset = 8
        while offset < last {
            var sum = SIMD8<Int32>()
            for i in 0..<count { sum &+= block(i, offset) }
            (sums + offset &* 4).storeBytes(of: sum, as: SIMD8<Int32>.self)
            offset += 8
        }
        let kept = classes % 8 == 0 ? 8 : classes % 8
        for lane in (8 - kept)..<8 { scores[last + lane] = tail[lane] }
    }

    /// Serialises the table: header, a bitmap of non-zero rows, then the packed non-zero rows.
    func write(to w: inout ByteWriter) {
        w.u32(UInt32(bits)); w.u32(UInt32(classes)); w.f32(scale)
        let buckets = 1 << bits
        let weights = UnsafeBufferPointer(start: storage.pointer, count: storage.count)
        var bitmap = [UInt8](repeating: 0, count: buckets / 8)
        var present = 0
        for b in 0..<buckets {
            let start = b * classes
            var nonZero = false
            for c in 0..<classes where weights[start + c] != 0 { nonZero = true; break }
            if nonZero { bitmap[b >> 3] |= 1 << UInt8(b & 7); present += 1 }
        }
        w.u32(UInt32(present))
        w.bytes(bitmap)
        for b in 0..<buckets where bitmap[b >> 3] & (1 << UInt8(b & 7)) != 0 {
            w.int16s(ArraySlice(weights[(b * classes)..<((b + 1) * classes)]))
        }
    }

    /// Reads a table written by `write(to:)`.
    static func read(_ r: inout ByteReader) throws -> WeightTable {
        let bits = Int(try r.u32("table size")), classes = Int(try r.u32("class count"))
        guard (8...26).contains(bits), (1...512).contains(classes) else { throw r.corrupt("table dimensions") }
        let scale = try r.f32("scale")
        let present = Int(try r.u32("row count"))
        let buckets = 1 << bits
        guard present <= buckets else { throw r.corrupt("row count") }
        let bitmap = try r.raw(buckets / 8, "row bitmap")
        let packed = try r.raw(present * classes * 2, "weights")
        let storage = WeightStorage(count: buckets * classes)
        let rowBytes = classes * 2
        var seen = 0
        do {
            let out = storage.pointer
            try bitmap.withUnsafeBytes { (bm: UnsafeRawBufferPointer) in
                try packed.withUnsafeBytes { (src: UnsafeRawBufferPointer) in
                    var s = 0
                    for byteIndex in 0..<(buckets / 8) {
                        var byte = bm[byteIndex]
                        while byte != 0 {
                            let bit = byte.trailingZeroBitCount
                            byte &= byte - 1
                            seen += 1
                            guard seen <= present else { throw r.corrupt("row bitmap") }
                            // A row's weights are stored little-endian, as they lie in memory here.
                            let dst = (byteIndex * 8 + bit) * classes
                            UnsafeMutableRawPointer(out + dst).copyMemory(from: src.baseAddress! + s, byteCount: rowBytes)
                            s += rowBytes
                        }
                    }
                }
            }
        }
        guard seen == present else { throw r.corrupt("row bitmap") }
        #if _endian(big)
        for i in 0..<storage.count { storage.pointer[i] = Int16(littleEndian: storage.pointer[i]) }
        #endif
        return WeightTable(bits: bits, classes: classes, scale: scale, storage: storage)
    }
}

/// Receives feature hashes, stores the row each falls into and starts loading that row at once.
///
/// The rows are scattered over tables of several megabytes and mostly miss the cache. Asking for each row while
/// the later hashes are still being computed overlaps those misses with the hashing, so that ``WeightTable/score(_:_:into:)``
/// finds the rows (nearly) in cache. The rows are the same as ``WeightTable/row(_:)`` gives.
struct RowGatherer: FeatureSink {
    let rows: UnsafeMutablePointer<Int>
    let base: UnsafePointer<Int16>
    let shift: UInt64
    let classes: Int
    private(set) var count = 0

    init(rows: UnsafeMutablePointer<Int>, base: UnsafePointer<Int16>, shift: UInt64, classes: Int) {
        self.rows = rows
        self.base = base
        self.shift = shift
        self.classes = classes
    }

    /// `&>>`: the shift (38 to 56, as `bits` is 8 to 26) never reaches 64, and the masking shift is one
    /// instruction where `>>` adds a test for over-long shifts to each of the ~100 features of a transition.
    @inline(__always)
    mutating func take(_ hash: UInt64) {
        let row = Int(truncatingIfNeeded: hash &>> shift) &* classes
        rows[count] = row
        count += 1
        flashpoint_prefetch(base + row)
    }
}

/// Averaged-perceptron weights during training (Float weights with lazily updated sums).
final class PerceptronTrainer {
    let bits: Int
    let classes: Int
    var weights: [Float]
    var totals: [Double]
    var stamps: [Int32]
    /// Number of training instances seen; the averaging clock.
    var clock: Int32 = 0

    init(bits: Int, classes: Int) {
        self.bits = bits
        self.classes = classes
        let n = (1 << bits) * classes
        weights = [Float](repeating: 0, count: n)
        totals = [Double](repeating: 0, count: n)
        stamps = [Int32](repeating: 0, count: n)
    }

    @inline(__always)
    func row(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - bits)) &* classes }

    /// Raw scores of the current (not averaged) weights.
    func score(_ rows: [Int], _ count: Int, into scores: inout [Float]) {
        for c in 0..<classes { scores[c] = 0 }
        weights.withUnsafeBufferPointer { w in
            for i in 0..<count {
                let r = rows[i]
                for c in 0..<classes { scores[c] += w[r + c] }
            }
        }
    }

    /// Perceptron update: rewards `truth`, penalises `guess` on the given rows.
    func update(_ rows: [Int], _ count: Int, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for i in 0..<count {
            bump(rows[i] + truth, 1)
            bump(rows[i] + guess, -1)
        }
    }

    @inline(__always)
    private func bump(_ index: Int, _ delta: Float) {
        totals[index] += Double(clock - stamps[index]) * Double(weights[index])
        stamps[index] = clock
        weights[index] += delta
    }

    /// Averages, prunes weights whose magnitude is below `prune` × the largest, and quantizes to Int16.
    func quantized(prune: Float = 0.002) -> WeightTable {
        let n = weights.count
        var averaged = [Float](repeating: 0, count: n)
        let t = Double(max(clock, 1))
        var maxAbs: Float = 0
        for i in 0..<n {
            let total = totals[i] + Double(clock - stamps[i]) * Double(weights[i])
            let v = Float(total / t)
            averaged[i] = v
            maxAbs = max(maxAbs, abs(v))
        }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        let threshold = maxAbs * prune
        var q = [Int16](repeating: 0, count: n)
        for i in 0..<n where abs(averaged[i]) >= threshold {
            q[i] = Int16(clamping: Int((averaged[i] / scale).rounded()))
        }
        return WeightTable(bits: bits, classes: classes, scale: scale, weights: q)
    }
}

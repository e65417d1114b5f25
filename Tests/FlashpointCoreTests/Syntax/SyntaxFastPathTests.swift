import Foundation
import Testing
@testable import FlashpointCore

/// The prediction-time shortcuts of the tagger and parser give exactly what the straightforward computation gives.
@Suite struct SyntaxFastPathTests {
    /// A deterministic pseudo-random sequence (xorshift), so that failures reproduce.
    struct Numbers {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
    }

    /// Row sums one class and one row at a time, with the same wrapping Int32 arithmetic.
    static func plainScores(_ weights: [Int16], classes: Int, rows: [Int]) -> [Int32] {
        (0..<classes).map { c in rows.reduce(Int32(0)) { $0 &+ Int32(weights[$1 + c]) } }
    }

    @Test(arguments: [1, 3, 5, 8, 9, 16, 17, 24, 43])
    func scoreMatchesPlainSums(classes: Int) {
        var numbers = Numbers()
        let bits = 8
        // Extreme weights as well, so that the sums wrap.
        let weights = (0..<((1 << bits) * classes)).map { i -> Int16 in
            let v = numbers.next()
            return i % 7 == 0 ? (v & 1 == 0 ? .max : .min) : Int16(truncatingIfNeeded: v)
        }
        let table = WeightTable(bits: bits, classes: classes, scale: 1, weights: weights)
        for count in [0, 1, 7, 40, 104] {
            let rows = (0..<count).map { _ in table.row(numbers.next()) }
            var scores = [Int32](repeating: -1, count: classes)
            // One row more than counted, so that the buffer is never empty.
            (rows + [0]).withUnsafeBufferPointer { r in
                scores.withUnsafeMutableBufferPointer { table.score(r.baseAddress!, count, into: $0.baseAddress!) }
            }
            #expect(scores == Self.plainScores(weights, classes: classes, rows: rows), "classes \(classes), rows \(count)")
        }
    }
}

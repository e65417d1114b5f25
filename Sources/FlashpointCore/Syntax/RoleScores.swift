/// Transition scores of the ``FrontTemplates`` and ``StackTemplates`` templates, summed the
/// first time a state needs them and kept for the states after.
///
/// The front templates depend on the buffer front alone and the stack templates on the stack top alone (for as
/// long as it is on the stack; each word is pushed once). A sentence of n words takes about 2n transitions but
/// has at most n + 2 of either, so their ~48 rows of 104 are hashed and summed once per position and each
/// transition adds two sums instead of loading those rows scattered over the table. Wrapping Int32 addition is
/// order-independent, so the scores are those of summing every row.
struct RoleScores {
    /// Per slot: the sum of its front templates, then of its stack templates; lane 3 is 1 once the sum is made.
    private let sums: UnsafeMutablePointer<SIMD4<Int32>>

    /// Room for the sums of a sentence of `n` words, none made yet.
    init(n: Int) {
        sums = .allocate(capacity: 2 * (n + 2))
        sums.initialize(repeating: SIMD4<Int32>(), count: 2 * (n + 2))
    }

    func deallocate() { sums.deallocate() }

    /// The front and stack sums of state `st`, made from `table` where missing; `rows` is scratch space for
    /// ``ParserFeatures/maxTransitionFeatures`` rows.
    @inline(__always)
    func scores(_ st: ParseState, _ x: ParserInput, _ table: WeightTable, rows: UnsafeMutablePointer<Int>) -> SIMD4<Int32> {
        let front = sums + 2 * st.b(0), stack = sums + 2 * st.s(0) + 1
        if front.pointee[3] == 0 {
            var gather = table.gatherer(into: rows)
            ParserFeatures.transition(st, x, FrontTemplates.self, into: &gather)
            front.pointee = RoleScores.made(table.sumThree(rows, gather.count))
        }
        if stack.pointee[3] == 0 {
            var gather = table.gatherer(into: rows)
            ParserFeatures.transition(st, x, StackTemplates.self, into: &gather)
            stack.pointee = RoleScores.made(table.sumThree(rows, gather.count))
        }
        return front.pointee &+ stack.pointee
    }

    /// `sum` marked as made: lane 3 set to 1.
    @inline(__always)
    private static func made(_ sum: SIMD4<Int32>) -> SIMD4<Int32> {
        var s = sum
        s[3] = 1
        return s
    }
}

/// The transition scores of the templates that read a single position, summed once per sentence and position.
///
/// About a quarter of the parser's transition templates read only the buffer front (and the two positions after
/// it), only the top of the stack or only the second stack element (``ParserFeatures/front(_:_:n:part:into:)``,
/// ``ParserFeatures/top(_:_:n:part:into:)``, ``ParserFeatures/second(_:_:part:into:)``). A sentence of n words
/// takes about 2n transitions but has only n + 2 positions, so their rows are hashed and summed here per position
/// and each transition adds three sums instead of loading ~25 rows scattered over the table. Wrapping Int32
/// addition is order-independent, so the scores are those of summing every row.
struct RoleScores {
    /// Per position: the sums of its front, top and second templates, in that order.
    private let sums: UnsafeMutablePointer<SIMD4<Int32>>

    /// Sums the rows of `table` for every position 0...n + 1 of the sentence `x`; `rows` is scratch space for
    /// ``ParserFeatures/maxTransitionFeatures`` rows.
    init(_ table: WeightTable, _ x: ParserInput, n: Int, rows: UnsafeMutablePointer<Int>) {
        sums = .allocate(capacity: 3 * (n + 2))
        for i in 0...(n + 1) {
            var gather = table.gatherer(into: rows)
            ParserFeatures.front(x, i, n: n, part: 0, into: &gather)
            let frontCount = gather.count
            ParserFeatures.top(x, i, n: n, part: 0, into: &gather)
            let topCount = gather.count
            ParserFeatures.second(x, i, part: 0, into: &gather)
            sums[3 * i] = table.sumThree(rows, frontCount)
            sums[3 * i + 1] = table.sumThree(rows + frontCount, topCount - frontCount)
            sums[3 * i + 2] = table.sumThree(rows + topCount, gather.count - topCount)
        }
    }

    func deallocate() { sums.deallocate() }

    /// The sums of the single-position templates in state `st`.
    @inline(__always)
    func scores(_ st: ParseState) -> SIMD4<Int32> {
        sums[3 * st.b(0)] &+ sums[3 * st.s(0) + 1] &+ sums[3 * st.s(1) + 2]
    }
}

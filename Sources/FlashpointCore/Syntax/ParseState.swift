/// The configuration of the arc-hybrid parser: a stack, a buffer position and the arcs built so far.
///
/// Words are 0..<n; index n is the artificial root at the end of the buffer; index n + 1 is the "none" slot
/// used for missing context positions.
struct ParseState {
    static let shift = 0, left = 1, right = 2
    let n: Int
    var stack: [Int]
    var buffer: Int = 0
    var heads: [Int]
    var labels: [Int]
    var leftmost1: [Int], leftmost2: [Int], rightmost1: [Int], rightmost2: [Int]
    var leftCount: [Int], rightCount: [Int]
    /// Bit set of the labels of each word's children.
    var childLabels: [UInt64]
    /// Word hash of each word's first `case`/`mark` child (0 if none).
    var caseWord: [UInt64]

    init(n: Int) {
        self.n = n
        stack = []
        stack.reserveCapacity(n + 1)
        let none = n + 1
        heads = [Int](repeating: -1, count: n + 2)
        labels = [Int](repeating: -1, count: n + 2)
        leftmost1 = [Int](repeating: none, count: n + 2)
        leftmost2 = leftmost1; rightmost1 = leftmost1; rightmost2 = leftmost1
        leftCount = [Int](repeating: 0, count: n + 2)
        rightCount = leftCount
        childLabels = [UInt64](repeating: 0, count: n + 2)
        caseWord = childLabels
    }

    var isFinal: Bool { stack.isEmpty && buffer >= n }

    /// Which of shift/left/right are allowed (root attaches exactly one word).
    @inline(__always)
    func valid(_ move: Int) -> Bool {
        switch move {
        case ParseState.shift: return buffer < n
        case ParseState.left: return !stack.isEmpty && (buffer < n || stack.count == 1)
        default: return stack.count >= 2
        }
    }

    /// Stack element `k` from the top (0 = top), or the none slot.
    @inline(__always)
    func s(_ k: Int) -> Int { stack.count > k ? stack[stack.count - 1 - k] : n + 1 }

    /// Buffer element `k` (0 = front; n = root), or the none slot.
    @inline(__always)
    func b(_ k: Int) -> Int { buffer + k <= n ? buffer + k : n + 1 }

    /// The dependent and head of the arc a left/right move would create.
    @inline(__always)
    func arc(_ move: Int) -> (dependent: Int, head: Int) {
        move == ParseState.left ? (stack[stack.count - 1], buffer) : (stack[stack.count - 1], stack[stack.count - 2])
    }

    /// Applies a move; for arc moves `label` is the relation index given to the new arc.
    @inline(__always)
    mutating func apply(_ move: Int, label: Int, caseLabels: UInt64, word: UInt64) {
        if move == ParseState.shift {
            stack.append(buffer)
            buffer += 1
            return
        }
        let (d, h) = arc(move)
        stack.removeLast()
        heads[d] = h
        labels[d] = label
        if label >= 0 {
            childLabels[h] |= 1 << UInt64(label & 63)
            if caseWord[h] == 0 && (caseLabels >> UInt64(label & 63)) & 1 == 1 { caseWord[h] = word }
        }
        if d < h {
            leftCount[h] += 1
            if leftmost1[h] > n || d < leftmost1[h] { leftmost2[h] = leftmost1[h]; leftmost1[h] = d }
            else if leftmost2[h] > n || d < leftmost2[h] { leftmost2[h] = d }
        } else {
            rightCount[h] += 1
            if rightmost1[h] > n || d > rightmost1[h] { rightmost2[h] = rightmost1[h]; rightmost1[h] = d }
            else if rightmost2[h] > n || d > rightmost2[h] { rightmost2[h] = d }
        }
    }

    /// Dynamic-oracle cost of each move against gold heads (root = n), counting gold arcs made unreachable.
    func costs(gold: [Int]) -> (Int, Int, Int) {
        let big = 1_000_000
        var shiftCost = big, leftCost = big, rightCost = big
        if valid(ParseState.shift) {
            // b0 loses heads in the stack below s0 and dependents anywhere in the stack.
            var c = 0
            let b0 = buffer
            for (k, x) in stack.enumerated() {
                if gold[x] == b0 { c += 1 }
                if gold[b0] == x && k != stack.count - 1 { c += 1 }
            }
            shiftCost = c
        }
        if !stack.isEmpty {
            let s0 = stack[stack.count - 1]
            // s0 loses its dependents still in the buffer (b0 included, root excluded).
            var deps = 0
            var j = buffer
            while j < n { if gold[j] == s0 { deps += 1 }; j += 1 }
            let s1 = stack.count >= 2 ? stack[stack.count - 2] : -2
            let headInBuffer = gold[s0] >= buffer
            if valid(ParseState.left) {
                var c = deps
                if gold[s0] == s1 || (headInBuffer && gold[s0] != buffer) { c += 1 }
                leftCost = c
            }
            if valid(ParseState.right) {
                var c = deps
                if headInBuffer { c += 1 }
                rightCost = c
            }
        }
        return (shiftCost, leftCost, rightCost)
    }
}

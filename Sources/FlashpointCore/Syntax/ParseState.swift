/// The configuration of the arc-hybrid parser: a stack, a buffer position and the arcs built so far.
///
/// Words are 0..<n; index n is the artificial root at the end of the buffer; index n + 1 is the "none" slot
/// used for missing context positions.
struct ParseState {
    static let shift = 0, left = 1, right = 2
    let n: Int
    var stack: [Int]
    var buffer: Int = 0
    /// Per slot (0...n + 1), ``fields`` values: head, label, leftmost two and rightmost two children, left and
    /// right child counts, the bit set of the children's labels and the word hash of the first `case`/`mark`
    /// child (both as bit patterns). One array rather than one per field: a sentence's state costs one
    /// allocation instead of ten, and each move one uniqueness check.
    private var slots: [Int]
    private static let fields = 10

    init(n: Int) {
        self.n = n
        stack = []
        stack.reserveCapacity(n + 1)
        let none = n + 1
        let count = (n + 2) * ParseState.fields
        slots = [Int](unsafeUninitializedCapacity: count) { values, initialized in
            var k = 0
            while k < count {
                values[k] = -1; values[k + 1] = -1
                values[k + 2] = none; values[k + 3] = none; values[k + 4] = none; values[k + 5] = none
                values[k + 6] = 0; values[k + 7] = 0; values[k + 8] = 0; values[k + 9] = 0
                k += ParseState.fields
            }
            initialized = count
        }
    }

    /// Field `k` of slot `i`, read without a bounds check in release builds: the feature templates read ~150
    /// fields a transition, always of slots 0...n + 1.
    @inline(__always)
    private func field(_ i: Int, _ k: Int) -> Int { slots.withUnsafeBufferPointer { $0[i &* ParseState.fields &+ k] } }

    /// The head given to word `i` (n for the root), or -1.
    @inline(__always) func head(_ i: Int) -> Int { field(i, 0) }
    /// The label index given to word `i`'s arc, or -1.
    @inline(__always) func label(_ i: Int) -> Int { field(i, 1) }
    /// The leftmost, second leftmost, rightmost and second rightmost child of `i` (the none slot if missing).
    @inline(__always) func leftmost1(_ i: Int) -> Int { field(i, 2) }
    @inline(__always) func leftmost2(_ i: Int) -> Int { field(i, 3) }
    @inline(__always) func rightmost1(_ i: Int) -> Int { field(i, 4) }
    @inline(__always) func rightmost2(_ i: Int) -> Int { field(i, 5) }
    /// How many children `i` has on its left and on its right.
    @inline(__always) func leftCount(_ i: Int) -> Int { field(i, 6) }
    @inline(__always) func rightCount(_ i: Int) -> Int { field(i, 7) }
    /// Bit set of the labels of `i`'s children.
    @inline(__always) func childLabels(_ i: Int) -> UInt64 { UInt64(bitPattern: Int64(field(i, 8))) }
    /// Word hash of `i`'s first `case`/`mark` child (0 if none).
    @inline(__always) func caseWord(_ i: Int) -> UInt64 { UInt64(bitPattern: Int64(field(i, 9))) }

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
    func s(_ k: Int) -> Int { stack.withUnsafeBufferPointer { $0.count > k ? $0[$0.count - 1 - k] : n + 1 } }

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
        let f = ParseState.fields, n = self.n
        slots.withUnsafeMutableBufferPointer { v in
            let dependent = d &* f, parent = h &* f
            v[dependent] = h
            v[dependent + 1] = label
            if label >= 0 {
                v[parent + 8] |= 1 << (label & 63)
                if v[parent + 9] == 0 && (caseLabels >> UInt64(label & 63)) & 1 == 1 {
                    v[parent + 9] = Int(Int64(bitPattern: word))
                }
            }
            if d < h {
                v[parent + 6] += 1
                if v[parent + 2] > n || d < v[parent + 2] { v[parent + 3] = v[parent + 2]; v[parent + 2] = d }
                else if v[parent + 3] > n || d < v[parent + 3] { v[parent + 3] = d }
            } else {
                v[parent + 7] += 1
                if v[parent + 4] > n || d > v[parent + 4] { v[parent + 5] = v[parent + 4]; v[parent + 4] = d }
                else if v[parent + 5] > n || d > v[parent + 5] { v[parent + 5] = d }
            }
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

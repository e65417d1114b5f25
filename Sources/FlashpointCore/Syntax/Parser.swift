import Foundation

/// Greedy arc-hybrid dependency parser: one perceptron picks shift/left/right, a second one labels each arc.
struct DependencyParser: Sendable {
    static let magic = "FPPARS02"
    let transitions: WeightTable
    let labeler: WeightTable
    /// Relation names by class index; `root` is among them.
    let labelNames: [String]
    /// `labelNames` as relations, mapped once.
    let labelRelations: [Relation]
    let rootLabel: Int
    /// Bit set of the labels whose dependent word counts as a case marker feature (`case`, `mark`).
    let caseLabels: UInt64
    /// Word hash → set of tags seen with the word in training (bits 0–16).
    let lexicon: HashIndex

    init(transitions: WeightTable, labeler: WeightTable, labelNames: [String], lexicon: HashIndex) {
        self.lexicon = lexicon
        self.transitions = transitions
        self.labeler = labeler
        self.labelNames = labelNames
        labelRelations = labelNames.map(Relation.init(name:))
        rootLabel = labelNames.firstIndex(of: "root") ?? 0
        caseLabels = DependencyParser.caseMask(labelNames)
    }

    static func caseMask(_ names: [String]) -> UInt64 {
        var mask: UInt64 = 0
        for (i, name) in names.enumerated() where (name == "case" || name == "mark") && i < 64 { mask |= 1 << UInt64(i) }
        return mask
    }

    /// Best valid move from integer scores.
    @inline(__always)
    static func bestValid(_ st: ParseState, _ scores: UnsafeMutablePointer<Int32>) -> Int {
        var best = -1
        for m in 0..<3 where st.valid(m) && (best < 0 || scores[m] > scores[best]) { best = m }
        return best
    }

    /// The shift/left/right scores of state `st`: the rows of its ``RestTemplates`` features plus the
    /// sums `roles` keeps for the others. `rows` is scratch space for ``ParserFeatures/maxTransitionFeatures`` rows.
    @inline(__always)
    func transitionScores(_ st: ParseState, _ input: ParserInput, _ roles: RoleScores, rows: UnsafeMutablePointer<Int>,
                          into scores: UnsafeMutablePointer<Int32>) {
        let kept = roles.scores(st, input, transitions, rows: rows)
        var gather = transitions.gatherer(into: rows)
        ParserFeatures.transition(st, input, RestTemplates.self, into: &gather)
        let sums = transitions.sumThree(rows, gather.count) &+ kept
        scores[0] = sums[0]; scores[1] = sums[1]; scores[2] = sums[2]
    }

    func parse(_ words: [String], tags: [UPOS]) -> [DependencyArc] {
        parse(infos: WordInfo.analyse(words), tags: tags)
    }

    /// Parses a sentence from its words' analyses (``WordInfo/analyse(_:)``).
    func parse(infos: [WordInfo], tags: [UPOS]) -> [DependencyArc] {
        let n = infos.count
        guard n > 0 else { return [] }
        let input = ParserInput(infos: infos, tags: tags, lexicon: lexicon)
        var st = ParseState(n: n)
        let labelCount = labeler.classes
        // Buffers allocated here rather than in `withUnsafeTemporaryAllocation` closures: a closure capturing the
        // state made the compiler copy the whole `ParseState` at every transition.
        let r = UnsafeMutablePointer<Int>.allocate(capacity: ParserFeatures.maxTransitionFeatures)
        let sc = UnsafeMutablePointer<Int32>.allocate(capacity: max(labelCount, 3))
        let roles = RoleScores(n: n)
        defer { r.deallocate(); sc.deallocate(); roles.deallocate() }
        while !st.isFinal {
            transitionScores(st, input, roles, rows: r, into: sc)
            let move = DependencyParser.bestValid(st, sc)
            var label = -1
            if move != ParseState.shift {
                let (d, head) = st.arc(move)
                if head == n {
                    label = rootLabel
                } else {
                    var labelRows = labeler.gatherer(into: r)
                    ParserFeatures.label(st, input, dep: d, head: head, into: &labelRows)
                    labeler.score(r, labelRows.count, into: sc)
                    var best = rootLabel == 0 ? 1 : 0
                    for c in 0..<labelCount where c != rootLabel && sc[c] > sc[best] { best = c }
                    label = best
                }
                st.apply(move, label: label, caseLabels: caseLabels, word: input.word[d])
            } else {
                st.apply(move, label: -1, caseLabels: caseLabels, word: 0)
            }
        }
        var arcs: [DependencyArc] = []
        arcs.reserveCapacity(n)
        for i in 0..<n {
            let head = st.head(i)
            let label = st.label(i)
            let known = label >= 0 && label < labelNames.count
            arcs.append(DependencyArc(head: head == n || head < 0 ? -1 : head, label: known ? labelNames[label] : "dep",
                                      relation: known ? labelRelations[label] : .dep))
        }
        return arcs
    }

    func write(to url: URL) throws {
        var w = ByteWriter()
        w.bytes(Array(DependencyParser.magic.utf8))
        w.u32(UInt32(labelNames.count))
        for name in labelNames { w.string(name) }
        transitions.write(to: &w)
        labeler.write(to: &w)
        lexicon.write(to: &w)
        try w.data.write(to: url)
    }

    static func load(_ url: URL) throws -> DependencyParser {
        var r = ByteReader(data: try loadModelData(url), file: url.lastPathComponent)
        try r.expectMagic(magic)
        let count = Int(try r.u32("label count"))
        guard (1...64).contains(count) else { throw r.corrupt("label count") }
        var names: [String] = []
        for _ in 0..<count { names.append(try r.string("label name")) }
        let transitions = try WeightTable.read(&r)
        let labeler = try WeightTable.read(&r)
        guard transitions.classes == 3, labeler.classes == count, names.contains("root") else { throw r.corrupt("class counts") }
        let lexicon = try HashIndex.read(&r)
        try r.expectEnd()
        return DependencyParser(transitions: transitions, labeler: labeler, labelNames: names, lexicon: lexicon)
    }
}

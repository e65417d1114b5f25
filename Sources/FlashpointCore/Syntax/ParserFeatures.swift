/// Per-sentence inputs of the parser (word and tag hashes, with root and none slots) and its feature templates.
struct ParserInput {
    /// Lower-cased word hash per slot (n words, root, none).
    var word: [UInt64]
    /// Two-letter suffix hash per slot.
    var suffix: [UInt64]
    /// Tag id per slot (UPOS raw value; 17 root, 18 none).
    var tag: [UInt64]
    /// Ambiguity class per slot: the set of tags the word was seen with in training (0 if unknown).
    var cls: [UInt64]

    init(words: [String], tags: [UPOS], lexicon: HashIndex) {
        self.init(infos: WordInfo.analyse(words), tags: tags, lexicon: lexicon)
    }

    /// The same from the words' analyses (``WordInfo/analyse(_:)``).
    init(infos: [WordInfo], tags: [UPOS], lexicon: HashIndex) {
        let n = infos.count
        word = [UInt64](repeating: 0, count: n + 2)
        suffix = word
        tag = [UInt64](repeating: 0, count: n + 2)
        cls = tag
        for i in 0..<n {
            let info = infos[i]
            word[i] = info.lower
            suffix[i] = info.suffix2
            cls[i] = UInt64(lexicon.value(info.lower) & 0x1FFFF)
            tag[i] = UInt64(i < tags.count ? tags[i].rawValue : UPOS.x.rawValue)
        }
        word[n] = 0x524F_4F54; suffix[n] = 0x524F; tag[n] = 17
        word[n + 1] = 0x4E4F_4E45; suffix[n + 1] = 0x4E4F; tag[n + 1] = 18
        cls[n] = 1 << 20; cls[n + 1] = 1 << 21
    }

    // The values of slot `i`, read without a bounds check in release builds: the templates read ~150 of them a
    // transition, always of slots 0...n + 1.
    @inline(__always) func word(at i: Int) -> UInt64 { word.withUnsafeBufferPointer { $0[i] } }
    @inline(__always) func suffix(at i: Int) -> UInt64 { suffix.withUnsafeBufferPointer { $0[i] } }
    @inline(__always) func tag(at i: Int) -> UInt64 { tag.withUnsafeBufferPointer { $0[i] } }
    @inline(__always) func cls(at i: Int) -> UInt64 { cls.withUnsafeBufferPointer { $0[i] } }
}

/// Which groups of the transition templates to make: a type, so that each choice gets a feature function of
/// its own with the other groups' templates left out at compile time (see ``RoleScores``).
protocol TransitionTemplates {
    /// Bit set of the groups: 1 ``FrontTemplates``, 2 ``StackTemplates``, 4 ``RestTemplates``.
    static var groups: UInt8 { get }
}

/// Every transition template, in the order training has always seen them.
enum AllTemplates: TransitionTemplates { static var groups: UInt8 { 7 } }

/// The constant template and those of the buffer front `b0` and the two positions after it: as the buffer is
/// contiguous (b1 = b0 + 1, b2 = b0 + 2, or the none slot past the root), a function of `b0`.
enum FrontTemplates: TransitionTemplates { static var groups: UInt8 { 1 } }

/// The templates of the top three stack elements' words and the second element's children: fixed for as long
/// as the top element stays on the stack (what lies below it does not change, and the second element gains a
/// child only by a right arc, which pops the top).
enum StackTemplates: TransitionTemplates { static var groups: UInt8 { 2 } }

/// All other templates: pairs of the stack top and the buffer, and the children of the stack top and buffer front.
enum RestTemplates: TransitionTemplates { static var groups: UInt8 { 4 } }

enum ParserFeatures {
    static let maxTransitionFeatures = 112
    static let maxLabelFeatures = 32

    @inline(__always)
    static func distance(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(a - b)
        return UInt64(d < 5 ? d : (d < 10 ? 5 : 6))
    }

    /// Hashes of the transition features for the current state, written to `out`; returns their number.
    static func transition(_ st: ParseState, _ x: ParserInput, out: UnsafeMutablePointer<UInt64>) -> Int {
        var buffer = HashBuffer(out)
        transition(st, x, AllTemplates.self, into: &buffer)
        return buffer.count
    }

    /// Hashes of the transition features for the current state, handed to `sink` one by one as they are made: all
    /// of them in the order training has always seen them, or only those of some ``TransitionTemplates`` groups.
    @inline(__always)
    static func transition<Sink: FeatureSink, Templates: TransitionTemplates>(
        _ st: ParseState, _ x: ParserInput, _ templates: Templates.Type, into sink: inout Sink
    ) {
        typealias H = FeatureHash
        let front = Templates.groups & 1 != 0, stack = Templates.groups & 2 != 0, rest = Templates.groups & 4 != 0
        let n = st.n, none = n + 1
        let s0 = st.s(0), s1 = st.s(1), s2 = st.s(2), b0 = st.b(0), b1 = st.b(1), b2 = st.b(2)
        let s0L1 = s0 < n ? st.leftmost1(s0) : none, s0L2 = s0 < n ? st.leftmost2(s0) : none
        let s0R1 = s0 < n ? st.rightmost1(s0) : none, s0R2 = s0 < n ? st.rightmost2(s0) : none
        let s1R1 = s1 < n ? st.rightmost1(s1) : none
        let b0L1 = st.leftmost1(b0), b0L2 = st.leftmost2(b0)
        func w(_ i: Int) -> UInt64 { x.word(at: i) }
        func t(_ i: Int) -> UInt64 { x.tag(at: i) }
        let s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), b0w = w(b0), b0t = t(b0)
        let b1w = w(b1), b1t = t(b1), b2t = t(b2)
        let s0wt = H.mix(0, s0w, s0t), b0wt = H.mix(0, b0w, b0t), s1wt = H.mix(0, s1w, s1t)
        let dist = s0 < n && b0 <= n ? distance(s0, b0) : 7
        func lab(_ i: Int) -> UInt64 { UInt64(bitPattern: Int64(st.label(i))) }
        if front { sink.take(H.mix(100, 0)) }
        if stack {
            sink.take(H.mix(101, s0w))
            sink.take(H.mix(102, s0t))
            sink.take(H.mix(103, s0wt))
            sink.take(H.mix(104, s1w))
            sink.take(H.mix(105, s1t))
            sink.take(H.mix(106, s1wt))
        }
        if front {
            sink.take(H.mix(107, b0w))
            sink.take(H.mix(108, b0t))
            sink.take(H.mix(109, b0wt))
            sink.take(H.mix(110, b1w))
            sink.take(H.mix(111, b1t))
            sink.take(H.mix(112, b1w, b1t))
            sink.take(H.mix(113, b2t))
            sink.take(H.mix(114, w(b2)))
        }
        if stack { sink.take(H.mix(115, t(s2))) }
        if rest {
            sink.take(H.mix(116, s0wt, b0wt))
            sink.take(H.mix(117, s0wt, b0w))
            sink.take(H.mix(118, s0w, b0wt))
            sink.take(H.mix(119, s0wt, b0t))
            sink.take(H.mix(120, s0t, b0wt))
            sink.take(H.mix(121, s0w, b0w))
            sink.take(H.mix(122, s0t, b0t))
        }
        if front {
            sink.take(H.mix(123, b0t, b1t))
            sink.take(H.mix(124, b0t, b1t, b2t))
        }
        if rest {
            sink.take(H.mix(125, s0t, b0t, b1t))
            sink.take(H.mix(126, s1t, s0t, b0t))
            sink.take(H.mix(127, s0t, t(s0L1), b0t))
            sink.take(H.mix(128, s0t, t(s0R1), b0t))
            sink.take(H.mix(129, s0t, b0t, t(b0L1)))
        }
        if stack { sink.take(H.mix(130, s1t, t(s1R1), s0t)) }
        if rest {
            sink.take(H.mix(131, s1t, s0t, t(s0R1)))
            sink.take(H.mix(132, s0t, t(s0L1), t(s0L2)))
            sink.take(H.mix(133, s0t, t(s0R1), t(s0R2)))
            sink.take(H.mix(134, b0t, t(b0L1), t(b0L2)))
        }
        if stack { sink.take(H.mix(135, t(s2), s1t, s0t)) }
        if rest {
            sink.take(H.mix(136, dist, s0w))
            sink.take(H.mix(137, dist, s0t, b0t))
            sink.take(H.mix(138, dist, b0w))
            sink.take(H.mix(139, UInt64(st.leftCount(s0)), s0w))
            sink.take(H.mix(140, UInt64(st.rightCount(s0)), s0w))
            sink.take(H.mix(141, UInt64(st.leftCount(b0)), b0w))
            sink.take(H.mix(142, UInt64(st.leftCount(s0)) << 8 | UInt64(st.rightCount(s0)), s0t))
            sink.take(H.mix(143, lab(s0L1), lab(s0R1)))
            sink.take(H.mix(144, s0t, lab(s0L2), lab(s0R2)))
            sink.take(H.mix(145, b0t, lab(b0L1), lab(b0L2)))
            sink.take(H.mix(146, s0t, st.childLabels(s0)))
            sink.take(H.mix(147, b0t, st.childLabels(b0)))
        }
        if stack { sink.take(H.mix(148, s1t, st.childLabels(s1))) }
        if rest {
            sink.take(H.mix(149, w(s0L1), s0t))
            sink.take(H.mix(150, w(s0R1), s0t))
            sink.take(H.mix(151, w(b0L1), b0t))
        }
        if stack {
            sink.take(H.mix(152, s1w, s0w))
            sink.take(H.mix(153, s1t, s0t))
        }
        if rest {
            sink.take(H.mix(154, s1t, s0t, b0w))
            sink.take(H.mix(155, UInt64(min(st.stack.count, 4)), b0t, s0t))
            sink.take(H.mix(156, s0t, st.caseWord(s0), b0t))
            sink.take(H.mix(157, s0t, x.suffix(at: s0), b0t))
            sink.take(H.mix(158, b0t, x.suffix(at: b0), s0t))
        }
        let s1L1 = s1 < n ? st.leftmost1(s1) : none, s1R2 = s1 < n ? st.rightmost2(s1) : none
        let d10 = s1 < n && s0 < n ? distance(s1, s0) : 7
        let s0m1 = s0 < n && s0 > 0 ? s0 - 1 : none, s0p1 = s0 < n ? s0 + 1 : none
        let b1wt = H.mix(0, b1w, b1t)
        if stack {
            sink.take(H.mix(159, s1wt, s0wt))
            sink.take(H.mix(160, s1wt, s0t))
            sink.take(H.mix(161, s1t, s0wt))
            sink.take(H.mix(162, s1w, s0t))
            sink.take(H.mix(163, s1t, s0w))
            sink.take(H.mix(164, d10, s1t, s0t))
            sink.take(H.mix(165, d10, s0w))
            sink.take(H.mix(166, d10, s1w))
            sink.take(H.mix(167, UInt64(st.leftCount(s1)) << 8 | UInt64(st.rightCount(s1)), s1t))
            sink.take(H.mix(168, UInt64(st.rightCount(s1)), s1w))
            sink.take(H.mix(169, s1t, t(s1L1), s0t))
            sink.take(H.mix(170, s1t, lab(s1R1), lab(s1L1)))
            sink.take(H.mix(171, w(s1R1), s1t))
            sink.take(H.mix(172, s1t, t(s1R1), t(s1R2)))
        }
        if front {
            sink.take(H.mix(173, b0w, b1w))
            sink.take(H.mix(174, b0wt, b1t))
            sink.take(H.mix(175, b0t, b1wt))
        }
        if rest {
            sink.take(H.mix(176, s0t, b1w))
            sink.take(H.mix(177, s0w, b1t))
            sink.take(H.mix(178, s1t, s0w, b0t))
            sink.take(H.mix(179, s1w, s0t, b0t))
        }
        if stack { sink.take(H.mix(180, s0t, t(s0m1), t(s0p1))) }
        if rest {
            sink.take(H.mix(181, s0t, t(s0p1), b0t))
            sink.take(H.mix(182, s1t, st.caseWord(s0), s0t))
            sink.take(H.mix(183, s0t, lab(s0R1), b0t))
            sink.take(H.mix(184, b0t, lab(b0L1), s0t))
            sink.take(H.mix(185, s1t, s0t, dist << 4 | d10))
        }
        func c(_ i: Int) -> UInt64 { x.cls(at: i) }
        if stack { sink.take(H.mix(186, c(s0), s0t)) }
        if front { sink.take(H.mix(187, c(b0), b0t)) }
        if stack { sink.take(H.mix(188, c(s1), s1t)) }
        if rest { sink.take(H.mix(189, c(s0), c(b0))) }
        if stack { sink.take(H.mix(190, c(s1), c(s0))) }
        if front { sink.take(H.mix(191, c(b1), b1t)) }
        // Pairs and triples of the three focus words with the lookahead, the children's labels and valency.
        let b0L1lab = lab(b0L1), s1L1lab = lab(s1L1), s1R1lab = lab(s1R1)
        if rest {
            sink.take(H.mix(192, s0w, b0t, b1t))
            sink.take(H.mix(193, s0t, b0w, b1t))
            sink.take(H.mix(194, s1wt, b0t))
            sink.take(H.mix(195, s1t, b0wt))
            sink.take(H.mix(196, s0w, lab(s0L1), lab(s0R1)))
            sink.take(H.mix(197, b0w, b0L1lab, lab(b0L2)))
        }
        if stack { sink.take(H.mix(198, s1w, s1L1lab, s1R1lab)) }
        if rest { sink.take(H.mix(199, dist, s0w, b0w)) }
        if stack { sink.take(H.mix(200, d10, s1w, s0w)) }
        if rest {
            sink.take(H.mix(201, s0t, b0t, UInt64(st.leftCount(b0)) << 8 | UInt64(st.rightCount(s0))))
            sink.take(H.mix(202, s1t << 8 | s0t, b0t, b1t))
            sink.take(H.mix(203, s0wt, s1t, b0t))
        }
    }

    /// Hashes of the label features for an arc `head → dep` in the current state, written to `out`; returns
    /// their number.
    static func label(_ st: ParseState, _ x: ParserInput, dep d: Int, head h: Int, out: UnsafeMutablePointer<UInt64>) -> Int {
        var buffer = HashBuffer(out)
        label(st, x, dep: d, head: h, into: &buffer)
        return buffer.count
    }

    /// Hashes of the label features for an arc `head → dep` in the current state, handed to `sink` one by one.
    @inline(__always)
    static func label<Sink: FeatureSink>(_ st: ParseState, _ x: ParserInput, dep d: Int, head h: Int, into sink: inout Sink) {
        typealias H = FeatureHash
        let n = st.n, none = n + 1
        func w(_ i: Int) -> UInt64 { x.word(at: i) }
        func t(_ i: Int) -> UInt64 { x.tag(at: i) }
        let dir: UInt64 = d < h ? 1 : 2
        let dw = w(d), dt = t(d), hw = w(h), ht = t(h)
        let dist = distance(d, h)
        let prev = d > 0 ? d - 1 : none, next = d + 1 <= n ? d + 1 : none
        func lab(_ i: Int) -> UInt64 { UInt64(bitPattern: Int64(st.label(i))) }
        sink.take(H.mix(200, dir))
        sink.take(H.mix(201, dw, dir))
        sink.take(H.mix(202, dt, dir))
        sink.take(H.mix(203, dw, dt, dir))
        sink.take(H.mix(204, hw, dir))
        sink.take(H.mix(205, ht, dir))
        sink.take(H.mix(206, hw, ht, dir))
        sink.take(H.mix(207, dt, ht, dir))
        sink.take(H.mix(208, dw, ht, dir))
        sink.take(H.mix(209, dt, hw, dir))
        sink.take(H.mix(210, dw, hw))
        sink.take(H.mix(211, dt, ht, dist << 2 | dir))
        sink.take(H.mix(212, dt, st.childLabels(d)))
        sink.take(H.mix(213, ht, st.childLabels(h), dir))
        sink.take(H.mix(214, dt, lab(st.leftmost1(d)), dir))
        sink.take(H.mix(215, dt, lab(st.rightmost1(d)), dir))
        sink.take(H.mix(216, st.caseWord(d), dt, ht))
        sink.take(H.mix(217, t(prev), dt, dir))
        sink.take(H.mix(218, dt, t(next), dir))
        sink.take(H.mix(219, x.suffix(at: h), ht, dt << 2 | dir))
        sink.take(H.mix(220, ht, lab(st.leftmost1(h)), dt << 2 | dir))
        sink.take(H.mix(221, dw, d == 0 ? 1 : 0, dir))
        sink.take(H.mix(222, st.caseWord(d), dir))
        sink.take(H.mix(223, dt, ht, st.childLabels(h) << 2 | dir))
        sink.take(H.mix(224, x.suffix(at: d), dt, dir))
    }
}

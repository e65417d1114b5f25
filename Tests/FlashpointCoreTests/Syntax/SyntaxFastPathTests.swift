import Foundation
import Testing
@testable import FlashpointCore
import FlashpointKernels

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
            // Both ways of summing wide tables, whichever the CPU would take.
            guard classes >= 8 else { continue }
            var portable = [Int32](repeating: -1, count: classes)
            var kernel = [Int32](repeating: -1, count: classes)
            (rows + [0]).withUnsafeBufferPointer { r in
                portable.withUnsafeMutableBufferPointer { table.scoreWidePortable(r.baseAddress!, count, into: $0.baseAddress!) }
                if WeightTable.hasAVX2 {
                    kernel.withUnsafeMutableBufferPointer {
                        flashpoint_sum_rows_avx2(UnsafePointer(table.storage.pointer), r.baseAddress!, count, classes,
                                                 $0.baseAddress!)
                    }
                }
            }
            #expect(portable == scores, "portable, classes \(classes), rows \(count)")
            if WeightTable.hasAVX2 { #expect(kernel == scores, "AVX2, classes \(classes), rows \(count)") }
        }
    }
}

extension SyntaxFastPathTests {
    static let model: SyntaxModel? = try? SyntaxModel.loadDefault()

    static let sentences: [[String]] = [
        ["Israeli", "forces", "struck", "a", "Hamas", "compound", "in", "Khan", "Younis", "on", "Tuesday", ",", "killing",
         "three", "people", "."],
        ["“", "We", "wo", "n’t", "leave", ",", "”", "said", "Ahmed", "al-Hilweh", ",", "a", "42-year-old", "resident", "."],
        ["Analysts", "warned", "that", "Hezbollah", "fighters", "could", "attack", "Israeli", "troops", "if", "the", "talks",
         "fail", "."],
        ["Two", "members", "were", "killed", "."],
        ["ATTACKS", "ON", "MOMBASA", "PORT", "--", "1,200", "TONNES", "OF", "CARGO", "LOST"],
        ["Protesters", "blocked", "roads", "and", "burned", "tyres", "in", "Kisumu", "on", "26", "July", "2024", "in", "protest",
         "over", "rising", "prices", ",", "police", "said", "."],
        ["x"],
        ["An", "Iran-backed", "militia", "ended", "a", "decades-long", "truce", "near", "Ain", "al-Hilweh", "and",
         "ech-Chaab", "."],
        ["Pro-government", "gunmen", "attacked", "a", "state–run", "clinic", "in", "Mid-West", "-", "x-", "-ray", "."],
    ]

    /// The sum of each class over `rows`, one row and one class at a time.
    static func plainScores(_ table: WeightTable, _ hashes: ArraySlice<UInt64>) -> [Int32] {
        let w = table.storage.pointer
        return (0..<table.classes).map { c in hashes.reduce(Int32(0)) { $0 &+ Int32(w[table.row($1) + c]) } }
    }

    /// The first class with the highest score among `allowed`.
    static func best(_ scores: [Int32], where allowed: (Int) -> Bool) -> Int {
        var best = -1
        for c in scores.indices where allowed(c) && (best < 0 || scores[c] > scores[best]) { best = c }
        return best
    }

    /// Tags from the hashes of ``POSTagger/features(_:_:_:prev:prev2:out:)`` and plain sums.
    static func plainTags(_ tagger: POSTagger, _ words: [String]) -> [UPOS] {
        let (infos, lex) = POSTagger.analyse(words, lexicon: tagger.lexicon)
        var hashes = [UInt64](repeating: 0, count: POSTagger.maxFeatures)
        var tags: [UPOS] = []
        var prev = POSTagger.startTag, prev2 = POSTagger.start2Tag
        for i in words.indices {
            var tag = POSTagger.fixedTag(lex[i + 2]) ?? -1
            if tag < 0 {
                let count = hashes.withUnsafeMutableBufferPointer { h in
                    POSTagger.features(infos, lex, i + 2, prev: prev, prev2: prev2, out: h.baseAddress!)
                }
                tag = best(plainScores(tagger.table, hashes[0..<count])) { _ in true }
            }
            if tag == Int(UPOS.noun.rawValue) && POSTagger.capitalisedAfterHyphen(words[i]) { tag = Int(UPOS.propn.rawValue) }
            tags.append(UPOS(rawValue: UInt8(tag))!)
            (prev2, prev) = (prev, tag)
        }
        HyphenRules.apply(words, &tags)
        NewsTagRules.apply(words, &tags)
        return tags
    }

    /// Arcs from the hashes of ``ParserFeatures/transition(_:_:out:)`` and ``ParserFeatures/label(_:_:dep:head:out:)``
    /// and plain sums.
    static func plainArcs(_ parser: DependencyParser, _ words: [String], _ tags: [UPOS]) -> [DependencyArc] {
        let input = ParserInput(words: words, tags: tags, lexicon: parser.lexicon)
        var st = ParseState(n: words.count)
        var hashes = [UInt64](repeating: 0, count: ParserFeatures.maxTransitionFeatures)
        while !st.isFinal {
            let count = hashes.withUnsafeMutableBufferPointer { ParserFeatures.transition(st, input, out: $0.baseAddress!) }
            let move = best(plainScores(parser.transitions, hashes[0..<count])) { st.valid($0) }
            guard move != ParseState.shift else {
                st.apply(move, label: -1, caseLabels: parser.caseLabels, word: 0)
                continue
            }
            let (d, h) = st.arc(move)
            var label = parser.rootLabel
            if h != words.count {
                let lc = hashes.withUnsafeMutableBufferPointer { ParserFeatures.label(st, input, dep: d, head: h, out: $0.baseAddress!) }
                label = best(plainScores(parser.labeler, hashes[0..<lc])) { $0 != parser.rootLabel }
            }
            st.apply(move, label: label, caseLabels: parser.caseLabels, word: input.word[d])
        }
        return words.indices.map { i in
            DependencyArc(head: st.head(i) == words.count ? -1 : st.head(i), label: parser.labelNames[st.label(i)])
        }
    }

    /// Along the greedy parse of each sentence and along walks of random valid moves and labels, the scores of
    /// ``DependencyParser/transitionScores(_:_:_:rows:into:)`` (the sums ``RoleScores`` keeps per buffer front and
    /// stack top plus the rows of the other templates) equal the plain sums over all hashes of
    /// ``ParserFeatures/transition(_:_:out:)``.
    @Test func transitionScoresMatchPlainSums() throws {
        let parser = try #require(Self.model).parser
        var numbers = Numbers()
        let rows = UnsafeMutablePointer<Int>.allocate(capacity: ParserFeatures.maxTransitionFeatures)
        defer { rows.deallocate() }
        var hashes = [UInt64](repeating: 0, count: ParserFeatures.maxTransitionFeatures)
        var scores = [Int32](repeating: 0, count: 3)
        var states = 0
        for words in Self.sentences {
            let tags = words.indices.map { UPOS(rawValue: UInt8((words[$0].utf8.count * 7 + $0) % UPOS.count))! }
            let input = ParserInput(words: words, tags: tags, lexicon: parser.lexicon)
            for walk in 0..<4 {
                let roles = RoleScores(n: words.count)
                defer { roles.deallocate() }
                var st = ParseState(n: words.count)
                while !st.isFinal {
                    let count = hashes.withUnsafeMutableBufferPointer { ParserFeatures.transition(st, input, out: $0.baseAddress!) }
                    let plain = Self.plainScores(parser.transitions, hashes[0..<count])
                    scores.withUnsafeMutableBufferPointer { parser.transitionScores(st, input, roles, rows: rows, into: $0.baseAddress!) }
                    #expect(scores == plain, "\(words), state \(states)")
                    states += 1
                    var move = Self.best(plain) { st.valid($0) }
                    if walk > 0 {
                        let valid = (0..<3).filter { st.valid($0) }
                        move = valid[Int(numbers.next() % UInt64(valid.count))]
                    }
                    let label = move == ParseState.shift ? -1 : Int(numbers.next() % UInt64(parser.labelNames.count))
                    let word = move == ParseState.shift ? 0 : input.word[st.arc(move).dependent]
                    st.apply(move, label: label, caseLabels: parser.caseLabels, word: word)
                }
            }
        }
        #expect(states > 300)
    }

    /// Every word with an ASCII hyphen has the flag by which the tagger passes the hyphen rules over the others.
    @Test func hyphenFlagCoversEveryHyphen() {
        let words = Self.sentences.joined() + ["--", "x-y-z", "naïve-Ärzte", "‑", "plain", "“quoted”", "1,200"]
        for (word, info) in zip(words, WordInfo.analyse(words)) where word.utf8.contains(0x2D) {
            #expect(POSTagger.hasHyphen(info), "\(word)")
        }
    }

    /// The form and prefix hashes of ``WordInfo/hashForms(_:count:)`` are FNV-1a over the whole form and its
    /// first one, two and three bytes, for forms of every length from empty to longer than the prefixes.
    @Test func formHashesAreFNVOfTheirBytes() {
        var numbers = Numbers()
        for n in 0...9 {
            let bytes = (0..<n).map { _ in UInt8(truncatingIfNeeded: numbers.next()) }
            var info = WordInfo(boundary: 0)
            bytes.withUnsafeBufferPointer { p in
                info.hashForms(p, count: n)
                #expect(info.lower == FeatureHash.fnv(p, from: 0, to: n), "length \(n)")
                #expect(info.prefix1 == FeatureHash.fnv(p, from: 0, to: min(n, 1)) &+ 11, "length \(n)")
                #expect(info.prefix2 == FeatureHash.fnv(p, from: 0, to: min(n, 2)) &+ 12, "length \(n)")
                #expect(info.prefix3 == FeatureHash.fnv(p, from: 0, to: min(n, 3)) &+ 13, "length \(n)")
            }
        }
    }

    @Test func taggerMatchesPlainComputation() throws {
        let model = try #require(Self.model)
        for words in Self.sentences {
            #expect(model.tagger.tag(words) == Self.plainTags(model.tagger, words), "\(words)")
        }
    }

    @Test func parserMatchesPlainComputation() throws {
        let model = try #require(Self.model)
        for words in Self.sentences {
            let tags = model.tagger.tag(words)
            #expect(model.parser.parse(words, tags: tags) == Self.plainArcs(model.parser, words, tags), "\(words)")
        }
    }
}

extension SyntaxFastPathTests {
    /// The memo gives what the rules give, for repeated words, across its growth and its clearing when full, and
    /// keeps canonically equivalent spellings apart.
    @Test func lemmaMemoMatchesRules() {
        let lemmatizer = Lemmatizer(exceptions: ["fled\tV": "flee"])
        let fresh = Lemmatizer(exceptions: ["fled\tV": "flee"])
        let tags: [UPOS] = [.verb, .noun, .adj, .propn, .adv, .x]
        var words = ["fled", "struck", "forces", "Forces", "children", "café", "cafe\u{301}", "happiest", "“quoted”", ""]
        words += (0..<120_000).map { "w\($0)s" }
        for round in 0..<2 {
            for (k, word) in words.enumerated() {
                let tag = tags[(k + round) % tags.count]
                let lemma = lemmatizer.lemma(word, tag: tag)
                if k < 10 || k % 997 == 0 {
                    #expect(lemma == Lemmatizer(exceptions: fresh.exceptions).lemma(word, tag: tag), "\(word) \(tag)")
                }
            }
        }
        #expect(lemmatizer.lemma("fled", tag: .verb) == "flee")
        #expect(lemmatizer.lemma("café", tag: .noun).utf8.count == 5)
        #expect(lemmatizer.lemma("cafe\u{301}", tag: .noun).utf8.count == 6)
    }
}

extension WordInfo {
    /// The analysis as first written, one Unicode scalar at a time: the reference for the byte-wise one.
    init(reference word: String, scratch: inout [UInt8]) {
        self.init(boundary: 0)
        scratch.removeAll(keepingCapacity: true)
        var shapeHash = FeatureHash.offset
        var lastClass: UInt8 = 0
        var firstUpper = false, anyLower = false, anyUpper = false, digit = false, hyphen = false, letter = false
        func addShape(_ c: UInt8, collapse: Bool) {
            if collapse && c == lastClass { return }
            lastClass = c
            shapeHash = (shapeHash ^ UInt64(c)) &* FeatureHash.prime
        }
        for scalar in word.unicodeScalars {
            let v = scalar.value
            var out: UInt8
            if v < 0x80 {
                out = UInt8(v)
            } else {
                guard let (ascii, copies) = WordInfo.typographic(v) else {
                    letter = true
                    addShape(0x61, collapse: true)
                    UTF8.encode(scalar) { scratch.append($0) }
                    continue
                }
                scratch.append(contentsOf: repeatElement(ascii, count: copies - 1))
                out = ascii
            }
            switch out {
            case 0x41...0x5A:
                if scratch.isEmpty { firstUpper = true }
                anyUpper = true; letter = true
                addShape(0x58, collapse: true)
                out |= 0x20
            case 0x61...0x7A:
                anyLower = true; letter = true
                addShape(0x78, collapse: true)
            case 0x30...0x39:
                digit = true
                addShape(0x64, collapse: true)
            case 0x2D:
                hyphen = true
                addShape(out, collapse: false)
            default:
                addShape(out, collapse: false)
            }
            scratch.append(out)
        }
        flags = WordInfo.flags(firstUpper: firstUpper, anyUpper: anyUpper, anyLower: anyLower, digit: digit,
                               hyphen: hyphen, letter: letter, length: scratch.count)
        shape = shapeHash
        scratch.withUnsafeBufferPointer { hashForms($0, count: $0.count) }
    }
}

extension SyntaxFastPathTests {
    @Test func wordAnalysisMatchesScalarReference() {
        let words = ["", "a", "Israeli", "ISRAEL", "al-Hilweh", "U.S.", "1,200", "42-year-old", "n’t", "‘", "“Quote”",
                     "—", "a—b", "…", "wait…", "Café", "café", "cafe\u{301}", "Ñandú", "Zürich", "北京", "🇱🇧", "x🙂y",
                     "«non»", "´", "−5", "‒", "‐", "″", "‛", "Ayn", "MOMBASA", "e.g.", "don't", "'s", "A", "Ab", "aB",
                     "ÉCOLE", "İstanbul", "straße", "ﬁne", "\u{2015}x\u{2026}Y"]
        var a: [UInt8] = [], b: [UInt8] = []
        for w in words {
            let fast = WordInfo(w, scratch: &a), plain = WordInfo(reference: w, scratch: &b)
            #expect(fast.lower == plain.lower && fast.shape == plain.shape && fast.flags == plain.flags, "\(w)")
            #expect([fast.suffix1, fast.suffix2, fast.suffix3, fast.suffix4, fast.prefix1, fast.prefix2, fast.prefix3]
                    == [plain.suffix1, plain.suffix2, plain.suffix3, plain.suffix4, plain.prefix1, plain.prefix2, plain.prefix3], "\(w)")
        }
    }
}

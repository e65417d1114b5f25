import Foundation

/// Greedy left-to-right averaged-perceptron UPOS tagger over hashed features.
struct POSTagger: Sendable {
    static let magic = "FPTAGR01"
    static let maxFeatures = 40
    /// Pseudo-tags for positions before the sentence start.
    static let startTag = 17, start2Tag = 18

    let table: WeightTable
    /// Word hash → bits 0–16: tags seen with the word; bits 24–28: fixed tag + 1 for frequent unambiguous words.
    let lexicon: HashIndex

    /// Builds per-word analyses padded with two boundary entries on each side.
    static func analyse(_ words: [String], lexicon: HashIndex) -> (infos: [WordInfo], lex: [UInt32]) {
        analyse(WordInfo.analyse(words), lexicon: lexicon)
    }

    /// The same from the words' analyses (``WordInfo/analyse(_:)``).
    static func analyse(_ words: [WordInfo], lexicon: HashIndex) -> (infos: [WordInfo], lex: [UInt32]) {
        var infos: [WordInfo] = []
        infos.reserveCapacity(words.count + 4)
        infos.append(WordInfo(boundary: 0x51)); infos.append(WordInfo(boundary: 0x52))
        infos.append(contentsOf: words)
        infos.append(WordInfo(boundary: 0x53)); infos.append(WordInfo(boundary: 0x54))
        var lex = [UInt32](repeating: 0, count: infos.count)
        for i in 2..<(infos.count - 2) { lex[i] = lexicon.value(infos[i].lower) }
        lex[0] = 1 << 20; lex[1] = 1 << 20
        lex[infos.count - 1] = 1 << 21; lex[infos.count - 2] = 1 << 21
        return (infos, lex)
    }

    /// Writes the feature hashes for the word at padded position `p` into `out`; returns their number. The
    /// word's own features come first, then those of the tags before it (``wordFeatures(_:_:_:into:)``,
    /// ``contextFeatures(_:_:_:prev:prev2:into:)``).
    static func features(_ infos: UnsafePointer<WordInfo>, _ lex: UnsafePointer<UInt32>, _ p: Int,
                         prev: Int, prev2: Int, out: UnsafeMutablePointer<UInt64>) -> Int {
        var buffer = HashBuffer(out)
        wordFeatures(infos, lex, p, into: &buffer)
        contextFeatures(infos, lex, p, prev: prev, prev2: prev2, into: &buffer)
        return buffer.count
    }

    /// The features of the word at padded position `p` and its neighbours' words, which do not depend on the
    /// tags chosen before it: the tagger makes them for the whole sentence before it tags, so that their weight
    /// rows load while it works.
    @inline(__always)
    static func wordFeatures<Sink: FeatureSink>(_ infos: UnsafePointer<WordInfo>, _ lex: UnsafePointer<UInt32>, _ p: Int,
                                                into sink: inout Sink) {
        let w = infos[p], wm1 = infos[p - 1], wm2 = infos[p - 2], wp1 = infos[p + 1], wp2 = infos[p + 2]
        let a0 = UInt64(lex[p] & 0x3FFFFF), ap1 = UInt64(lex[p + 1] & 0x3FFFFF)
        let ap2 = UInt64(lex[p + 2] & 0x3FFFFF), am1 = UInt64(lex[p - 1] & 0x3FFFFF)
        let first: UInt64 = p == 2 ? 1 : 0
        typealias H = FeatureHash
        sink.take(H.mix(1, 0))
        sink.take(H.mix(2, w.lower))
        sink.take(H.mix(3, w.suffix1))
        sink.take(H.mix(4, w.suffix2))
        sink.take(H.mix(5, w.suffix3))
        sink.take(H.mix(6, w.suffix4))
        sink.take(H.mix(7, w.prefix1))
        sink.take(H.mix(8, w.prefix2))
        sink.take(H.mix(9, w.prefix3))
        sink.take(H.mix(10, w.shape))
        sink.take(H.mix(11, w.flags))
        sink.take(H.mix(12, w.flags, first))
        sink.take(H.mix(16, wm1.lower))
        sink.take(H.mix(17, wm1.suffix3))
        sink.take(H.mix(18, wm2.lower))
        sink.take(H.mix(19, wp1.lower))
        sink.take(H.mix(20, wp1.suffix3))
        sink.take(H.mix(21, wp2.lower))
        sink.take(H.mix(22, a0))
        sink.take(H.mix(23, ap1))
        sink.take(H.mix(24, am1))
        sink.take(H.mix(25, ap2))
        sink.take(H.mix(27, a0, ap1))
        sink.take(H.mix(28, wm1.shape, w.shape))
        sink.take(H.mix(30, w.lower, wp1.lower))
        sink.take(H.mix(31, wm1.lower, w.lower))
        sink.take(H.mix(32, wp1.shape))
        sink.take(H.mix(34, w.shape, first, a0))
        sink.take(H.mix(36, w.shape, wp1.shape, wp1.flags))
    }

    /// The features of the word at padded position `p` that pair it with the tags of the two words before it.
    @inline(__always)
    static func contextFeatures<Sink: FeatureSink>(_ infos: UnsafePointer<WordInfo>, _ lex: UnsafePointer<UInt32>, _ p: Int,
                                                   prev: Int, prev2: Int, into sink: inout Sink) {
        let w = infos[p], wm1 = infos[p - 1], wp1 = infos[p + 1]
        let a0 = UInt64(lex[p] & 0x3FFFFF)
        let t1 = UInt64(prev), t2 = UInt64(prev2)
        typealias H = FeatureHash
        sink.take(H.mix(13, t1))
        sink.take(H.mix(14, t1, t2))
        sink.take(H.mix(15, t1, w.lower))
        sink.take(H.mix(26, t1, a0))
        sink.take(H.mix(29, t1, w.suffix3))
        sink.take(H.mix(33, w.flags, t1))
        sink.take(H.mix(35, t1, w.suffix2, wp1.lower))
        sink.take(H.mix(37, t1, wm1.lower, w.lower))
    }

    /// Whether the part after a word's last hyphen starts with a capital letter.
    static func capitalisedAfterHyphen(_ word: String) -> Bool {
        var afterHyphen = false, result = false
        for b in word.utf8 {
            if b == 0x2D { afterHyphen = true; result = false; continue }
            if afterHyphen { result = b >= 0x41 && b <= 0x5A; afterHyphen = false }
        }
        return result
    }

    /// The fixed tag of a frequent unambiguous word, if any.
    @inline(__always)
    static func fixedTag(_ lexValue: UInt32) -> Int? {
        let v = Int((lexValue >> 24) & 0x1F)
        return v == 0 ? nil : v - 1
    }

    /// Tags one sentence.
    func tag(_ words: [String]) -> [UPOS] { tag(words, infos: WordInfo.analyse(words)) }

    /// Tags one sentence whose words are already analysed (`infos[i]` is the analysis of `words[i]`).
    func tag(_ words: [String], infos analysed: [WordInfo]) -> [UPOS] {
        let n = words.count
        guard n > 0 else { return [] }
        let (infos, lex) = POSTagger.analyse(analysed, lexicon: lexicon)
        var result = [UPOS](repeating: .x, count: n)
        let classes = table.classes
        let stride = POSTagger.maxFeatures
        // Each word's rows at `rows + i × stride`: first those of its own features, made for the whole sentence
        // before tagging so that their loads overlap, then those pairing it with the tags before it.
        let rows = UnsafeMutablePointer<Int>.allocate(capacity: n * stride)
        let scores = UnsafeMutablePointer<Int32>.allocate(capacity: classes)
        defer { rows.deallocate(); scores.deallocate() }
        infos.withUnsafeBufferPointer { ip in
            lex.withUnsafeBufferPointer { lp in
                let info = ip.baseAddress!, lexValues = lp.baseAddress!
                var wordRows = 0
                for i in 0..<n where POSTagger.fixedTag(lexValues[i + 2]) == nil {
                    var sink = table.gatherer(into: rows + i * stride)
                    POSTagger.wordFeatures(info, lexValues, i + 2, into: &sink)
                    wordRows = sink.count
                }
                var prev = POSTagger.startTag, prev2 = POSTagger.start2Tag
                for i in 0..<n {
                    let p = i + 2
                    var best: Int
                    if let fixed = POSTagger.fixedTag(lexValues[p]) {
                        best = fixed
                    } else {
                        let own = rows + i * stride
                        var sink = table.gatherer(into: own + wordRows)
                        POSTagger.contextFeatures(info, lexValues, p, prev: prev, prev2: prev2, into: &sink)
                        table.score(own, wordRows + sink.count, into: scores)
                        best = 0
                        for c in 1..<classes where scores[c] > scores[best] { best = c }
                    }
                    if best == Int(UPOS.noun.rawValue) && POSTagger.hasHyphen(info[p])
                        && POSTagger.capitalisedAfterHyphen(words[i])
                    {
                        best = Int(UPOS.propn.rawValue)  // "al-Hilweh": treebank names never contain hyphens
                    }
                    result[i] = UPOS(rawValue: UInt8(best)) ?? .x
                    prev2 = prev
                    prev = best
                }
            }
        }
        if analysed.contains(where: POSTagger.hasHyphen) { HyphenRules.apply(words, &result) }
        NewsTagRules.apply(words, &result)
        return result
    }

    /// Whether an analysed word may hold a hyphen: its flags have the bit of one (``WordInfo/flags``), set for
    /// every ASCII hyphen and for typographic dashes. A word without it is left alone by ``HyphenRules`` and
    /// ``capitalisedAfterHyphen(_:)``, which read ASCII hyphens only: most sentences have none, and most nouns.
    @inline(__always)
    static func hasHyphen(_ info: WordInfo) -> Bool { info.flags & 8 != 0 }

    func write(to url: URL) throws {
        var w = ByteWriter()
        w.bytes(Array(POSTagger.magic.utf8))
        table.write(to: &w)
        lexicon.write(to: &w)
        try w.data.write(to: url)
    }

    static func load(_ url: URL) throws -> POSTagger {
        var r = ByteReader(data: try loadModelData(url), file: url.lastPathComponent)
        try r.expectMagic(magic)
        let table = try WeightTable.read(&r)
        guard table.classes == UPOS.count else { throw r.corrupt("class count") }
        let lexicon = try HashIndex.read(&r)
        try r.expectEnd()
        return POSTagger(table: table, lexicon: lexicon)
    }
}

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

    /// Writes the feature hashes for the word at padded position `p` into `out`; returns their number.
    @inline(__always)
    static func features(_ infos: UnsafePointer<WordInfo>, _ lex: UnsafePointer<UInt32>, _ p: Int,
                         prev: Int, prev2: Int, out: UnsafeMutablePointer<UInt64>) -> Int {
        let w = infos[p], wm1 = infos[p - 1], wm2 = infos[p - 2], wp1 = infos[p + 1], wp2 = infos[p + 2]
        let a0 = UInt64(lex[p] & 0x3FFFFF), ap1 = UInt64(lex[p + 1] & 0x3FFFFF)
        let ap2 = UInt64(lex[p + 2] & 0x3FFFFF), am1 = UInt64(lex[p - 1] & 0x3FFFFF)
        let t1 = UInt64(prev), t2 = UInt64(prev2)
        let first: UInt64 = p == 2 ? 1 : 0
        typealias H = FeatureHash
        out[0] = H.mix(1, 0)
        out[1] = H.mix(2, w.lower)
        out[2] = H.mix(3, w.suffix1)
        out[3] = H.mix(4, w.suffix2)
        out[4] = H.mix(5, w.suffix3)
        out[5] = H.mix(6, w.suffix4)
        out[6] = H.mix(7, w.prefix1)
        out[7] = H.mix(8, w.prefix2)
        out[8] = H.mix(9, w.prefix3)
        out[9] = H.mix(10, w.shape)
        out[10] = H.mix(11, w.flags)
        out[11] = H.mix(12, w.flags, first)
        out[12] = H.mix(13, t1)
        out[13] = H.mix(14, t1, t2)
        out[14] = H.mix(15, t1, w.lower)
        out[15] = H.mix(16, wm1.lower)
        out[16] = H.mix(17, wm1.suffix3)
        out[17] = H.mix(18, wm2.lower)
        out[18] = H.mix(19, wp1.lower)
        out[19] = H.mix(20, wp1.suffix3)
        out[20] = H.mix(21, wp2.lower)
        out[21] = H.mix(22, a0)
        out[22] = H.mix(23, ap1)
        out[23] = H.mix(24, am1)
        out[24] = H.mix(25, ap2)
        out[25] = H.mix(26, t1, a0)
        out[26] = H.mix(27, a0, ap1)
        out[27] = H.mix(28, wm1.shape, w.shape)
        out[28] = H.mix(29, t1, w.suffix3)
        out[29] = H.mix(30, w.lower, wp1.lower)
        out[30] = H.mix(31, wm1.lower, w.lower)
        out[31] = H.mix(32, wp1.shape)
        out[32] = H.mix(33, w.flags, t1)
        out[33] = H.mix(34, w.shape, first, a0)
        out[34] = H.mix(35, t1, w.suffix2, wp1.lower)
        out[35] = H.mix(36, w.shape, wp1.shape, wp1.flags)
        out[36] = H.mix(37, t1, wm1.lower, w.lower)
        return 37
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
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: POSTagger.maxFeatures) { hashes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: POSTagger.maxFeatures) { rows in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: classes) { scores in
                    infos.withUnsafeBufferPointer { ip in
                        lex.withUnsafeBufferPointer { lp in
                            var prev = POSTagger.startTag, prev2 = POSTagger.start2Tag
                            for i in 0..<n {
                                let p = i + 2
                                var best: Int
                                if let fixed = POSTagger.fixedTag(lp[p]) {
                                    best = fixed
                                } else {
                                    let count = POSTagger.features(ip.baseAddress!, lp.baseAddress!, p, prev: prev, prev2: prev2, out: hashes.baseAddress!)
                                    for k in 0..<count { rows[k] = table.row(hashes[k]) }
                                    table.score(rows.baseAddress!, count, into: scores.baseAddress!)
                                    best = 0
                                    for c in 1..<classes where scores[c] > scores[best] { best = c }
                                }
                                if best == Int(UPOS.noun.rawValue) && POSTagger.capitalisedAfterHyphen(words[i]) {
                                    best = Int(UPOS.propn.rawValue)  // "al-Hilweh": treebank names never contain hyphens
                                }
                                result[i] = UPOS(rawValue: UInt8(best)) ?? .x
                                prev2 = prev
                                prev = best
                            }
                        }
                    }
                }
            }
        }
        HyphenRules.apply(words, &result)
        NewsTagRules.apply(words, &result)
        return result
    }

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

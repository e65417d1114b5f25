import Foundation

/// Trains the UPOS tagger on CoNLL-U sentences.
enum TaggerTraining {
    /// Words seen at least this often get an ambiguity-class entry.
    static let minLexiconCount = 2
    /// Words seen at least this often with one tag in ≥ 99.5% of cases get a fixed tag.
    static let minFixedCount = 25

    static func buildLexicon(_ sentences: [CoNLLUSentence]) -> HashIndex {
        var counts: [UInt64: [Int32]] = [:]
        var scratch: [UInt8] = []
        for s in sentences {
            for (w, t) in zip(s.words, s.tags) {
                let h = WordInfo(w, scratch: &scratch).lower
                counts[h, default: [Int32](repeating: 0, count: UPOS.count)][Int(t.rawValue)] += 1
            }
        }
        var pairs: [(UInt64, UInt32)] = []
        for (h, c) in counts {
            let total = c.reduce(0, +)
            guard total >= minLexiconCount else { continue }
            var mask: UInt32 = 0
            var best = 0
            for t in 0..<UPOS.count {
                if Double(c[t]) >= 0.05 * Double(total) { mask |= 1 << UInt32(t) }
                if c[t] > c[best] { best = t }
            }
            if total >= minFixedCount && Double(c[best]) >= 0.995 * Double(total) {
                mask |= UInt32(best + 1) << 24
            }
            pairs.append((h, mask))
        }
        return HashIndex(pairs)
    }

    static func train(_ sentences: [CoNLLUSentence], iterations: Int, bits: Int = 18, seed: UInt64 = 7,
                      log: (String) -> Void) -> POSTagger {
        let lexicon = buildLexicon(sentences)
        let prepared = sentences.map { POSTagger.analyse($0.words, lexicon: lexicon) }
        let model = PerceptronTrainer(bits: bits, classes: UPOS.count)
        var order = Array(0..<sentences.count)
        var rng = SplitMix(seed: seed)
        var hashes = [UInt64](repeating: 0, count: POSTagger.maxFeatures)
        var rows = [Int](repeating: 0, count: POSTagger.maxFeatures)
        var scores = [Float](repeating: 0, count: UPOS.count)
        for iteration in 1...max(1, iterations) {
            rng.shuffle(&order)
            var correct = 0, total = 0
            let started = Date()
            for si in order {
                let gold = sentences[si].tags
                let (infos, lex) = prepared[si]
                var prev = POSTagger.startTag, prev2 = POSTagger.start2Tag
                infos.withUnsafeBufferPointer { ip in
                    lex.withUnsafeBufferPointer { lp in
                        for i in 0..<gold.count {
                            let p = i + 2
                            let truth = Int(gold[i].rawValue)
                            var guess: Int
                            if let fixed = POSTagger.fixedTag(lp[p]) {
                                guess = fixed
                            } else {
                                model.clock += 1
                                let count = hashes.withUnsafeMutableBufferPointer {
                                    POSTagger.features(ip.baseAddress!, lp.baseAddress!, p, prev: prev, prev2: prev2, out: $0.baseAddress!)
                                }
                                for k in 0..<count { rows[k] = model.row(hashes[k]) }
                                model.score(rows, count, into: &scores)
                                guess = 0
                                for c in 1..<UPOS.count where scores[c] > scores[guess] { guess = c }
                                model.update(rows, count, truth: truth, guess: guess)
                            }
                            if guess == truth { correct += 1 }
                            total += 1
                            prev2 = prev
                            prev = guess
                        }
                    }
                }
            }
            let acc = 100 * Double(correct) / Double(max(total, 1))
            log(String(format: "tagger iteration %d/%d: train accuracy %.2f%% (%.1fs)", iteration, iterations, acc, Date().timeIntervalSince(started)))
        }
        return POSTagger(table: model.quantized(), lexicon: lexicon)
    }

    /// Accuracy of a tagger on gold-tagged sentences.
    static func accuracy(_ tagger: POSTagger, _ sentences: [CoNLLUSentence]) -> Double {
        var correct = 0, total = 0
        for s in sentences {
            let predicted = tagger.tag(s.words)
            for (p, g) in zip(predicted, s.tags) where p == g { correct += 1 }
            total += s.words.count
        }
        return Double(correct) / Double(max(total, 1))
    }
}

/// A small deterministic random generator for reproducible training.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, below(i + 1)) }
    }
}

import Foundation

/// Trains the arc-hybrid parser with a dynamic oracle and averaged perceptrons.
enum ParserTraining {
    /// The relation inventory of a treebank after subtype reduction, most frequent first (at most 64).
    static func labelInventory(_ sentences: [CoNLLUSentence]) -> [String] {
        var counts: [String: Int] = ["root": 0]
        for s in sentences { for r in s.relations { counts[RelationSet.reduce(r), default: 0] += 1 } }
        let sorted = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return Array(sorted.prefix(64))
    }

    /// Trains `members` parsers that differ only in their seed (sentence order and exploration), concurrently, and
    /// sums their averaged weights into one model: for linear scorers that is exactly the ensemble of their scores,
    /// at the cost of one model when parsing.
    /// With `datePhraseEvery` > 0 the training set also holds date-opening copies of every so many verb-rooted
    /// sentences (`ParserAugmentation`); the relation inventory and the ambiguity lexicon come from the originals.
    static func train(_ original: [CoNLLUSentence], tags originalTags: [[UPOS]], iterations: Int, members: Int = 1,
                      transitionBits: Int = 21, labelBits: Int = 14, seed: UInt64 = 11, datePhraseEvery: Int = 8,
                      log: (String) -> Void) -> DependencyParser {
        let names = labelInventory(original)
        let lexicon = TaggerTraining.buildLexicon(original)
        var sentences = original, tags = originalTags
        if datePhraseEvery > 0 {
            let copies = ParserAugmentation.datePhraseCopies(original, tags: originalTags, every: datePhraseEvery)
            sentences += copies.sentences
            tags += copies.tags
            log("parser: \(copies.sentences.count) date-opening copies added")
        }
        let inputs = sentences.indices.map { ParserInput(words: sentences[$0].words, tags: tags[$0], lexicon: lexicon) }
        if members <= 1 {
            let (moves, labels) = trainMember(sentences, inputs: inputs, names: names, iterations: iterations,
                                              transitionBits: transitionBits, labelBits: labelBits, seed: seed, log: log)
            return DependencyParser(transitions: moves.quantized(), labeler: labels.quantized(), labelNames: names, lexicon: lexicon)
        }
        final class Results: @unchecked Sendable {
            var trainers: [(PerceptronTrainer, PerceptronTrainer)?]
            var lines: [[String]]
            let lock = NSLock()
            init(_ n: Int) { trainers = Array(repeating: nil, count: n); lines = Array(repeating: [], count: n) }
        }
        let results = Results(members)
        let shared = (sentences, inputs, names)
        DispatchQueue.concurrentPerform(iterations: members) { m in
            var lines: [String] = []
            let trained = trainMember(shared.0, inputs: shared.1, names: shared.2, iterations: iterations,
                                              transitionBits: transitionBits, labelBits: labelBits,
                                              seed: seed &+ UInt64(m) &* 7919, log: { lines.append("member \(m + 1): " + $0) })
            results.lock.lock()
            results.trainers[m] = trained
            results.lines[m] = lines
            results.lock.unlock()
        }
        for lines in results.lines { for line in lines { log(line) } }
        let trained = results.trainers.map { $0! }
        return DependencyParser(transitions: mix(trained.map(\.0)), labeler: mix(trained.map(\.1)), labelNames: names, lexicon: lexicon)
    }

    /// Sums the averaged weights of several trainers into one quantized table.
    static func mix(_ trainers: [PerceptronTrainer]) -> WeightTable {
        let sum = PerceptronTrainer(bits: trainers[0].bits, classes: trainers[0].classes)
        sum.totals = []
        for t in trainers {
            let clock = Double(max(t.clock, 1))
            for i in sum.weights.indices {
                let total = t.totals[i] + Double(t.clock - t.stamps[i]) * Double(t.weights[i])
                sum.weights[i] += Float(total / clock)
            }
        }
        sum.totals = [Double](repeating: 0, count: sum.weights.count)
        sum.clock = 1
        return sum.quantized()
    }

    /// One perceptron pair (transitions, labels) trained with the dynamic oracle; exploration from the second pass.
    static func trainMember(_ sentences: [CoNLLUSentence], inputs: [ParserInput], names: [String], iterations: Int,
                            transitionBits: Int, labelBits: Int, seed: UInt64,
                            log: (String) -> Void) -> (PerceptronTrainer, PerceptronTrainer) {
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        let rootLabel = index["root"] ?? 0
        let caseLabels = DependencyParser.caseMask(names)
        let moves = PerceptronTrainer(bits: transitionBits, classes: 3)
        let labels = PerceptronTrainer(bits: labelBits, classes: names.count)
        var order = Array(sentences.indices)
        var rng = SplitMix(seed: seed)
        var hashes = [UInt64](repeating: 0, count: ParserFeatures.maxTransitionFeatures)
        var rows = [Int](repeating: 0, count: ParserFeatures.maxTransitionFeatures)
        var moveScores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: names.count)
        for iteration in 1...max(1, iterations) {
            rng.shuffle(&order)
            let started = Date()
            var heads = 0, labelled = 0, words = 0
            for si in order {
                let sentence = sentences[si]
                let n = sentence.words.count
                let gold = sentence.heads.map { $0 < 0 ? n : $0 }
                let goldLabels = sentence.relations.map { index[RelationSet.reduce($0)] ?? -1 }
                let input = inputs[si]
                var st = ParseState(n: n)
                while !st.isFinal {
                    let count = hashes.withUnsafeMutableBufferPointer { ParserFeatures.transition(st, input, out: $0.baseAddress!) }
                    for k in 0..<count { rows[k] = moves.row(hashes[k]) }
                    moves.clock += 1
                    moves.score(rows, count, into: &moveScores)
                    let (c0, c1, c2) = st.costs(gold: gold)
                    let costs = [c0, c1, c2]
                    var guess = -1, best = -1
                    let minCost = costs.min()!
                    for m in 0..<3 where st.valid(m) {
                        if guess < 0 || moveScores[m] > moveScores[guess] { guess = m }
                        if costs[m] == minCost && (best < 0 || moveScores[m] > moveScores[best]) { best = m }
                    }
                    if costs[guess] > minCost { moves.update(rows, count, truth: best, guess: guess) }
                    let explore = iteration > 1 && rng.below(10) != 0
                    let move = explore ? guess : best
                    if move == ParseState.shift {
                        st.apply(move, label: -1, caseLabels: caseLabels, word: 0)
                        continue
                    }
                    let (d, h) = st.arc(move)
                    var label = rootLabel
                    if h != n {
                        let lc = hashes.withUnsafeMutableBufferPointer { ParserFeatures.label(st, input, dep: d, head: h, out: $0.baseAddress!) }
                        for k in 0..<lc { rows[k] = labels.row(hashes[k]) }
                        labels.clock += 1
                        labels.score(rows, lc, into: &labelScores)
                        var predicted = rootLabel == 0 ? 1 : 0
                        for c in 0..<names.count where c != rootLabel && labelScores[c] > labelScores[predicted] { predicted = c }
                        label = predicted
                        if gold[d] == h && goldLabels[d] >= 0 {
                            labels.update(rows, lc, truth: goldLabels[d], guess: predicted)
                            label = goldLabels[d]
                            if predicted == label { labelled += 1 }
                        }
                    } else if gold[d] == h {
                        labelled += 1
                    }
                    if gold[d] == h { heads += 1 }
                    st.apply(move, label: label, caseLabels: caseLabels, word: input.word[d])
                }
                words += n
            }
            log(String(format: "parser iteration %d/%d: train UAS %.2f%% label accuracy %.2f%% (%.1fs)", iteration, iterations,
                       100 * Double(heads) / Double(max(words, 1)), 100 * Double(labelled) / Double(max(words, 1)),
                       Date().timeIntervalSince(started)))
        }
        return (moves, labels)
    }

    /// UAS and LAS of a parser on gold trees, parsing with the given tags.
    static func attachment(_ parser: DependencyParser, _ sentences: [CoNLLUSentence], tags: [[UPOS]]) -> (Double, Double) {
        var heads = 0, labelled = 0, total = 0
        for (s, t) in zip(sentences, tags) {
            let arcs = parser.parse(s.words, tags: t)
            for i in s.words.indices where arcs[i].head == s.heads[i] {
                heads += 1
                if arcs[i].label == RelationSet.reduce(s.relations[i]) { labelled += 1 }
            }
            total += s.words.count
        }
        return (Double(heads) / Double(max(total, 1)), Double(labelled) / Double(max(total, 1)))
    }
}

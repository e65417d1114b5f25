import Foundation

/// Figures from training or evaluating the syntax models.
public struct SyntaxReport: Sendable {
    /// Share of words with the correct UPOS tag (0…1).
    public var uposAccuracy: Double?
    /// Unlabelled attachment score (0…1).
    public var uas: Double?
    /// Labelled attachment score over the reduced relation inventory (0…1).
    public var las: Double?
    /// Number of sentences measured.
    public var sentences: Int
    /// Wall-clock seconds taken.
    public var seconds: Double

    /// Makes a report.
    public init(uposAccuracy: Double? = nil, uas: Double? = nil, las: Double? = nil, sentences: Int, seconds: Double) {
        self.uposAccuracy = uposAccuracy
        self.uas = uas
        self.las = las
        self.sentences = sentences
        self.seconds = seconds
    }
}

/// Trains and evaluates the tagger and parser on a UD treebank folder holding `*-train.conllu`, `*-dev.conllu`
/// and `*-test.conllu`.
public enum SyntaxTrainer {
    /// File names of the models inside a model folder.
    public static let taggerFile = "syntax-tagger.bin"
    /// File name of the parser model.
    public static let parserFile = "syntax-parser.bin"
    /// File name of the lemma exception table.
    public static let lemmaFile = "syntax-lemmas.tsv"

    /// Trains the tagger (and derives the lemma exception table), writes both into `outputDirectory` and returns
    /// the tagging accuracy on the dev file.
    public static func trainTagger(treebank: URL, outputDirectory: URL, iterations: Int,
                                   log: (String) -> Void) throws -> SyntaxReport {
        let started = Date()
        let train = try CoNLLUReader.read(url: try CoNLLUReader.file(in: treebank, suffix: "-train.conllu"))
        let dev = try CoNLLUReader.read(url: try CoNLLUReader.file(in: treebank, suffix: "-dev.conllu"))
        log("tagger: \(train.count) training sentences, \(dev.count) dev sentences")
        let tagger = TaggerTraining.train(train, iterations: iterations, log: log)
        let accuracy = TaggerTraining.accuracy(tagger, dev)
        log(String(format: "tagger: dev UPOS accuracy %.2f%%", accuracy * 100))
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        try tagger.write(to: outputDirectory.appendingPathComponent(taggerFile))
        let exceptions = Lemmatizer.deriveExceptions(from: train)
        try Lemmatizer.writeExceptions(exceptions, to: outputDirectory.appendingPathComponent(lemmaFile))
        log("lemmatizer: \(exceptions.count) exception entries")
        return SyntaxReport(uposAccuracy: accuracy, sentences: dev.count, seconds: Date().timeIntervalSince(started))
    }

    /// Trains the parser on tags predicted by a jackknifed tagger, writes it into `outputDirectory` and returns
    /// UAS/LAS on the dev file (parsed with tags from a tagger trained on all of train). With `includeDev` the dev
    /// sentences are trained on too (for the shipped model), and the dev figures are then not held out. `members`
    /// parsers with different seeds are trained concurrently and summed into one model (see `ParserTraining.train`).
    public static func trainParser(treebank: URL, outputDirectory: URL, iterations: Int, includeDev: Bool = false,
                                   members: Int = 1, log: (String) -> Void) throws -> SyntaxReport {
        let started = Date()
        var train = try CoNLLUReader.read(url: try CoNLLUReader.file(in: treebank, suffix: "-train.conllu"))
        let dev = try CoNLLUReader.read(url: try CoNLLUReader.file(in: treebank, suffix: "-dev.conllu"))
        if includeDev { train += dev }
        log("parser: \(train.count) training sentences\(includeDev ? " (train + dev)" : ""), \(dev.count) dev sentences")
        let folds = 4
        var predicted = train.map(\.tags)
        for fold in 0..<folds {
            let rest = train.indices.filter { $0 % folds != fold }.map { train[$0] }
            let tagger = TaggerTraining.train(rest, iterations: 4, log: { _ in })
            for i in train.indices where i % folds == fold { predicted[i] = tagger.tag(train[i].words) }
            log("parser: jackknife tagging fold \(fold + 1)/\(folds) done")
        }
        let fullTagger = TaggerTraining.train(train, iterations: 4, log: { _ in })
        let devTags = dev.map { fullTagger.tag($0.words) }
        let parser = ParserTraining.train(train, tags: predicted, iterations: iterations, members: members, log: log)
        let (uas, las) = ParserTraining.attachment(parser, dev, tags: devTags)
        log(String(format: "parser: dev UAS %.2f%% LAS %.2f%%", uas * 100, las * 100) + (includeDev ? " (dev trained on)" : ""))
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        try parser.write(to: outputDirectory.appendingPathComponent(parserFile))
        return SyntaxReport(uas: uas, las: las, sentences: dev.count, seconds: Date().timeIntervalSince(started))
    }

    /// Evaluates a model on the treebank's test file: tagging accuracy, then UAS/LAS using the predicted tags.
    public static func evaluate(treebank: URL, model: SyntaxModel) throws -> SyntaxReport {
        let test = try CoNLLUReader.read(url: try CoNLLUReader.file(in: treebank, suffix: "-test.conllu"))
        let started = Date()
        var tagCorrect = 0, headCorrect = 0, labelCorrect = 0, total = 0
        for s in test {
            let tags = model.tag(s.words)
            let arcs = model.parse(s.words, tags: tags)
            for i in s.words.indices {
                if tags[i] == s.tags[i] { tagCorrect += 1 }
                if arcs[i].head == s.heads[i] {
                    headCorrect += 1
                    if arcs[i].label == RelationSet.reduce(s.relations[i]) { labelCorrect += 1 }
                }
            }
            total += s.words.count
        }
        let t = Double(max(total, 1))
        return SyntaxReport(uposAccuracy: Double(tagCorrect) / t, uas: Double(headCorrect) / t,
                            las: Double(labelCorrect) / t, sentences: test.count,
                            seconds: Date().timeIntervalSince(started))
    }
}

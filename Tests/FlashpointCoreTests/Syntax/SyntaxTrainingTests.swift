import Foundation
import Testing
@testable import FlashpointCore

@Suite struct SyntaxTrainingTests {
    @Test func tinyTreebankIsLearntAndRoundTrips() throws {
        let bank = try SyntaxFixtures.treebankFolder()
        let out = bank.appendingPathComponent("models")
        defer { try? FileManager.default.removeItem(at: bank) }
        var lines: [String] = []
        let tagReport = try SyntaxTrainer.trainTagger(treebank: bank, outputDirectory: out, iterations: 10) { lines.append($0) }
        let parseReport = try SyntaxTrainer.trainParser(treebank: bank, outputDirectory: out, iterations: 15) { lines.append($0) }
        #expect(!lines.isEmpty)
        #expect((tagReport.uposAccuracy ?? 0) >= 0.9)
        #expect((parseReport.uas ?? 0) >= 0.9)

        let model = try SyntaxModel(directory: out)
        let eval = try SyntaxTrainer.evaluate(treebank: bank, model: model)
        #expect(eval.sentences == SyntaxFixtures.sentences.count)
        #expect((eval.uposAccuracy ?? 0) >= 0.9)
        #expect((eval.uas ?? 0) >= 0.9)

        // Loading the same files again gives identical predictions.
        let again = try SyntaxModel(directory: out)
        let sentences = try CoNLLUReader.parse(SyntaxFixtures.conllu)
        for s in sentences {
            let tags = model.tag(s.words)
            #expect(again.tag(s.words) == tags)
            #expect(again.parse(s.words, tags: tags) == model.parse(s.words, tags: tags))
        }
    }

    @Test func corruptModelFilesThrowNamingTheFile() throws {
        let bank = try SyntaxFixtures.treebankFolder()
        let out = bank.appendingPathComponent("models")
        defer { try? FileManager.default.removeItem(at: bank) }
        _ = try SyntaxTrainer.trainTagger(treebank: bank, outputDirectory: out, iterations: 2) { _ in }
        _ = try SyntaxTrainer.trainParser(treebank: bank, outputDirectory: out, iterations: 2) { _ in }
        for file in [SyntaxTrainer.taggerFile, SyntaxTrainer.parserFile] {
            let url = out.appendingPathComponent(file)
            let original = try Data(contentsOf: url)
            try original.prefix(original.count / 2).write(to: url)
            do {
                _ = try SyntaxModel(directory: out)
                Issue.record("expected an error for \(file)")
            } catch let error as FlashpointError {
                #expect(error.location == file)
                #expect(error.code == .invalidResource)
            }
            try Data("garbage".utf8).write(to: url)
            #expect(throws: FlashpointError.self) { try SyntaxModel(directory: out) }
            try original.write(to: url)
        }
        _ = try SyntaxModel(directory: out)
        try FileManager.default.removeItem(at: out.appendingPathComponent(SyntaxTrainer.parserFile))
        #expect(throws: FlashpointError.self) { try SyntaxModel(directory: out) }
    }

    @Test func emptyInputGivesEmptyOutput() throws {
        let bank = try SyntaxFixtures.treebankFolder()
        let out = bank.appendingPathComponent("models")
        defer { try? FileManager.default.removeItem(at: bank) }
        _ = try SyntaxTrainer.trainTagger(treebank: bank, outputDirectory: out, iterations: 1) { _ in }
        _ = try SyntaxTrainer.trainParser(treebank: bank, outputDirectory: out, iterations: 1) { _ in }
        let model = try SyntaxModel(directory: out)
        #expect(model.tag([]).isEmpty)
        #expect(model.parse([], tags: []).isEmpty)
        // Mismatched tag counts and odd characters do not crash.
        let arcs = model.parse(["a", "“b”", "’s"], tags: [.det])
        #expect(arcs.count == 3)
        #expect(arcs.filter { $0.head == -1 }.count == 1)
    }
}

@Suite struct ParserAugmentationTests {
    static func sentence(_ words: [String], _ tags: [UPOS], _ heads: [Int], _ relations: [String]) -> CoNLLUSentence {
        CoNLLUSentence(words: words, lemmas: words.map { $0.lowercased() }, tags: tags, heads: heads, relations: relations)
    }

    @Test func everyEighthVerbRootedSentenceGetsAnOpeningDate() {
        let verbRooted = Self.sentence(["Police", "shot", "him", "."], [.noun, .verb, .pron, .punct], [1, -1, 1, 1],
                                       ["nsubj", "root", "obj", "punct"])
        let nounRooted = Self.sentence(["The", "end", "."], [.det, .noun, .punct], [1, -1, 1], ["det", "root", "punct"])
        let bank = Array(repeating: nounRooted, count: 5) + Array(repeating: verbRooted, count: 17)
        let tags = bank.map(\.tags)
        let (copies, copyTags) = ParserAugmentation.datePhraseCopies(bank, tags: tags)
        #expect(copies.count == 2)
        #expect(copyTags.count == 2)
        let c = copies[0]
        #expect(c.words.count == 9)
        #expect(c.words[0] == "On" && c.words[4] == "," && c.words[5] == "police")
        #expect(ParserAugmentation.months.contains(c.words[2]))
        #expect(Int(c.words[1]).map { (1...28).contains($0) } == true)
        #expect(Int(c.words[3]).map { (1990...2022).contains($0) } == true)
        // The day is an obl of the root verb, "On" its case, month and year its modifiers; the comma hangs on the root.
        #expect(c.heads == [1, 6, 1, 1, 6, 6, -1, 6, 6])
        #expect(c.relations == ["case", "obl", "nmod:unmarked", "nmod:unmarked", "punct", "nsubj", "root", "obj", "punct"])
        #expect(copyTags[0] == [.adp, .num, .propn, .num, .punct, .noun, .verb, .pron, .punct])
        #expect(copies[1].words[1] != c.words[1] || copies[1].words[2] != c.words[2])
        // Deterministic.
        #expect(ParserAugmentation.datePhraseCopies(bank, tags: tags).sentences == copies)
    }
}

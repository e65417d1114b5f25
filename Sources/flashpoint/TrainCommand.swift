import ArgumentParser
import Foundation
import FlashpointCore

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the part-of-speech tagger or the dependency parser on a UD treebank.",
        discussion: """
            The treebank folder holds *-train.conllu, *-dev.conllu and *-test.conllu (UD English-EWT). The models
            are written to --output (default: the source tree's Resources/models when run from the repository).
            Train the tagger first: the parser trains on the tagger's predicted tags. After training the parser, and
            with `test`, the models in --output are scored on *-test.conllu (UPOS, then UAS/LAS with predicted tags).
            """)

    enum Model: String, ExpressibleByArgument, CaseIterable { case tagger, parser, test }

    @Argument(help: "What to train: tagger or parser; `test` only scores the models in --output on the test split.")
    var model: Model

    @Option(help: "Folder with the UD treebank's .conllu files.")
    var treebank: String

    @Option(help: "Folder to write the model files to.")
    var output: String = "Sources/FlashpointCore/Resources/models"

    @Option(help: "Training iterations (passes over the training set).")
    var iterations: Int?

    @Option(help: "Parser only: number of parsers trained with different seeds and summed into one model.")
    var members: Int = 8

    @Flag(help: "Train the parser on train + dev (for the shipped model; the dev figures are then not held out).")
    var includeDev = false

    func run() throws {
        let treebankURL = URL(fileURLWithPath: treebank, isDirectory: true)
        let outputURL = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: outputURL, withIntermediateDirectories: true)
        let log: (String) -> Void = { print($0) }
        let report: SyntaxReport
        switch model {
        case .tagger:
            report = try SyntaxTrainer.trainTagger(
                treebank: treebankURL, outputDirectory: outputURL, iterations: iterations ?? 10, log: log)
        case .parser:
            report = try SyntaxTrainer.trainParser(
                treebank: treebankURL, outputDirectory: outputURL, iterations: iterations ?? 12,
                includeDev: includeDev, members: members, log: log)
        case .test:
            report = try SyntaxTrainer.evaluate(treebank: treebankURL, model: try SyntaxModel(directory: outputURL))
            print("test: " + TrainCommand.describe(report))
            return
        }
        print(TrainCommand.describe(report))
        // Scored only when --output also holds a tagger and lemma table (a parser alone cannot tag the test file).
        if model == .parser, let models = try? SyntaxModel(directory: outputURL) {
            print("test: " + TrainCommand.describe(try SyntaxTrainer.evaluate(treebank: treebankURL, model: models)))
        }
    }

    static func describe(_ r: SyntaxReport) -> String {
        var parts: [String] = []
        if let a = r.uposAccuracy { parts.append(String(format: "UPOS %.2f%%", a * 100)) }
        if let a = r.uas { parts.append(String(format: "UAS %.2f%%", a * 100)) }
        if let a = r.las { parts.append(String(format: "LAS %.2f%%", a * 100)) }
        parts.append("\(r.sentences) test sentences, \(String(format: "%.1f", r.seconds)) s")
        return parts.joined(separator: ", ")
    }
}

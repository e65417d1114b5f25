import ArgumentParser
import Foundation
import FlashpointCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Code the sample articles that ship with Flashpoint and print their events.")

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    @Option(help: "Which events to print: asserted or all.")
    var modality: ModalityFilter = .all

    @OptionGroup var coderOptions: CoderOptions

    func run() throws {
        let url = FlashpointResources.url("samples/articles.jsonl")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ValidationError("the bundled samples are missing: \(url.path)")
        }
        let coder = try coderOptions.makeCoder()
        var reader = InputReader(defaultDate: nil, maxArticleBytes: 64_000_000)
        var writer = RecordWriter(format: format)
        var articles = 0
        writer.begin()
        reader.read([url.path]) { article in
            articles += 1
            writer.write(coder.code(article).filter { modality == .all || $0.modality == "asserted" })
        }
        writer.end()
        if format == .table {
            print("Coded \(articles) sample articles from \(url.lastPathComponent). Try: flashpoint explain \"Israeli forces struck a camp in Lebanon.\" --date 2025-11-20")
        }
    }
}

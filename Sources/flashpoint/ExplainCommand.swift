import ArgumentParser
import Foundation
import FlashpointCore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every layer of the analysis of a text: tokens, tags, tree, actors, patterns, modality, dates, records.")

    @Argument(help: "The text to analyse (or '-' to read it from standard input).")
    var text: String

    @Option(help: "The article date, YYYY-MM-DD (default: today).")
    var date: String?

    @OptionGroup var coderOptions: CoderOptions

    func run() throws {
        let day: Day
        if let date {
            guard let d = Day(iso: date) else { throw ValidationError("--date \"\(date)\" is not YYYY-MM-DD") }
            day = d
        } else {
            day = Day.today
        }
        var body = text
        if text == "-" {
            body = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        let coder = try coderOptions.makeCoder()
        let doc = coder.annotate(Article(id: "explain", date: day, text: body))
        print(Explanation(doc: doc, records: coder.records(doc)).render())
    }
}

extension Day {
    /// The current UTC day.
    static var today: Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(ordinal: seconds / 86_400)
    }
}

import ArgumentParser
import Foundation
import FlashpointCore

/// Options shared by the commands that code text.
struct CoderOptions: ParsableArguments {
    @Option(name: .customLong("dict"), help: "A folder of extra actor dictionaries (see Resources/dictionaries/README.md).")
    var dictionary: String?

    @Option(name: .customLong("patterns"), help: "A folder of extra event patterns (verbs.tsv, nouns.tsv).")
    var patterns: String?

    @Flag(name: .customLong("no-geocode"), help: "Skip the gazetteer: locations keep only their names.")
    var noGeocode = false

    @Flag(name: .customLong("no-feed-context"), help: """
        Code each article alone. By default, once most articles of the input place their events in one country, \
        that country is the home of articles whose text settles none (locations it gives have basis "feed").
        """)
    var noFeedContext = false

    func makeCoder() throws -> Coder {
        do {
            return try Coder(options: .init(
                dictionaryDirectory: dictionary.map { URL(fileURLWithPath: $0, isDirectory: true) },
                patternDirectory: patterns.map { URL(fileURLWithPath: $0, isDirectory: true) },
                geocode: !noGeocode))
        } catch {
            throw ValidationError("cannot load the coder's data: \(error)")
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl, csv
}

enum ModalityFilter: String, ExpressibleByArgument, CaseIterable {
    case asserted, all
}

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code articles into event records.",
        discussion: """
            A .txt file is one article (its id is the file name; give --date). A .jsonl file holds one article a
            line: {"id", "date" (YYYY-MM-DD), "text", "title"?}. '-' reads standard input. Problems with one file or
            line are reported on standard error and the rest is still coded; the exit status is then 1.
            """)

    @Argument(help: "Article files (.txt or .jsonl), or '-' for standard input.")
    var inputs: [String]

    @Option(help: "The publication date of text input, YYYY-MM-DD; also the default for JSON lines without one.")
    var date: String?

    @Option(help: "Output format: table, jsonl or csv.")
    var format: OutputFormat = .table

    @Option(help: "Which events to print: asserted (default) or all, with negated, hypothetical, future and historical ones flagged.")
    var modality: ModalityFilter = .asserted

    @Option(name: .customLong("max-article-mb"), help: "Skip articles larger than this many megabytes.")
    var maxArticleMB: Int = 64

    @OptionGroup var coderOptions: CoderOptions

    func validate() throws {
        if let date, Day(iso: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date in the form YYYY-MM-DD")
        }
    }

    func run() throws {
        let coder = try coderOptions.makeCoder()
        var reader = InputReader(defaultDate: date.flatMap(Day.init(iso:)), maxArticleBytes: maxArticleMB * 1_000_000)
        var writer = RecordWriter(format: format)
        writer.begin()
        var feed = FeedContext(coder: coder, enabled: !coderOptions.noFeedContext)
        let keep = { (r: EventRecord) in modality == .all || r.modality == "asserted" }
        reader.read(inputs) { article in
            for ready in feed.add(article) { writer.write(ready.filter(keep)) }
        }
        for ready in feed.finish() { writer.write(ready.filter(keep)) }
        writer.end()
        if !reader.problems.isEmpty {
            FileHandle.standardError.write(Data("flashpoint: \(reader.problems.count) input problem(s); everything else was coded\n".utf8))
            throw ExitCode(1)
        }
    }
}

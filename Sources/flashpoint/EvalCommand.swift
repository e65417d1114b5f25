import ArgumentParser
import Foundation
import FlashpointCore

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Code a labelled set and score the output: ACLED CSV, PLOVER gold JSON, or the project's gold JSON Lines.",
        discussion: """
            flashpoint eval acled events.csv      # ACLED export: notes → event type, sub-type, date, actor country, place, fatalities
            flashpoint eval plover gold.json      # PLOVER gold-standard sentences
            flashpoint eval gold eval/gold.jsonl --floors eval/floors.json   # exits 1 when a figure falls below its floor
            """)

    @Argument(help: "What kind of set: acled, plover or gold.")
    var kind: EvalKind

    @Argument(help: "The labelled file.")
    var file: String

    @Option(help: "Score records made earlier (JSON Lines) instead of coding the set.")
    var events: String?

    @Option(help: "Only the first N rows.")
    var limit: Int?

    @Option(help: "Print the first N wrong rows.")
    var misses: Int = 0

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Option(help: "A floors file (JSON: {kind: {figure: minimum}}); exit 1 when a figure is below its floor.")
    var floors: String?

    @OptionGroup var coderOptions: CoderOptions

    func run() throws {
        var set: EvalSet
        do {
            set = try EvalSet.load(kind: kind, url: URL(fileURLWithPath: file))
        } catch {
            throw ValidationError("\(error)")
        }
        if let limit { set = set.prefix(limit) }
        let started = Date()
        var records: [EventRecord] = []
        var unparsable = 0
        if let events {
            guard let data = FileManager.default.contents(atPath: events) else {
                throw ValidationError("\(events): cannot be read")
            }
            (records, unparsable) = EvalRecords.parse(jsonl: String(decoding: data, as: UTF8.self))
        } else {
            let coder = try coderOptions.makeCoder()
            var feed = FeedContext(coder: coder, enabled: !coderOptions.noFeedContext)
            // The gold set scores modality, so it sees every record; the others score asserted events.
            let keep = { (r: EventRecord) in kind == .gold || r.modality == "asserted" }
            for a in set.articles {
                guard let day = Day(iso: a.date) else {
                    FileHandle.standardError.write(Data("flashpoint: \(file): article \(a.id) has a malformed date \(a.date)\n".utf8))
                    continue
                }
                for ready in feed.add(Article(id: a.id, date: day, text: a.text)) { records += ready.filter(keep) }
            }
            for ready in feed.finish() { records += ready.filter(keep) }
        }
        var report = Evaluator.score(set, records: records, misses: misses)
        report.set("unparsable_lines", Double(unparsable), count: true)
        if events == nil { report.set("coder_seconds", (Date().timeIntervalSince(started) * 100).rounded() / 100) }
        print(json ? report.json() : report.table())
        fflush(nil)  // the floor verdict goes to standard error: keep it after the table in a shared log
        if let floors {
            let f: EvalFloors
            do { f = try EvalFloors.load(url: URL(fileURLWithPath: floors)) } catch { throw ValidationError("\(error)") }
            let failures = f.failures(report)
            if !failures.isEmpty {
                for line in failures { FileHandle.standardError.write(Data("flashpoint: below floor: \(line)\n".utf8)) }
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data("flashpoint: every figure is at or above its floor in \(floors)\n".utf8))
        }
    }
}

extension EvalKind: ExpressibleByArgument {}

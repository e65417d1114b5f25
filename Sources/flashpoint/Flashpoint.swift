import ArgumentParser

@main
struct Flashpoint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flashpoint",
        abstract: "Turn news text into event records, offline.",
        discussion: """
            Examples:
              flashpoint demo
              flashpoint code report.txt --date 2025-11-24
              flashpoint code articles.jsonl --format jsonl > events.jsonl
              flashpoint explain "Israeli forces struck a camp in Lebanon." --date 2025-11-20
            """,
        version: "0.1.0",
        subcommands: [CodeCommand.self, ExplainCommand.self, DemoCommand.self, EvalCommand.self, GeocodeCommand.self, GazetteerCommand.self, TrainCommand.self]
    )
}

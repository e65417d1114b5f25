import Foundation
import Testing
@testable import FlashpointCore

/// Checks the repository's gold set (`eval/gold.jsonl`) and floors (`eval/floors.json`).
@Suite struct GoldSetTests {
    /// The repository root, found from this file's path (symbolic links resolved).
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let requiredTags = [
        "compound", "passive", "reported-speech", "urge", "nominal", "negation", "hypothetical", "conditional",
        "future", "historical", "relative-date", "absolute-date", "translit", "fatalities", "no-event", "multi-event",
        "protest", "riot", "armed-clash", "vac", "air-strike", "shelling", "ied", "abduction", "arrest",
        "mideast", "east-africa", "sahel", "ukraine", "south-asia", "latin-america",
    ]

    @Test func goldSetIsLargeAndCoversEveryRootAndTag() throws {
        let set = try EvalSet.load(kind: .gold, url: Self.root.appendingPathComponent("eval/gold.jsonl"))
        #expect(set.gold.count >= 320)
        var roots: [String: Int] = [:]
        for line in set.gold { for e in line.events { roots[e.root, default: 0] += 1 } }
        for r in 1...20 {
            let key = r < 10 ? "0\(r)" : "\(r)"
            #expect((roots[key] ?? 0) >= 8, "root \(key) has \(roots[key] ?? 0) events")
        }
        let tags = Set(set.gold.flatMap(\.tags))
        for t in Self.requiredTags { #expect(tags.contains(t), "tag \(t)") }
        for line in set.gold {
            #expect(!line.tags.isEmpty, "\(line.id) has no tags")
            let rootTags = Set(line.events.map { "root:" + $0.root })
            #expect(rootTags.isSubset(of: Set(line.tags)), "\(line.id) lacks root tags")
        }
    }

    @Test func repositoryFloorsRejectAnEmptyRunAndTheCoderMeetsThem() throws {
        let floors = try EvalFloors.load(url: Self.root.appendingPathComponent("eval/floors.json"))
        #expect((floors.floors["gold"]?["event_recall"] ?? 0) > 0.5, "the floors are real figures")
        let set = try EvalSet.load(kind: .gold, url: Self.root.appendingPathComponent("eval/gold.jsonl"))
        let empty = Evaluator.score(set, records: [], misses: 0)
        #expect(empty.value("event_recall") == 0)
        #expect(!floors.failures(empty).isEmpty, "coding nothing falls below the floors")
        let coder = try Coder()
        let records = set.articles.flatMap { a in coder.code(Article(id: a.id, date: Day(iso: a.date)!, text: a.text)) }
        let report = Evaluator.score(set, records: records, misses: 0)
        #expect(floors.failures(report).isEmpty, "the coder meets eval/floors.json: \(floors.failures(report))")
    }
}

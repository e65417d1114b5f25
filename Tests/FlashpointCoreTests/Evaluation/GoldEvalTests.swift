import Foundation
import Testing
@testable import FlashpointCore

@Suite struct GoldEvalTests {
    static let gold = """
        {"id": "L1", "date": "2025-11-24", "text": "Israeli jets struck Sidon on Wednesday, killing two. Hamas freed a hostage.", "tags": ["a"], "events": [{"cameo": "195", "actor": ["ISRMIL"], "recipient": ["LBN"], "date": "2025-11-19", "location": {"name": "Sidon", "lat": 33.56, "lon": 35.37}, "fatalities": 2}, {"cameo": "0841", "actor": ["PSEREB"], "recipient": ["ISR"], "modality": "asserted", "date": "2025-11-24"}]}

        {"id": "L2", "date": "2025-11-24", "text": "The town lies near the border.", "tags": ["b"], "events": []}
        {"id": "L3", "date": "2025-11-24", "text": "Hezbollah did not fight; Israel will talk.", "tags": ["a", "b"], "events": [{"cameo": "190", "actor": ["LBNREB"], "modality": "negated"}, {"cameo": "036", "actor": ["ISR"], "modality": "future"}]}
        """

    static func report() throws -> EvalReport {
        let set = try EvalSet.parse(kind: .gold, text: gold, name: "gold.jsonl")
        let f = EvalFixture.self
        let records = [
            f.record(article: "L1", code: "195", actor: [f.actor("ISRMIL")], recipient: [f.actor("LBN")],
                date: "2025-11-19", lat: 33.60, lon: 35.40, fatalities: 2),
            f.record(article: "L1", code: "0841", actor: [f.actor("PSEMIL")], date: "2025-11-23"),
            f.record(article: "L2", code: "010", date: "2025-11-24"),
            f.record(article: "L3", code: "194", actor: [f.actor("LBNREB")], modality: "negated", date: "2025-11-24"),
        ]
        return Evaluator.score(set, records: records, misses: 10)
    }

    @Test func scoresTheFixtureAsComputedByHand() throws {
        let r = try Self.report()
        let want: [(String, Double?)] = [
            ("rows", 3), ("expected_events", 4), ("predicted_events", 4), ("event_recall", 0.75),
            ("event_precision", 0.75), ("f1", 0.75), ("code_accuracy", 0.6667), ("root_accuracy", 0.75),
            ("actor_accuracy", 0.6667), ("recipient_accuracy", 0.5), ("modality_accuracy", 1.0), ("date_accuracy", 0.5),
            ("within_25km", 1.0), ("fatalities_exact", 1.0), ("lines_fully_matched", 0.3333),
            ("recall_by_root.19", 1.0), ("recall_by_root.03", 0.0), ("recall_by_modality.future", 0.0),
            ("tag_recall.a", 0.5), ("tag_recall.b", 0.0),
        ]
        for (name, v) in want { #expect(r.value(name) == v, "\(name)") }
        #expect(r.misses.count == 2)
        #expect(r.misses[0].contains("\"id\": \"L2\""))
        #expect(r.json().contains("\"tag_recall\": {\"a\": 0.5, \"b\": 0.0}"))
        #expect(r.json().hasPrefix("{\"rows\": 3, \"expected_events\": 4,"))
    }

    @Test func emptyExpectedActorsMatchAnySource() throws {
        let text = "{\"id\": \"x\", \"date\": \"2025-01-01\", \"text\": \"A blast hit.\", \"events\": [{\"cameo\": \"183\"}]}"
        let set = try EvalSet.parse(kind: .gold, text: text, name: "g.jsonl")
        let r = Evaluator.score(set, records: [EvalFixture.record(article: "x", code: "1831", actor: [EvalFixture.actor("SOMREB")])], misses: 0)
        #expect(r.value("event_recall") == 1.0)
        #expect(r.value("actor_accuracy") == nil)
        #expect(r.value("date_accuracy") == nil)
    }

    @Test func malformedLinesNameFileAndLine() {
        let cases = [
            "{\"id\": \"a\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": []}\n{\"id\": \"b\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": [{\"actor\": []}]}",
            "{\"id\": \"a\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": []}\n{not json",
            "{\"id\": \"a\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": []}\n{\"id\": \"a\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": []}",
            "{\"id\": \"a\", \"date\": \"1 May\", \"text\": \"t\", \"events\": []}\n",
            "{\"id\": \"a\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": [{\"cameo\": \"21\"}]}",
            "{\"id\": \"a\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": [{\"cameo\": \"190\", \"modality\": \"maybe\"}]}",
            "{\"id\": \"a\", \"date\": \"2025-01-01\", \"text\": \"t\", \"events\": [{\"cameo\": \"190\", \"fatalities\": -1}]}",
        ]
        let lines = [2, 2, 2, 1, 1, 1, 1]
        for (text, line) in zip(cases, lines) {
            do {
                _ = try EvalSet.parse(kind: .gold, text: text, name: "gold.jsonl")
                Issue.record("no error for \(text)")
            } catch let e as FlashpointError {
                #expect(e.location == "gold.jsonl:\(line)")
                #expect(e.code == .invalidInput)
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func floorsFailAndPass() throws {
        let r = try Self.report()
        let strict = try EvalFloors.parse("{\"gold\": {\"event_recall\": 0.8, \"f1\": 0.5, \"no_such_figure\": 0.1}, \"acled\": {\"coverage\": 0.9}}", name: "floors.json")
        #expect(strict.failures(r) == ["gold event_recall 0.75 < floor 0.8", "gold no_such_figure undefined < floor 0.1"])
        let loose = try EvalFloors.parse("{\"gold\": {\"event_recall\": 0.75, \"f1\": 0.0, \"no_such_figure\": 0}}", name: "floors.json")
        #expect(loose.failures(r).isEmpty)
        #expect(throws: FlashpointError.self) { try EvalFloors.parse("{\"gold\": {\"f1\": \"high\"}}", name: "floors.json") }
        #expect(throws: FlashpointError.self) { try EvalFloors.parse("[]", name: "floors.json") }
    }
}

import Testing
@testable import FlashpointCore

@Suite struct PloverEvalTests {
    static let json = """
        [
          {"id": "DOC", "event": "DOCUMENT", "text": "About this file."},
          {"id": "p1", "date": "2000-01-01", "event": "DEMAND", "text": "Washington demanded talks.",
           "source": [{"actorText": "Washington", "code": "USAGOV"}]},
          {"id": "p2", "event": "FIGHT", "text": "Israeli troops fought gunmen.", "source": [{"code": "isr"}]},
          {"id": "p3", "event": "AGREE", "text": ""},
          {"id": "p4", "event": "AGREE", "text": "The two sides agreed.", "source": null}
        ]
        """

    @Test func loadsRowsWithAliases() throws {
        let set = try EvalSet.parse(kind: .plover, text: Self.json, name: "plover.json")
        #expect(set.plover.map(\.id) == ["p1", "p2", "p4"])
        #expect(set.plover.map(\.event) == ["REQUEST", "ASSAULT", "AGREE"])
        #expect(set.plover[1].sourceCodes == ["ISR"])
        #expect(set.articles[1].date == "2000-01-01")
        #expect(PloverRow.aliases["DISAPPROVE"] == "ACCUSE")
        #expect(PloverRow.aliases["INVESTIGATE"] == "ACCUSE")
    }

    @Test func scoresRecallPrecisionAndSources() throws {
        let set = try EvalSet.parse(kind: .plover, text: Self.json, name: "plover.json")
        let records = [
            EvalFixture.record(article: "p1", code: "106", actor: [EvalFixture.actor("USAGOV")], plover: "REQUEST"),
            EvalFixture.record(article: "p1", code: "112", plover: "ACCUSE"),
            EvalFixture.record(article: "p2", code: "190", actor: [EvalFixture.actor("XXX", country: "IL")], plover: "ASSAULT"),
            EvalFixture.record(article: "p4", code: "057", modality: "negated", plover: "AGREE"),
        ]
        let r = Evaluator.score(set, records: records, misses: 3)
        #expect(r.figures.prefix(5).map(\.name) == ["rows", "event_recall", "event_precision", "macro_recall", "source_actor_accuracy"])
        #expect(r.value("rows") == 3)
        #expect(r.value("event_recall") == 0.6667)
        #expect(r.value("event_precision") == 0.6667)
        #expect(r.value("macro_recall") == 0.6667)
        #expect(r.value("source_actor_accuracy") == 1.0)
        #expect(r.value("per_type_recall.AGREE") == 0.0)
        #expect(r.value("per_type_recall.ASSAULT") == 1.0)
        #expect(r.misses == ["{\"id\": \"p4\", \"gold\": \"AGREE\", \"got\": [], \"text\": \"The two sides agreed.\"}"])
        #expect(r.json().contains("\"per_type_recall\": {\"AGREE\": 0.0, \"ASSAULT\": 1.0, \"REQUEST\": 1.0}"))
    }

    @Test func malformedJSONThrows() {
        #expect(throws: FlashpointError.self) { try EvalSet.parse(kind: .plover, text: "[{", name: "bad.json") }
        #expect(throws: FlashpointError.self) { try EvalSet.parse(kind: .plover, text: "{}", name: "bad.json") }
    }

    @Test func lenientRecordReading() {
        let text = """
            {"article_id": "p1", "cameo": {"code": "106"}, "plover": {"event": "REQUEST"}, "actor": [{"code": "USAGOV"}]}
            {broken
            [1, 2]
            {"article_id": 7, "modality": "negated", "location": {"lat": 1.5, "lon": 2}, "fatalities": 3}
            """
        let (records, bad) = EvalRecords.parse(jsonl: text)
        #expect(bad == 1)
        #expect(records.count == 2)
        #expect(records[0].cameo.root == "10")
        #expect(records[0].modality == "asserted")
        #expect(records[1].articleID == "7")
        #expect(records[1].location?.lon == 2)
        #expect(records[1].fatalities == 3)
    }
}

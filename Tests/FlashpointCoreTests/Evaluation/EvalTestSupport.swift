@testable import FlashpointCore

/// Builds event records for scorer tests.
enum EvalFixture {
    static func actor(_ code: String, country: String? = nil) -> EventRecord.ActorRef {
        EventRecord.ActorRef(text: code, code: code, country: country, sector: nil, name: code)
    }

    static func record(
        article: String, code: String, actor: [EventRecord.ActorRef] = [], recipient: [EventRecord.ActorRef] = [],
        modality: String = "asserted", date: String = "", acled: AcledCategory? = nil, plover: String? = nil,
        lat: Double? = nil, lon: Double? = nil, fatalities: Int? = nil
    ) -> EventRecord {
        EventRecord(
            id: "\(article)-\(code)", articleID: article, date: date, datePrecision: "day", actor: actor,
            recipient: recipient,
            cameo: .init(code: code, root: String(code.prefix(2)), quadClass: 0, goldstein: 0, description: ""),
            plover: .init(event: plover, mode: nil), acled: acled, modality: modality,
            location: lat.map { EventLocation(name: "here", lat: $0, lon: lon, precision: "place") },
            fatalities: fatalities, confidence: 1, text: "", span: [0, 0], trigger: "", rule: "")
    }
}

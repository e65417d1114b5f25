import Foundation

/// The kinds of labelled data `flashpoint eval` scores against.
public enum EvalKind: String, Sendable, CaseIterable {
    /// An ACLED CSV export: each row's `notes` is an article dated `event_date`.
    case acled
    /// The PLOVER gold-standard JSON: one sentence per row with its event type and source actors.
    case plover
    /// The project's own gold set (`eval/gold.jsonl`): sentences with every expected event.
    case gold
}

/// What the coder gets for one labelled row.
public struct EvalArticle: Sendable, Hashable {
    /// The row's identifier; records must carry it as `article_id`.
    public var id: String
    /// The article date, `YYYY-MM-DD`.
    public var date: String
    /// The text to code.
    public var text: String

    /// Makes an article.
    public init(id: String, date: String, text: String) {
        self.id = id
        self.date = date
        self.text = text
    }
}

/// A loaded evaluation set: the articles for the coder plus the labels the scorer compares against.
public struct EvalSet: Sendable {
    /// Which kind of labels it holds.
    public var kind: EvalKind
    /// The coder's input, one article per labelled row.
    public var articles: [EvalArticle]
    var acled: [AcledRow] = []
    var plover: [PloverRow] = []
    var gold: [GoldLine] = []

    /// Loads a set of the given kind.
    /// - Throws: `FlashpointError` when the file cannot be read or a row is malformed (with `file:line`).
    public static func load(kind: EvalKind, url: URL) throws -> EvalSet {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw FlashpointError(.invalidInput, "cannot read the \(kind.rawValue) set: \(error.localizedDescription)",
                location: url.path)
        }
        return try parse(kind: kind, text: text, name: url.lastPathComponent)
    }

    /// Parses a set from its text; `name` is used in error locations.
    public static func parse(kind: EvalKind, text: String, name: String) throws -> EvalSet {
        switch kind {
        case .acled:
            let rows = AcledRow.parse(csv: text)
            return EvalSet(kind: kind, articles: rows.map { EvalArticle(id: $0.id, date: $0.date, text: $0.text) }, acled: rows)
        case .plover:
            let rows = try PloverRow.parse(json: text, name: name)
            return EvalSet(kind: kind, articles: rows.map { EvalArticle(id: $0.id, date: $0.date, text: $0.text) }, plover: rows)
        case .gold:
            let lines = try GoldLine.parse(jsonl: text, name: name)
            return EvalSet(kind: kind, articles: lines.map { EvalArticle(id: $0.id, date: $0.date, text: $0.text) }, gold: lines)
        }
    }

    /// The first `n` rows only (like `--limit`).
    public func prefix(_ n: Int) -> EvalSet {
        var s = self
        s.articles = Array(articles.prefix(n))
        s.acled = Array(acled.prefix(n))
        s.plover = Array(plover.prefix(n))
        s.gold = Array(gold.prefix(n))
        return s
    }

    /// The coder's input as JSON Lines: `{"id", "date", "title", "text"}` one article a line.
    public func articlesJSONL() -> String {
        var out = ""
        for a in articles {
            out += "{\"id\": \(JSONWriter.quote(a.id)), \"date\": \(JSONWriter.quote(a.date)), \"title\": \"\", "
                + "\"text\": \(JSONWriter.quote(a.text))}\n"
        }
        return out
    }
}

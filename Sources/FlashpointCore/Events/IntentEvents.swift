/// Stated intentions: "Syria says it is willing to withdraw its troops", "the rebels said they will release
/// the hostages", "farmers said they would blockade Paris unless …".
///
/// CAMEO codes the statement of an intention as an event of its own: root 03 (express intent to cooperate) when
/// the intended act is cooperative, root 13 (threaten) when it is coercive or violent. The intended act itself did
/// not happen and keeps its modality (`future`, `hypothetical`); the statement happened and is asserted. Only an
/// explicit intention makes one: an actor's own "will" or "would" reported by a verb of saying, or "willing",
/// "ready", "prepared", "determined" to act. A bare future ("Egypt's envoy will travel to Cairo") and possibility
/// ("could spiral into open conflict") make none.
struct IntentEvents {
    /// Adjectives whose complement is the subject's stated intention.
    static let intentAdjectives: WordSet = ["willing", "ready", "prepared", "determined", "committed", "eager"]
    static let intentAux: WordSet = ["will", "would", "shall", "'ll", "wo"]

    /// The intention events of an article's events, to be added to them. Events made only intended ("willing
    /// to hold talks", asserted by the parse) are marked `future` in place.
    /// Returns the statements by the index of the event they intend.
    static func derive(_ events: inout [EventMention], doc: Document, catalog: CameoCatalog) -> [Int: EventMention] {
        var out: [Int: EventMention] = [:]
        var graph: SentenceGraph?  // events come sentence by sentence: one graph per sentence
        for k in events.indices {
            let e = events[k]
            guard !e.source.isEmpty, e.modality != .negated, e.modality != .historical,
                  let code = intentCode(for: e.code), catalog[code] != nil
            else { continue }
            if graph?.sentence != e.sentence { graph = SentenceGraph(doc: doc, sentence: e.sentence) }
            guard let g = graph, let (how, conditional) = intention(of: e.trigger, g) else { continue }
            // "will release … if": a condition makes a cooperative promise a bargain, a threat stays a threat.
            if conditional && !code.hasPrefix("13") { continue }
            // Already coded by a pattern ("pledged to", "warned that it would respond").
            let sources = Set(e.source.map(\.code))
            if events.contains(where: { $0.sentence == e.sentence && ($0.code.hasPrefix("03") || $0.code.hasPrefix("13"))
                && !Set($0.source.map(\.code)).isDisjoint(with: sources) && $0.modality == .asserted })
            {
                continue
            }
            if e.modality == .asserted {
                events[k].modality = .future
                events[k].modalityReason = "only intended: '\(how)'"
            }
            var intent = e
            intent.code = code
            intent.rule = "intent (\(how)) of " + e.rule
            intent.modality = .asserted
            intent.modalityReason = "a stated intention ('\(how)'): CAMEO \(code) for the intended \(e.code), which keeps its own modality"
            intent.fatalities = nil
            intent.acled = nil
            intent.confidence = e.confidence * 0.9
            out[k] = intent
        }
        return out
    }

    /// The words that make the event at `t` a stated intention, and whether a condition ("if", "unless") governs
    /// it; nil when it is not one.
    static func intention(of trigger: Int, _ g: SentenceGraph) -> (String, Bool)? {
        var t = trigger
        // "willing to hold talks": the verb whose object the event noun is.
        if g.tag(t) == .noun, g.rel(t) == .obj, let h = g.head(t), g.tag(h) == .verb { t = h }
        guard g.tag(t) == .verb else { return nil }
        let kids = g.children(t)
        let conditional = kids.contains { g.rel($0) == .mark && ["if", "unless"].contains(g.doc.tokens[$0].norm) }
        // "is willing to withdraw", "are ready to hold talks"
        if g.baseRel(t) == .xcomp, let h = g.head(t), intentAdjectives.contains(g.doc.tokens[h].norm) {
            return (g.doc.tokens[h].norm + " to", conditional)
        }
        // "said they will release", "announced it would boycott": the actor's own future, reported.
        guard let aux = kids.first(where: { g.baseRel($0) == .aux && intentAux.contains(g.doc.tokens[$0].norm) }),
              g.baseRel(t) == .ccomp, let h = g.head(t), ModalityRules.reportingVerbs.contains(g.lemma(h))
        else { return nil }
        return ("\(g.doc.tokens[h].norm) … \(g.doc.tokens[aux].norm)", conditional)
    }

    /// The CAMEO code of an intention to do `code`: root 03 for cooperation, 13 for coercion and force; nil for
    /// statements, appeals, demands and the like.
    static func intentCode(for code: String) -> String? {
        // Longer prefixes first: "1721" before "172".
        func sub(_ table: KeyValuePairs<String, String>, _ fallback: String) -> String {
            for (prefix, c) in table where code.hasPrefix(prefix) { return c }
            return fallback
        }
        switch code.prefix(2) {
        case "04": return "036"
        case "05": return "032"
        case "06": return sub(["061": "0311", "062": "0312", "063": "0313", "064": "0314"], "031")
        case "07": return sub(["071": "0331", "072": "0332", "073": "0333", "074": "0334"], "033")
        case "08":
            return sub(["081": "0351", "082": "0352", "083": "034", "084": "0353", "085": "0354", "086": "0355", "087": "0356"], "035")
        case "14": return "133"
        case "15": return "138"
        case "16": return sub(["161": "1313", "162": "1311", "163": "1312", "166": "136"], "131")
        case "17": return sub(["1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "172": "132", "175": "137"], "130")
        case "18": return "1383"
        case "19": return sub(["191": "1381", "192": "1382"], "1384")
        case "20": return "1385"
        default: return nil
        }
    }
}

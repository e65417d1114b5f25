import Foundation

/// The event pattern lexicon: verb and noun triggers with the requirements that pick a CAMEO code.
///
/// The default lexicon ships in `Resources/events/verbs.tsv` and `nouns.tsv`; users extend or override it with a
/// folder holding files of the same format (see `Resources/events/README.md`) and `merging(_:)`.
/// Lookups return the candidate patterns for a lemma, most specific first; among equally specific patterns the one
/// listed first (user patterns before default ones) comes first.
public struct EventLexicon: Sendable {
    /// Every pattern, in definition order (user patterns first after a merge).
    public let patterns: [EventPattern]
    private let verbIndex: WordTable<[PatternRef]>
    private let nounIndex: WordTable<[PatternRef]>

    /// The verb trigger file name in a lexicon folder.
    public static let verbFile = "verbs.tsv"
    /// The noun trigger file name.
    public static let nounFile = "nouns.tsv"

    /// Builds a lexicon from patterns in definition order; a later pattern with the same trigger, lemma and
    /// requirements as an earlier one is dropped (the earlier one overrides it).
    public init(patterns: [EventPattern]) {
        var seen: Set<String> = []
        var kept: [EventPattern] = []
        kept.reserveCapacity(patterns.count)
        for p in patterns where seen.insert(p.overrideKey).inserted { kept.append(p) }
        self.patterns = kept
        var verbs: [String: [EventPattern]] = [:]
        var nouns: [String: [EventPattern]] = [:]
        for p in kept {
            if p.trigger == .verb { verbs[p.lemma, default: []].append(p) } else { nouns[p.lemma, default: []].append(p) }
        }
        // A stable sort: most specific first, ties keep definition order.
        func ordered(_ list: [EventPattern]) -> [EventPattern] {
            list.enumerated().sorted { a, b in
                a.element.specificity != b.element.specificity
                    ? a.element.specificity > b.element.specificity : a.offset < b.offset
            }.map(\.element)
        }
        self.verbIndex = WordTable(verbs.map { ($0.key, ordered($0.value).map(PatternRef.init)) })
        self.nounIndex = WordTable(nouns.map { ($0.key, ordered($0.value).map(PatternRef.init)) })
    }

    /// The number of patterns.
    public var count: Int { patterns.count }

    /// The distinct verb trigger lemmas.
    public var verbLemmas: Set<String> { Set(verbIndex.keys) }
    /// The distinct noun trigger lemmas.
    public var nounLemmas: Set<String> { Set(nounIndex.keys) }

    /// The verb patterns whose trigger lemma is `lemma`, most specific first.
    public func patterns(forVerb lemma: String) -> [EventPattern] { refs(forVerb: lemma).map(\.pattern) }

    /// The noun patterns whose trigger lemma is `lemma`, most specific first.
    public func patterns(forNoun lemma: String) -> [EventPattern] { refs(forNoun: lemma).map(\.pattern) }

    /// ``patterns(forVerb:)`` by reference, for the matcher.
    func refs(forVerb lemma: String) -> [PatternRef] { verbIndex[lemma] ?? [] }
    /// ``patterns(forNoun:)`` by reference, for the matcher.
    func refs(forNoun lemma: String) -> [PatternRef] { nounIndex[lemma] ?? [] }

    /// A lexicon whose patterns are `other`'s followed by this one's: on equal specificity `other` wins, and a
    /// pattern of `other` with the same trigger, lemma and requirements replaces this lexicon's.
    public func merging(_ other: EventLexicon) -> EventLexicon {
        EventLexicon(patterns: other.patterns + patterns)
    }

    /// Loads the bundled lexicon (`Resources/events/verbs.tsv` and `nouns.tsv`), checking codes against `validCodes`.
    /// - Throws: `.missingResource` if a file is absent, `.invalidResource` for a malformed line.
    public static func loadDefault(validCodes: Set<String>) throws -> EventLexicon {
        let dir = FlashpointResources.url("events")
        for name in [verbFile, nounFile] where !FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path) {
            throw FlashpointError(.missingResource, "the event lexicon file is missing", location: "events/\(name)")
        }
        return try load(directory: dir, validCodes: validCodes)
    }

    /// Loads a user lexicon folder holding `verbs.tsv` and/or `nouns.tsv` (either may be missing, not both).
    /// - Throws: `.missingResource` if the folder has neither file, `.invalidResource` for a malformed line.
    public static func load(directory: URL, validCodes: Set<String>) throws -> EventLexicon {
        var all: [EventPattern] = []
        var found = false
        for (name, trigger) in [(verbFile, EventPattern.Trigger.verb), (nounFile, .noun)] {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            found = true
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw FlashpointError(.missingResource, "cannot read the event lexicon file", location: url.path)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw FlashpointError(.invalidResource, "the file is not valid UTF-8", location: name)
            }
            all += try parse(text, trigger: trigger, file: name, validCodes: validCodes).patterns
        }
        guard found else {
            throw FlashpointError(.missingResource, "no \(verbFile) or \(nounFile) in the event lexicon folder",
                                  location: directory.path)
        }
        return EventLexicon(patterns: all)
    }

    /// Parses the text of one lexicon file; `file` names it in error locations ("verbs.tsv:17").
    /// - Throws: `FlashpointError(.invalidResource, …)` for the first malformed line.
    public static func parse(_ text: String, trigger: EventPattern.Trigger, file: String,
                             validCodes: Set<String>) throws -> EventLexicon {
        var out: [EventPattern] = []
        var lineNumber = 0
        // Lines and columns are split on bytes: "\r\n" endings lose their "\r" below.
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.utf8.last == 0x0D { line = line.dropLast() }
            if lineNumber == 1, line.first == "\u{FEFF}" { line = line.dropFirst() }
            let content = line.trimmingWhitespace()
            if content.isEmpty || content.hasPrefix("#") { continue }
            let origin = "\(file):\(lineNumber)"
            let columns = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard columns.count == 5 else {
                throw FlashpointError(.invalidResource,
                                      "expected 5 tab-separated columns (code, lemma, requirements, target, example), found \(columns.count)",
                                      location: origin)
            }
            out.append(try EventPattern.parse(columns: columns, trigger: trigger, origin: origin,
                                              validCodes: validCodes))
        }
        return EventLexicon(patterns: out)
    }
}

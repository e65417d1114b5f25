import Foundation

/// One line of the event lexicon: a trigger lemma, the requirements its dependents must meet, and the CAMEO code
/// an event matched this way receives.
///
/// Patterns are read from `Resources/events/verbs.tsv` and `nouns.tsv` (the format is documented in
/// `Resources/events/README.md`). A requirement that is `nil` is not checked; an empty set means "any value, as long
/// as the dependent exists" (written `obj=*` or `xcomp=*`).
public struct EventPattern: Sendable, Hashable {
    /// The part of speech of the trigger token.
    public enum Trigger: String, Sendable {
        /// A VERB token ("struck", "condemned").
        case verb
        /// A NOUN token for a nominal event ("airstrike", "talks").
        case noun
    }

    /// The grammatical voice a pattern is restricted to.
    public enum Voice: String, Sendable {
        /// Only when the trigger has no passive auxiliary or passive subject.
        case active
        /// Only when the trigger is passive (`aux:pass` or `nsubj:pass` dependent).
        case passive
    }

    /// The CAMEO event code ("193", "0233").
    public var code: String
    /// Whether the trigger is a verb or a noun.
    public var trigger: Trigger
    /// The trigger's lower-case lemma ("strike").
    public var lemma: String
    /// Lemmas the direct object (`obj`) must have; empty = any object.
    public var object: Set<String>? { didSet { words = Words(self) } }
    /// A case/mark word introducing an `obl`/`nmod`/`xcomp`/`advcl` dependent, or a `compound:prt` particle.
    public var preposition: String?
    /// Verb lemmas an `xcomp`/`ccomp` clause must have; empty = any clause.
    public var complement: Set<String>? { didSet { words = Words(self) } }
    /// Lemmas of which at least one must occur in the trigger's subtree or its clause.
    public var keywords: Set<String>? { didSet { words = Words(self) } }
    /// Lemmas the subject's head (`nsubj`, or the agent of a passive) must have.
    public var subject: Set<String>? { didSet { words = Words(self) } }
    /// The voice the trigger must be in.
    public var voice: Voice?
    /// Lemmas none of which may occur in the trigger's subtree.
    public var excluded: Set<String>? { didSet { words = Words(self) } }
    /// Dependency slots the recipient (target actor) is read from, in priority order ("obj", "obl:against").
    public var targets: [String] { didSet { targetSlots = targets.map(TargetSlot.init) } }
    /// `targets` read once: the relation before the colon and the case word or subtype after it.
    private(set) var targetSlots: [TargetSlot]
    /// The word requirements as ``WordSet``s, for the matcher's many look-ups; kept in step with the sets above.
    private(set) var words = Words()

    /// The word requirements of a pattern as ``WordSet``s; a class, so that copying a pattern stays cheap.
    final class Words: Sendable, Hashable {
        let object: WordSet?
        let complement: WordSet?
        let keywords: WordSet?
        let subject: WordSet?
        let excluded: WordSet?
        /// Whether `keywords` or `excluded` is set: the matcher asks it of every pattern it tries, and testing
        /// the optional sets themselves copied them.
        let readsWordsAround: Bool

        init() {
            (object, complement, keywords, subject, excluded) = (nil, nil, nil, nil, nil)
            readsWordsAround = false
        }

        static func == (a: Words, b: Words) -> Bool {
            a.object == b.object && a.complement == b.complement && a.keywords == b.keywords && a.subject == b.subject
                && a.excluded == b.excluded
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(object)
            hasher.combine(complement)
            hasher.combine(keywords)
            hasher.combine(subject)
            hasher.combine(excluded)
        }

        init(_ p: EventPattern) {
            object = p.object.map(WordSet.init)
            complement = p.complement.map(WordSet.init)
            keywords = p.keywords.map(WordSet.init)
            subject = p.subject.map(WordSet.init)
            excluded = p.excluded.map(WordSet.init)
            readsWordsAround = p.keywords != nil || p.excluded != nil
        }
    }
    /// A short sentence showing the pattern in use.
    public var example: String
    /// Where the pattern was defined ("verbs.tsv:123").
    public var origin: String

    /// The number of positive requirements the pattern states (`not=` only blocks, so it does not count);
    /// among matching patterns of one lemma the most specific wins.
    public var specificity: Int {
        var n = 0
        if object != nil { n += 1 }
        if preposition != nil { n += 1 }
        if complement != nil { n += 1 }
        if keywords != nil { n += 1 }
        if subject != nil { n += 1 }
        if voice != nil { n += 1 }
        return n
    }

    /// The recipient slots a verb pattern uses when its `target` column is `-`.
    public static let defaultVerbTargets = ["obj", "nsubj:pass", "iobj", "obl:against", "obl:on", "obl:with", "nmod:against"]
    /// The recipient slots a noun pattern uses when its `target` column is `-`.
    public static let defaultNounTargets = ["nmod:against", "nmod:on", "nmod:with", "nmod:of", "nmod:poss"]

    /// The default recipient slots for a trigger kind.
    public static func defaultTargets(for trigger: Trigger) -> [String] {
        trigger == .verb ? defaultVerbTargets : defaultNounTargets
    }

    /// Creates a pattern; `targets` empty means the default slots for the trigger kind.
    public init(code: String, trigger: Trigger, lemma: String, object: Set<String>? = nil,
                preposition: String? = nil, complement: Set<String>? = nil, keywords: Set<String>? = nil,
                subject: Set<String>? = nil, voice: Voice? = nil, excluded: Set<String>? = nil,
                targets: [String] = [], example: String = "", origin: String = "") {
        self.code = code
        self.trigger = trigger
        self.lemma = lemma
        self.object = object
        self.preposition = preposition
        self.complement = complement
        self.keywords = keywords
        self.subject = subject
        self.voice = voice
        self.excluded = excluded
        let slots = targets.isEmpty ? EventPattern.defaultTargets(for: trigger) : targets
        self.targets = slots
        targetSlots = slots.map(TargetSlot.init)
        self.example = example
        self.origin = origin
        words = Words(self)
    }

    /// The requirements written back in the lexicon's column syntax ("obj=rocket|shell pass"), or `-`.
    public var requirementText: String {
        func list(_ s: Set<String>) -> String { s.isEmpty ? "*" : s.sorted().joined(separator: "|") }
        var parts: [String] = []
        if let object { parts.append("obj=" + list(object)) }
        if let preposition { parts.append("prep=" + preposition) }
        if let complement { parts.append("xcomp=" + list(complement)) }
        if let keywords { parts.append("with=" + list(keywords)) }
        if let subject { parts.append("subj=" + list(subject)) }
        if let voice { parts.append(voice == .passive ? "pass" : "active") }
        if let excluded { parts.append("not=" + list(excluded)) }
        return parts.isEmpty ? "-" : parts.joined(separator: " ")
    }

    /// Identifies patterns that would compete for the same tokens: a later pattern with the same key is overridden.
    var overrideKey: String { "\(trigger.rawValue) \(lemma) \(requirementText)" }
}

/// An ``EventPattern`` behind one reference, as the lexicon hands patterns to the matcher: candidate lists and
/// trigger lists are walked, sorted and filtered by copying their elements, and copying a pattern (a dozen
/// strings, sets and arrays) retains and releases every field.
final class PatternRef: Sendable {
    let pattern: EventPattern
    /// The code's root (``EventMatcher/root(_:)``) and whether it is a statement ("01…") or a bare report
    /// (``EventMatcher/reportingCodes``), read once here: the trigger filters ask them of every trigger, rule
    /// after rule, and reading them from the code string each time cost more than the rules themselves.
    let root: Int
    let isStatement: Bool
    let isReport: Bool
    /// The rule an event of this pattern names ("verbs.tsv:41 strike"), written once for all its events.
    let rule: String

    init(_ pattern: EventPattern) {
        self.pattern = pattern
        rule = "\(pattern.origin) \(pattern.lemma)"
        root = EventMatcher.root(pattern.code)
        isStatement = pattern.code.hasPrefix("01")
        isReport = EventMatcher.reportingCodes.contains(pattern.code)
    }
    var code: String { pattern.code }
    var trigger: EventPattern.Trigger { pattern.trigger }
}

/// A recipient slot of a pattern ("obl:against"): a relation and what its colon adds.
struct TargetSlot: Sendable, Hashable {
    /// The relation before the colon; nil for a name that is no relation (never in a checked lexicon).
    let relation: Relation?
    /// The case word ("against") or subtype ("pass") after the colon.
    let suffix: String?

    init(relation: Relation?, suffix: String?) {
        self.relation = relation
        self.suffix = suffix
    }

    init(_ slot: String) {
        let parts = slot.utf8.split(separator: 0x3A, maxSplits: 1).map(Substring.init)
        relation = Relation(rawValue: String(parts.first ?? ""))
        suffix = parts.count > 1 ? String(parts[1]) : nil
    }
}

extension EventPattern {
    /// The base dependency relations a target slot may name (a `:suffix` adds a subtype or a case word).
    static let knownRelations: Set<String> = [
        "nsubj", "obj", "iobj", "obl", "nmod", "xcomp", "ccomp", "advcl", "compound", "amod", "conj", "appos",
        "acl", "advmod", "nummod", "dep",
    ]

    /// Parses one data line (already split into its five columns) into a pattern.
    /// - Throws: `FlashpointError(.invalidResource, …, location: origin)` naming the faulty column.
    static func parse(columns: [String], trigger: Trigger, origin: String,
                      validCodes: Set<String>) throws -> EventPattern {
        func fail(_ message: String) -> FlashpointError {
            FlashpointError(.invalidResource, message, location: origin)
        }
        let code = columns[0].trimmingWhitespace()
        guard !code.isEmpty else { throw fail("empty CAMEO code") }
        guard validCodes.contains(code) else { throw fail("unknown CAMEO code '\(code)'") }
        let lemma = columns[1].trimmingWhitespace()
        guard !lemma.isEmpty, lemma != "-" else { throw fail("empty lemma") }
        guard isWord(lemma) else {
            throw fail("lemma '\(lemma)' must be one lower-case word (use a requirement for particles)")
        }
        let r = try parseRequirements(columns[2], trigger: trigger, fail: fail)
        var slots: [String] = []
        let targetText = columns[3].trimmingWhitespace()
        if !targetText.isEmpty && targetText != "-" {
            for raw in targetText.utf8.split(separator: 0x2C, omittingEmptySubsequences: false).map(Substring.init) {
                let slot = String(raw.trimmingWhitespace())
                let base = slot.utf8.split(separator: 0x3A, maxSplits: 1).first.map { String(Substring($0)) } ?? ""
                guard knownRelations.contains(base), slot.allSatisfy({ $0.isLetter || $0 == ":" }),
                      !slot.hasSuffix(":"), slot == slot.lowercased() else {
                    throw fail("unknown target slot '\(slot)' (expected a relation such as obj or obl:against)")
                }
                slots.append(slot)
            }
        }
        // Built in one go: setting a word requirement on a pattern recompiles all of its word sets.
        return EventPattern(code: code, trigger: trigger, lemma: lemma, object: r.object, preposition: r.preposition,
                            complement: r.complement, keywords: r.keywords, subject: r.subject, voice: r.voice,
                            excluded: r.excluded, targets: slots, example: columns[4].trimmingWhitespace(),
                            origin: origin)
    }

    /// The requirements of one lexicon line, as ``EventPattern`` holds them.
    private struct Requirements {
        var object: Set<String>?
        var preposition: String?
        var complement: Set<String>?
        var keywords: Set<String>?
        var subject: Set<String>?
        var voice: Voice?
        var excluded: Set<String>?
        let trigger: Trigger
    }

    /// Reads the space-separated requirement column of a pattern with the given trigger kind.
    private static func parseRequirements(_ text: String, trigger: Trigger,
                                          fail: (String) -> FlashpointError) throws -> Requirements {
        var p = Requirements(trigger: trigger)
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed != "-" else { return p }
        var seen: Set<String> = []
        for item in trimmed.utf8.split(separator: 0x20).map(Substring.init) {
            let parts = item.utf8.split(separator: 0x3D, maxSplits: 1, omittingEmptySubsequences: false).map(Substring.init)
            let key = String(parts[0])
            guard seen.insert(key == "active" ? "pass" : key).inserted else {
                throw fail("requirement '\(key)' given twice")
            }
            if parts.count == 1 {
                switch key {
                case "pass": p.voice = .passive
                case "active": p.voice = .active
                default: throw fail("unknown requirement '\(item)'")
                }
                if p.trigger == .noun { throw fail("requirement '\(key)' applies to verbs only") }
                continue
            }
            let value = String(parts[1])
            func words(allowAny: Bool) throws -> Set<String> {
                if value == "*" {
                    guard allowAny else { throw fail("'\(key)=*' is not allowed; list the lemmas") }
                    return []
                }
                let list = value.utf8.split(separator: 0x7C, omittingEmptySubsequences: false).map { String(Substring($0)) }
                guard !list.isEmpty, list.allSatisfy(isWord) else {
                    throw fail("bad value in '\(item)': expected lower-case words separated by '|'")
                }
                return Set(list)
            }
            switch key {
            case "obj":
                if p.trigger == .noun { throw fail("requirement 'obj' applies to verbs only") }
                p.object = try words(allowAny: true)
            case "xcomp":
                if p.trigger == .noun { throw fail("requirement 'xcomp' applies to verbs only") }
                p.complement = try words(allowAny: true)
            case "prep":
                guard isWord(value) else { throw fail("bad value in '\(item)': expected one lower-case word") }
                p.preposition = value
            case "with": p.keywords = try words(allowAny: false)
            case "subj": p.subject = try words(allowAny: false)
            case "not": p.excluded = try words(allowAny: false)
            default: throw fail("unknown requirement '\(key)'")
            }
        }
        return p
    }

    /// True for a non-empty lower-case word of letters, digits, hyphens or apostrophes.
    static func isWord(_ s: String) -> Bool {
        // Nearly every lemma is ASCII: its bytes are checked directly, without looking up scalar properties.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            return !s.isEmpty && s.utf8.allSatisfy { b in (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x2D || b == 0x27 }
        }
        return s.unicodeScalars.allSatisfy { c in
            (c.properties.isAlphabetic && !c.properties.isUppercase) || ("0"..."9").contains(c) || c == "-" || c == "'"
        }
    }
}

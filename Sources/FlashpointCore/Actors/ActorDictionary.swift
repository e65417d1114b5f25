import Foundation

/// The actor dictionaries: countries, organisations, groups, people and agent words, indexed by name.
///
/// The format of the files is described in `Resources/dictionaries/README.md`. Users pass their own folder
/// (`--dict DIR`) and ``merging(_:)`` lays it over the defaults: a name defined in the user's files replaces
/// every default meaning of that name; new names add to the defaults.
///
/// ```swift
/// var dictionary = try ActorDictionary.loadDefault()
/// dictionary = dictionary.merging(try ActorDictionary.load(directory: URL(fileURLWithPath: "my-dicts")))
/// let recognizer = ActorRecognizer(dictionary: dictionary)
/// ```
public struct ActorDictionary: Sendable {
    /// What a dictionary entry is.
    enum Form: UInt8, Sendable {
        case country, capital, organization, group, person, agent
        /// Consumes its words and yields no actor ("Latin America", "Indian Ocean", user removals).
        case stop
    }

    /// Properties of an agent word.
    struct AgentFlags: OptionSet, Sendable, Hashable {
        let rawValue: UInt8
        /// Can stand before a person's name ("President", "Gen.").
        static let title = AgentFlags(rawValue: 1)
        /// Only a title: never an actor on its own ("Mr", "Dr").
        static let titleOnly = AgentFlags(rawValue: 2)
        /// "the X" refers back to the last named group ("the militants", "the group").
        static let coref = AgentFlags(rawValue: 4)
        /// Only a back-reference: never an actor on its own ("group", "movement").
        static let corefOnly = AgentFlags(rawValue: 8)
        /// "the X" without a country takes the country of the last military actor ("the army").
        static let military = AgentFlags(rawValue: 16)
        /// "the X" refers back to the last named organisation ("the agency").
        static let orgCoref = AgentFlags(rawValue: 32)
    }

    /// A date-bounded role of a person (day ordinals, inclusive).
    struct Role: Sendable, Hashable {
        var actor: Actor
        var from: Int
        var to: Int
    }

    /// One line of a dictionary file.
    struct Entry: Sendable {
        var form: Form
        /// The actor (for a person: the fallback used outside every role).
        var actor: Actor
        /// "file.tsv:line".
        var source: String
        var roles: [Role] = []
        var flags: AgentFlags = []
        /// "countries.tsv:112 Israel".
        var label: String

        init(form: Form, actor: Actor, source: String, roles: [Role] = [], flags: AgentFlags = []) {
            self.form = form
            self.actor = actor
            self.source = source
            self.roles = roles
            self.flags = flags
            self.label = source + " " + actor.name
        }
    }

    /// One way of writing a name, pointing at its entry.
    struct Alias: Sendable, Hashable {
        var entry: Int32
        var rules: [CaseRule]
    }

    var entries: [Entry] = []
    /// Token norms joined by single spaces → the entries that name stands for (several only for people).
    var aliases: [String: [Alias]] = [:]

    /// Number of dictionary entries (lines).
    public var entryCount: Int { entries.count }
    /// Number of distinct names (with spelling variants).
    public var nameCount: Int { aliases.count }

    /// The bundled dictionaries in `Resources/dictionaries`.
    public static func loadDefault() throws -> ActorDictionary {
        try load(directory: FlashpointResources.url("dictionaries"), required: ActorDictionaryLoader.fileOrder)
    }

    /// Every `*.tsv` file of a folder; each file's name says what it holds (`countries*.tsv`,
    /// `organizations*.tsv`, `groups*.tsv`, `people*.tsv`, `agents*.tsv`).
    public static func load(directory: URL) throws -> ActorDictionary {
        try load(directory: directory, required: [])
    }

    static func load(directory: URL, required: [String]) throws -> ActorDictionary {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
            throw FlashpointError(.missingResource, "actor dictionary folder not found", location: directory.path)
        }
        for name in required where !fm.fileExists(atPath: directory.appendingPathComponent(name).path) {
            throw FlashpointError(.missingResource, "actor dictionary file missing", location: directory.appendingPathComponent(name).path)
        }
        let names = try fm.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }
        let ordered = names.sorted { ActorDictionaryLoader.rank($0) < ActorDictionaryLoader.rank($1) || (ActorDictionaryLoader.rank($0) == ActorDictionaryLoader.rank($1) && $0 < $1) }
        var loader = ActorDictionaryLoader()
        for name in ordered {
            let url = directory.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path) else {
                throw FlashpointError(.missingResource, "cannot read actor dictionary", location: name)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw FlashpointError(.invalidResource, "actor dictionary is not UTF-8", location: name)
            }
            try loader.parse(text, file: name)
        }
        return loader.dictionary
    }

    /// Parses dictionary text (for tests and tools); `file` names the kind as a file name would.
    static func parse(_ text: String, file: String) throws -> ActorDictionary {
        var loader = ActorDictionaryLoader()
        try loader.parse(text, file: file)
        return loader.dictionary
    }

    /// This dictionary with `other` laid over it: names `other` defines replace their meaning here.
    public func merging(_ other: ActorDictionary) -> ActorDictionary {
        var out = self
        let offset = Int32(entries.count)
        out.entries += other.entries
        for (key, list) in other.aliases {
            out.aliases[key] = list.map { Alias(entry: $0.entry + offset, rules: $0.rules) }
        }
        return out
    }

    /// Adds a name for an entry. A later definition of the same name (same capitalisation rule) replaces the
    /// earlier one, except that several people may share a name (the date decides between them).
    mutating func add(name toks: [Substring], entry: Int32) {
        guard !toks.isEmpty else { return }
        let key = toks.map { ActorText.norm($0) }.joined(separator: " ")
        let rules = toks.map { CaseRule.of($0) }
        let isPerson = entries[Int(entry)].form == .person
        var list = aliases[key] ?? []
        list.removeAll { old in
            old.rules == rules && (old.entry == entry || !(isPerson && entries[Int(old.entry)].form == .person))
        }
        list.append(Alias(entry: entry, rules: rules))
        aliases[key] = list
    }
}

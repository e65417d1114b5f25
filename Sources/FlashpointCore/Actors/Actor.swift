/// A coded actor: a CAMEO-style code with the country and sector it stands for.
///
/// Codes follow the layout `CCC` + `SSS` + optional `GGG`: a country (ISO 3166-1 alpha-3, or `IGO`/`NGO`/`XXX`
/// for international, non-governmental and transnational actors), a sector (`GOV`, `MIL`, `REB`, …) and a
/// three-letter group or body suffix (`PSEREBHMS` is Hamas). A bare sector code (`COP`) means the country is not
/// known yet; the event layer may fill it from context.
public struct Actor: Sendable, Hashable, Codable {
    /// The CAMEO-style code, e.g. `ISRMIL`, `LBNGOV`, `PSEREBHMS`, `IGOUNO`, `COP`.
    public var code: String
    /// ISO 3166-1 alpha-3 country, or nil for international and not-yet-located actors.
    public var country: String?
    /// The three-letter sector (`GOV`, `MIL`, `COP`, `REB`, …), or nil for a country as a whole.
    public var sector: String?
    /// A readable name: the dictionary's canonical name or the words of the mention.
    public var name: String
    /// Whether the text names no such actor for the event and a reporting convention supplied it: the armed
    /// group a report suspects in another sentence, or ACLED's "unidentified armed group" of the event's country.
    public var implied: Bool

    /// Makes an actor.
    public init(code: String, country: String?, sector: String?, name: String, implied: Bool = false) {
        self.code = code
        self.country = country
        self.sector = sector
        self.name = name
        self.implied = implied
    }
}

/// One place in a document where an actor is named or referred to.
public struct ActorMention: Sendable, Hashable {
    /// What matched.
    public enum Kind: String, Sendable, Hashable {
        /// A country name or nationality adjective ("Israel", "Lebanese"), or a combination with an agent word.
        case country
        /// A capital or seat of government standing for a government ("Nairobi", "Kremlin", "White House").
        /// Also a place: the event layer decides from syntax whether it is the actor.
        case capital
        /// An international or non-governmental organisation ("UNIFIL", "Red Cross").
        case organization
        /// A named armed, political or ethnic group ("Hamas", "Pokot").
        case group
        /// A named person, coded by the role they held on the article's date.
        case person
        /// An agent word, alone ("police", country unknown) or with a country ("Israeli forces").
        case agent
        /// "he"/"she" resolved to the last person mentioned.
        case pronoun
    }

    /// The tokens the mention covers (indices into the document's tokens).
    public var tokens: Range<Int>
    /// Token index of the mention's head word ("forces" in "Israeli forces").
    public var head: Int
    /// The coded actor.
    public var actor: Actor
    /// What kind of name matched.
    public var kind: Kind
    /// Which dictionary entries matched, e.g. "countries.tsv:112 Israel + agents.tsv:3 forces".
    public var entry: String

    /// Makes a mention.
    public init(tokens: Range<Int>, head: Int, actor: Actor, kind: Kind, entry: String) {
        self.tokens = tokens
        self.head = head
        self.actor = actor
        self.kind = kind
        self.entry = entry
    }
}

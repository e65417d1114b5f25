/// Maps a coded event to ACLED's event type and sub-event type.
///
/// CAMEO says what was done; ACLED also asks who did it to whom and with what. The crosswalk reads the CAMEO
/// code, the sectors of the source and target, and instrument words of the sentence (grenade, IED, suicide
/// bomber, teargas). Events ACLED does not record (statements, diplomacy, most appeals) get nil.
public struct AcledCrosswalk: Sendable {
    public init() {}

    static let armedSectors: WordSet = ["MIL", "REB", "COP", "UAF", "INS", "SPY", "ETH", "MIL+", "PMF", "SEP", "CRM"]
    static let civilianSectors: WordSet = [
        "CVL", "REF", "EDU", "LAB", "BUS", "AGR", "MED", "HLH", "HRI", "JRN", "SET", "ELI", "REL", "NGO", "OPP", "PTY",
        "IGO",
    ]
    static let protesterWords: WordSet = ["protester", "demonstrator", "rioter", "protestor", "crowd", "mob"]

    /// The ACLED category of an event, or nil when ACLED has none for it.
    /// - Parameters:
    ///   - code: the CAMEO code.
    ///   - source, target: the event's actors.
    ///   - words: lemmas of the sentence, for instruments and circumstances.
    ///   - trigger: the lemma of the event's trigger word ("clash", "lynch").
    public func category(
        code: String, source: [Actor], target: [Actor], words: Set<String>, trigger: String = ""
    ) -> AcledCategory? {
        category(code: code, source: source, target: target, words: SentenceWords(words), trigger: trigger)
    }

    /// The same with the sentence's words already sorted into the crosswalk's word groups (done once per
    /// sentence, not per event and word group).
    func category(
        code: String, source: [Actor], target: [Actor], words: SentenceWords, trigger: String = ""
    ) -> AcledCategory? {
        let root = String(code.prefix(2))
        let srcArmed = source.contains { Self.isArmed($0) }
        let tgtArmed = target.contains { isArmedTarget($0) }
        let srcCivil = !source.isEmpty && source.allSatisfy { !Self.isArmed($0) }
        let mob = words.meets(.mob) || words.meets(.lynch) || words.meets(.vigilante)
        let protestContext = words.meets(.protest)
        let rioting = words.meets(.riot)
        let mutual = Self.mutualFightWords.contains(trigger)
        func explosive() -> AcledCategory? {
            if words.meets(.suicide) { return .init(Self.remote, "Suicide bomb") }
            if words.meets(.grenade) { return .init(Self.remote, "Grenade") }
            if words.meets(.ied) {
                return .init(Self.remote, "Remote explosive/landmine/IED")
            }
            return nil
        }
        func attackOrClash() -> AcledCategory {
            if mutual && !protestContext && !(source + target).contains(where: { Self.isProtester($0) }) {
                // Police against traders, students or youths is a riot; armed or organised sides fight battles.
                let all = source + target
                let state = all.contains { ["COP", "MIL"].contains($0.sector ?? "") }
                let crowd = all.contains { Self.civilianSectors.contains($0.sector ?? "") }
                    || words.meets(.crowd)
                if state && crowd && !Self.isNonStateArmed(all) { return .init("Riots", "Violent demonstration") }
                return .init("Battles", "Armed clash")
            }
            if let e = explosive() { return e }
            if words.meets(.airstrike) && srcArmed {
                return .init(Self.remote, "Air/drone strike")
            }
            if words.meets(.naval) && srcArmed && !tgtArmed {
                return .init(Self.remote, "Shelling/artillery/missile attack")
            }
            if words.meets(.shell) && srcArmed && !tgtArmed {
                return .init(Self.remote, "Shelling/artillery/missile attack")
            }
            if mutual {
                // "Clashes between police and protesters" are riots; clashes between armed sides or communities
                // are battles, whoever the parse found as source and target.
                if protestContext || (source + target).contains(where: { Self.isProtester($0) }) {
                    return .init("Riots", "Violent demonstration")
                }
                return .init("Battles", "Armed clash")
            }
            if mob || Self.lynchWords.contains(trigger) {
                return .init("Riots", "Mob violence")
            }
            if srcCivil && source.contains(where: { ["CVL", "OPP"].contains($0.sector ?? "") && Self.isProtester($0) }) {
                return .init("Riots", "Mob violence")
            }
            // Crowds punishing a suspected thief or witch, angry residents, partisans fighting at the polls.
            if srcCivil && words.meets(.mobJustice) { return .init("Riots", "Mob violence") }
            let electoral = words.meets(.election)
            // (but partisans beating or killing people "during post-election violence", and that violence itself,
            // are attacks on civilians)
            let harm = code.hasPrefix("18") && !code.hasPrefix("180") && !code.hasPrefix("181") || code.hasPrefix("20")
            if electoral && srcCivil && !harm && trigger != "violence" { return .init("Riots", "Mob violence") }
            if electoral && source.isEmpty && (trigger == "violence" || trigger == "unrest") {
                return .init("Riots", "Violent demonstration")
            }
            if tgtArmed && (srcArmed || source.isEmpty) { return .init("Battles", "Armed clash") }
            // The other side is in the sentence but not in the parse: police against suspects and gang members,
            // militants against police posts, violence "between" two communities.
            if target.isEmpty && !source.isEmpty {
                let state = source.contains { ["COP", "MIL", "SPY"].contains($0.sector ?? "") }
                if state && words.meets(.armedOpponent) { return .init("Battles", "Armed clash") }
                if Self.isNonStateArmed(source) && words.meets(.security) {
                    return .init("Battles", "Armed clash")
                }
            }
            if trigger == "violence" && words.meets(.between) && words.meets(.communal) {
                return .init("Battles", "Armed clash")
            }
            if srcArmed && tgtArmed { return .init("Battles", "Armed clash") }
            if protestContext && source.contains(where: { $0.sector == "COP" || $0.sector == "MIL" }) {
                return .init("Protests", "Excessive force against protesters")
            }
            return .init("Violence against civilians", "Attack")
        }
        switch root {
        case "14":
            if code.hasPrefix("145") {
                if mob && !protestContext { return .init("Riots", "Mob violence") }
                return .init("Riots", "Violent demonstration")
            }
            if words.meets(.lethal) && source.allSatisfy({ !Self.isArmed($0) })
                && words.meets(.police)
            {
                return .init("Protests", "Excessive force against protesters")
            }
            // Blocking roads, burning tyres, throwing stones: a violent demonstration.
            if rioting || code.hasPrefix("144") && words.meets(.blockade) {
                return .init("Riots", "Violent demonstration")
            }
            if words.meets(.teargas) {
                return .init("Protests", "Protest with intervention")
            }
            return .init("Protests", "Peaceful protest")
        case "17":
            if code.hasPrefix("173") || code == "1721" { return .init(Self.strategic, "Arrests") }
            if code.hasPrefix("171") { return .init(Self.strategic, "Looting/property destruction") }
            if code.hasPrefix("175") {
                if protestContext || target.contains(where: { Self.isProtester($0) }) {
                    if words.meets(.kill) {
                        return .init("Protests", "Excessive force against protesters")
                    }
                    return .init("Protests", "Protest with intervention")
                }
                return attackOrClash()
            }
            if code.hasPrefix("174") || code.hasPrefix("172") { return .init(Self.strategic, "Other") }
            return nil
        case "18":
            if code.hasPrefix("181") { return .init("Violence against civilians", "Abduction/forced disappearance") }
            if code == "1821" { return .init("Violence against civilians", "Sexual violence") }
            if code.hasPrefix("183") {
                if code == "1831" || words.meets(.suicide) { return .init(Self.remote, "Suicide bomb") }
                if words.meets(.grenade) { return .init(Self.remote, "Grenade") }
                return .init(Self.remote, "Remote explosive/landmine/IED")
            }
            return attackOrClash()
        case "19":
            if code.hasPrefix("195") { return .init(Self.remote, "Air/drone strike") }
            if code.hasPrefix("194") {
                if let e = explosive(), e.subEventType != "Remote explosive/landmine/IED" { return e }
                return .init(Self.remote, "Shelling/artillery/missile attack")
            }
            if code.hasPrefix("192") {
                let state = source.contains { $0.sector == "MIL" || $0.sector == "GOV" || $0.sector == "COP" }
                return .init("Battles", state ? "Government regains territory" : "Non-state actor overtakes territory")
            }
            if code.hasPrefix("191") { return .init(Self.strategic, "Other") }
            return attackOrClash()
        case "20":
            return .init("Violence against civilians", "Attack")
        case "15":
            if words.meets(.base) && words.meets(.establish) {
                return .init(Self.strategic, "Headquarters or base established")
            }
            return .init(Self.strategic, "Change to group/activity")
        case "08":
            if code.hasPrefix("087") || code.hasPrefix("0871") {
                if words.meets(.agreement) { return .init(Self.strategic, "Agreement") }
                if words.meets(.withdraw) { return .init(Self.strategic, "Non-violent transfer of territory") }
            }
            if code.hasPrefix("0841") { return .init(Self.strategic, "Other") }
            return nil
        case "05", "03":
            if code == "057" || code.hasPrefix("03") && words.meets(.peace) {
                return .init(Self.strategic, "Agreement")
            }
            return nil
        default:
            if words.meets(.defuse) { return .init(Self.strategic, "Disrupted weapons use") }
            return nil
        }
    }

    static func isProtester(_ a: Actor) -> Bool {
        var n = a.name.lowercased()
        if n.hasSuffix("s") { n.removeLast() }
        return protesterWords.contains(n)
    }

    /// Triggers of two-sided fighting.
    static let mutualFightWords: WordSet = [
        "clash", "fighting", "fight", "battle", "skirmish", "shootout", "gunfight", "firefight", "gunbattle",
        "crossfire", "exchange", "confrontation", "engage", "combat", "hostility",
    ]
    static let navalWords: WordSet = ["ship", "warship", "gunboat", "navy", "naval", "vessel", "frigate", "destroyer"]
    static let mobJusticeWords: WordSet = [
        "angry", "irate", "witch", "witchcraft", "thief", "robber", "burglar", "criminal", "vigilante", "justice",
        "enraged", "furious",
    ]
    static let electionWords: WordSet = [
        "election", "post-election", "electoral", "poll", "polling", "campaign", "rally", "vote", "ballot",
        "nomination", "by-election", "primary", "primaries",
    ]
    static func isNonStateArmed(_ actors: [Actor]) -> Bool {
        actors.contains { a in
            guard let s = a.sector else { return false }
            return s.hasPrefix("REB") || s.hasPrefix("INS") || s == "UAF" || s.hasPrefix("SEP") || s == "CRM"
        }
    }

    static let crowdWords: WordSet = [
        "youth", "student", "trader", "resident", "squatter", "fisherman", "operator", "villager", "worker",
        "mechanic", "artisan", "supporter", "hawker", "vendor", "driver", "tout", "crowd",
    ]
    static let armedOpponentWords: WordSet = [
        "suspect", "gangster", "gang", "robber", "militant", "bandit", "raider", "fighter", "thug", "attacker",
        "gunman", "rustler", "insurgent", "rebel", "militia", "terrorist",
    ]
    static let securityWords: WordSet = [
        "police", "policeman", "officer", "soldier", "troop", "army", "military", "reservist", "patrol",
    ]
    static let communalWords: WordSet = ["ethnic", "clan", "community", "communal", "tribal", "tribe", "rival", "group"]
    static let lynchWords: WordSet = ["lynch", "lynching"]
    static let protestWords: WordSet = [
        "protest", "protester", "protestor", "demonstrator", "demonstration", "rioter", "march", "marcher", "picket",
    ]
    /// Words that make a protest a riot.
    static let riotWords: WordSet = [
        "riot", "rioting", "rioter", "rioters", "stone", "stoning", "rock", "loot", "looting", "vandalize",
        "vandalise", "vandalism", "barricade", "bonfire", "tyre", "tire", "petrol", "molotov", "violent", "smash",
        "rowdy", "unruly", "running", "pelt", "hurl", "rampage", "violently", "alight", "ablaze", "arson",
        "vandal", "forcibly", "riotous",
    ]
    static let blockadeWords: WordSet = ["road", "highway", "street", "route", "roadblock", "traffic", "barricade", "junction"]
    static let lethalWords: WordSet = ["kill", "dead", "death", "fatally", "bullet", "live"]

    // Word sets of the rules above, built once (a literal in the rule would be hashed into a new set per call).
    static let iedWords: WordSet = ["ied", "landmine", "mine", "roadside", "explosive", "bomb", "detonate", "booby", "car-bomb"]
    static let airstrikeWords: WordSet = ["airstrike", "warplane", "airplane", "plane", "jet", "drone", "uav", "quadcopter", "aircraft", "helicopter", "air", "aerial", "bombard", "bombardment"]
    static let shellWords: WordSet = ["shell", "shelling", "artillery", "mortar", "rocket", "missile", "tank", "projectile"]
    static let policeWords: WordSet = ["police", "officer", "soldier", "security", "gunfire", "bullet"]
    static let teargasWords: WordSet = ["teargas", "tear", "disperse", "baton", "arrest"]
    static let killWords: WordSet = ["kill", "shoot", "dead", "live", "bullet"]
    static let baseWords: WordSet = ["base", "headquarters", "camp", "outpost"]
    static let establishWords: WordSet = ["establish", "set", "build"]
    static let agreementWords: WordSet = ["ceasefire", "truce", "agreement", "deal"]
    static let withdrawWords: WordSet = ["withdraw", "handover", "hand"]
    static let peaceWords: WordSet = ["ceasefire", "truce", "peace"]
    static let defuseWords: WordSet = ["defuse", "intercept", "dismantle"]
    static let remote = "Explosions/Remote violence"
    static let strategic = "Strategic developments"

    /// An ethnic or communal group that acts with force is a militia; the same group on the receiving end is its
    /// people ("Pokot raiders kill two Samburu villagers"), unless the text calls them fighters.
    func isArmedTarget(_ a: Actor) -> Bool {
        guard Self.isArmed(a) else { return false }
        guard a.sector?.hasPrefix("ETH") == true else { return true }
        let text = a.name.lowercased()
        return Self.fighterWords.contains { text.contains($0) }
    }

    static let fighterWords = ["militia", "fighter", "raider", "warrior", "gunm", "bandit", "attacker", "youths"]

    /// Whether an actor is a civilian, protester or unarmed group.
    static func isCivilian(_ a: Actor) -> Bool { !isArmed(a) && !["GOV", "LEG", "JUD"].contains(a.sector ?? "") }

    static func isArmed(_ a: Actor) -> Bool {
        guard let s = a.sector else { return false }
        return Self.armedSectors.contains(s) || s.hasPrefix("MIL") || s.hasPrefix("REB") || s.hasPrefix("COP")
    }
}

/// The words (lemmas and forms) of a sentence as the crosswalk reads them: a bit for each of the crosswalk's
/// word groups (and the single words its rules ask for) that the sentence meets, so that a rule asks one bit
/// instead of hashing a group's words.
struct SentenceWords {
    /// The crosswalk's word groups.
    enum Group: Int, CaseIterable {
        case protest
        case riot
        case ied
        case crowd
        case airstrike
        case naval
        case shell
        case mobJustice
        case election
        case armedOpponent
        case security
        case communal
        case lethal
        case police
        case blockade
        case teargas
        case kill
        case base
        case establish
        case agreement
        case withdraw
        case peace
        case defuse
        // Single words.
        case mob
        case lynch
        case vigilante
        case suicide
        case grenade
        case between

        var words: WordSet {
            switch self {
            case .protest: AcledCrosswalk.protestWords
            case .riot: AcledCrosswalk.riotWords
            case .ied: AcledCrosswalk.iedWords
            case .crowd: AcledCrosswalk.crowdWords
            case .airstrike: AcledCrosswalk.airstrikeWords
            case .naval: AcledCrosswalk.navalWords
            case .shell: AcledCrosswalk.shellWords
            case .mobJustice: AcledCrosswalk.mobJusticeWords
            case .election: AcledCrosswalk.electionWords
            case .armedOpponent: AcledCrosswalk.armedOpponentWords
            case .security: AcledCrosswalk.securityWords
            case .communal: AcledCrosswalk.communalWords
            case .lethal: AcledCrosswalk.lethalWords
            case .police: AcledCrosswalk.policeWords
            case .blockade: AcledCrosswalk.blockadeWords
            case .teargas: AcledCrosswalk.teargasWords
            case .kill: AcledCrosswalk.killWords
            case .base: AcledCrosswalk.baseWords
            case .establish: AcledCrosswalk.establishWords
            case .agreement: AcledCrosswalk.agreementWords
            case .withdraw: AcledCrosswalk.withdrawWords
            case .peace: AcledCrosswalk.peaceWords
            case .defuse: AcledCrosswalk.defuseWords
            case .mob: ["mob"]
            case .lynch: ["lynch"]
            case .vigilante: ["vigilante"]
            case .suicide: ["suicide"]
            case .grenade: ["grenade"]
            case .between: ["between"]
            }
        }
    }

    /// Word → the groups it belongs to.
    static let groupsOfWord: WordTable<UInt64> = {
        var out: [String: UInt64] = [:]
        for g in Group.allCases {
            for w in g.words { out[w, default: 0] |= 1 << UInt64(g.rawValue) }
        }
        return WordTable(out.map { ($0.key, $0.value) })
    }()

    private(set) var groups: UInt64 = 0

    /// No words yet.
    init() {}

    /// The groups a set of words meets.
    init(_ words: Set<String>) {
        for w in words { add(w) }
    }

    /// Adds a word (adding one twice changes nothing).
    mutating func add(_ word: String) {
        if let m = Self.groupsOfWord[word] { groups |= m }
    }

    /// Whether the sentence has a word of the group (`!words.isDisjoint(with: group.words)`).
    func meets(_ group: Group) -> Bool { groups & (1 << UInt64(group.rawValue)) != 0 }
}

import Foundation
import Testing
@testable import FlashpointCore

@Suite struct EventLexiconTests {
    /// A small code set for fixtures.
    static let codes: Set<String> = ["010", "020", "0253", "030", "0356", "040", "111", "143", "173", "190", "193",
                                     "194", "195", "1823"]

    static func verbs(_ text: String) throws -> EventLexicon {
        try EventLexicon.parse(text, trigger: .verb, file: "verbs.tsv", validCodes: codes)
    }

    static func expectError(_ text: String, trigger: EventPattern.Trigger = .verb, location: String,
                            mentioning word: String) {
        do {
            _ = try EventLexicon.parse(text, trigger: trigger, file: trigger == .verb ? "verbs.tsv" : "nouns.tsv",
                                       validCodes: codes)
            Issue.record("expected an error at \(location)")
        } catch let error as FlashpointError {
            #expect(error.code == .invalidResource)
            #expect(error.location == location)
            #expect(error.message.contains(word), "message: \(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    // MARK: parsing

    @Test func parsesEveryRequirementKind() throws {
        let text = """
        # comment line

        194\tfire\tobj=rocket|mortar\t-\tRebels fired rockets.
        193\topen\tobj=fire\t-\tGuards opened fire.
        020\tcall\tprep=for\t-\tThey called for calm.
        0356\tagree\txcomp=withdraw|pull\t-\tThey agreed to withdraw.
        030\tpromise\txcomp=*\t-\tThey promised to help.
        195\tstrike\twith=warplane|drone\t-\tWarplanes struck a depot.
        143\tstrike\tsubj=teacher|nurse\t-\tTeachers struck.
        1823\thang\tpass\t-\tThe men were hanged.
        190\tdisperse\tactive\t-\tThe crowd dispersed.
        190\thit\tnot=storm|flood\t-\tRebels hit a convoy.
        193\tshoot\tobj=* with=gun not=camera pass\tobj,obl:at\tThe man was shot with a gun.
        """
        let lex = try Self.verbs(text)
        #expect(lex.count == 11)
        let fire = try #require(lex.patterns(forVerb: "fire").first)
        #expect(fire.code == "194")
        #expect(fire.trigger == .verb)
        #expect(fire.object == ["rocket", "mortar"])
        #expect(fire.origin == "verbs.tsv:3")
        #expect(fire.example == "Rebels fired rockets.")
        #expect(lex.patterns(forVerb: "open").first?.object == ["fire"])
        #expect(lex.patterns(forVerb: "call").first?.preposition == "for")
        #expect(lex.patterns(forVerb: "agree").first?.complement == ["withdraw", "pull"])
        #expect(lex.patterns(forVerb: "promise").first?.complement == Set<String>())
        let strikes = lex.patterns(forVerb: "strike")
        #expect(strikes.map(\.code) == ["195", "143"])
        #expect(strikes[0].keywords == ["warplane", "drone"])
        #expect(strikes[1].subject == ["teacher", "nurse"])
        #expect(lex.patterns(forVerb: "hang").first?.voice == .passive)
        #expect(lex.patterns(forVerb: "disperse").first?.voice == .active)
        let hit = try #require(lex.patterns(forVerb: "hit").first)
        #expect(hit.excluded == ["storm", "flood"])
        #expect(hit.specificity == 0)
        let shoot = try #require(lex.patterns(forVerb: "shoot").first)
        #expect(shoot.object == Set<String>())
        #expect(shoot.keywords == ["gun"])
        #expect(shoot.excluded == ["camera"])
        #expect(shoot.voice == .passive)
        #expect(shoot.specificity == 3)
        #expect(shoot.targets == ["obj", "obl:at"])
        #expect(shoot.requirementText == "obj=* with=gun pass not=camera")
        #expect(lex.patterns(forVerb: "unknown").isEmpty)
        #expect(lex.verbLemmas.contains("strike"))
    }

    @Test func fillsDefaultTargets() throws {
        let verbs = try Self.verbs("173\tarrest\t-\t-\tPolice arrested him.\n")
        #expect(verbs.patterns[0].targets == EventPattern.defaultVerbTargets)
        #expect(EventPattern.defaultVerbTargets.first == "obj")
        #expect(EventPattern.defaultVerbTargets.contains("nsubj:pass"))
        #expect(EventPattern.defaultVerbTargets.contains("obl:against"))
        let nouns = try EventLexicon.parse("173\tarrest\t-\t-\tThe arrest of the mayor.\n", trigger: .noun,
                                           file: "nouns.tsv", validCodes: Self.codes)
        #expect(nouns.patterns(forNoun: "arrest").first?.targets == EventPattern.defaultNounTargets)
        #expect(nouns.patterns(forVerb: "arrest").isEmpty)
        let made = EventPattern(code: "190", trigger: .noun, lemma: "raid")
        #expect(made.targets == EventPattern.defaultNounTargets)
    }

    @Test func acceptsCRLFAndBlankLines() throws {
        let lex = try Self.verbs("# head\r\n\r\n190\tattack\t-\t-\tRebels attacked.\r\n   \n")
        #expect(lex.count == 1)
        #expect(lex.patterns[0].example == "Rebels attacked.")
        #expect(lex.patterns[0].origin == "verbs.tsv:3")
    }

    @Test func trimsPaddedColumnsAndAByteOrderMark() throws {
        // Spaces, a no-break space (U+00A0) and an ideographic space (U+3000) around the columns are dropped.
        let lex = try Self.verbs("\u{FEFF}190 \t attack\u{00A0}\t - \t obj , obl:against \t\u{3000}Rebels attacked. \n")
        #expect(lex.count == 1)
        let p = lex.patterns[0]
        #expect(p.code == "190")
        #expect(p.lemma == "attack")
        #expect(p.targets == ["obj", "obl:against"])
        #expect(p.example == "Rebels attacked.")
    }

    @Test func acceptsNonASCIILemmasInLowerCase() throws {
        #expect(EventPattern.isWord("négocier"))
        #expect(EventPattern.isWord("o'clock-2"))
        #expect(!EventPattern.isWord("Négocier"))
        #expect(!EventPattern.isWord("négo cier"))
        #expect(!EventPattern.isWord("ÉLAN"))
        #expect(!EventPattern.isWord("a_b"))
        #expect(!EventPattern.isWord(""))
        let lex = try Self.verbs("190\tréprimer\twith=forcé|police\t-\tPolice réprimé.\n")
        #expect(lex.patterns[0].lemma == "réprimer")
        #expect(lex.patterns[0].keywords == ["forcé", "police"])
    }

    // MARK: ordering and merging

    @Test func ordersBySpecificityThenFileOrder() throws {
        let text = """
        190\tstrike\tnot=storm\t-\tForces struck.
        194\tstrike\twith=artillery\t-\tArtillery struck.
        195\tstrike\twith=warplane\t-\tWarplanes struck.
        195\tstrike\twith=drone subj=drone\t-\tA drone struck.
        """
        let lex = try Self.verbs(text)
        #expect(lex.patterns(forVerb: "strike").map(\.code) == ["195", "194", "195", "190"])
        #expect(lex.patterns(forVerb: "strike").map(\.specificity) == [2, 1, 1, 0])
        #expect(lex.patterns(forVerb: "strike")[1].keywords == ["artillery"])
    }

    @Test func mergeGivesOtherPatternsPriority() throws {
        let base = try Self.verbs("""
        190\tfire\t-\t-\tTroops fired.
        194\tfire\tobj=rocket|shell\t-\tRebels fired rockets.
        193\tfire\tobj=bullet\t-\tThey fired bullets.
        """)
        let user = try Self.verbs("""
        190\tfire\tobj=shell|rocket\t-\tUsers code rockets as 190.
        195\tfire\tobj=flare\t-\tA jet fired flares.
        """)
        let merged = base.merging(user)
        #expect(merged.count == 4)   // the user's rocket line replaces the built-in one
        let fire = merged.patterns(forVerb: "fire")
        #expect(fire.map(\.code) == ["190", "195", "193", "190"])
        #expect(fire[0].object == ["rocket", "shell"])
        #expect(fire[0].example == "Users code rockets as 190.")
        #expect(fire[3].specificity == 0)
        // The other direction keeps the built-in line.
        #expect(user.merging(base).patterns(forVerb: "fire").first?.code == "194")
    }

    // MARK: errors

    @Test func reportsWrongColumnCount() {
        Self.expectError("190\tattack\t-\t-\n", location: "verbs.tsv:1", mentioning: "5 tab-separated columns")
        Self.expectError("# c\n190\tattack\t-\t-\tA.\textra\n", location: "verbs.tsv:2", mentioning: "found 6")
    }

    @Test func reportsUnknownCode() {
        Self.expectError("190\tattack\t-\t-\tA.\n999\tattack\t-\t-\tB.\n", location: "verbs.tsv:2",
                         mentioning: "unknown CAMEO code '999'")
        Self.expectError("\tattack\t-\t-\tA.\n", location: "verbs.tsv:1", mentioning: "empty CAMEO code")
    }

    @Test func reportsBadLemmas() {
        Self.expectError("190\t\t-\t-\tA.\n", location: "verbs.tsv:1", mentioning: "empty lemma")
        Self.expectError("190\t-\t-\t-\tA.\n", location: "verbs.tsv:1", mentioning: "empty lemma")
        Self.expectError("190\tStrike\t-\t-\tA.\n", location: "verbs.tsv:1", mentioning: "lower-case")
        Self.expectError("190\tcarry out\t-\t-\tA.\n", location: "verbs.tsv:1", mentioning: "one lower-case word")
    }

    @Test func reportsBadRequirements() {
        Self.expectError("190\tattack\tweapon=gun\t-\tA.\n", location: "verbs.tsv:1",
                         mentioning: "unknown requirement 'weapon'")
        Self.expectError("190\tattack\tpassive\t-\tA.\n", location: "verbs.tsv:1", mentioning: "unknown requirement")
        Self.expectError("190\tattack\twith=gun with=rifle\t-\tA.\n", location: "verbs.tsv:1", mentioning: "twice")
        Self.expectError("190\tattack\tpass active\t-\tA.\n", location: "verbs.tsv:1", mentioning: "twice")
        Self.expectError("190\tattack\tobj=gun||rifle\t-\tA.\n", location: "verbs.tsv:1", mentioning: "bad value")
        Self.expectError("190\tattack\tobj=\t-\tA.\n", location: "verbs.tsv:1", mentioning: "bad value")
        Self.expectError("190\tattack\twith=*\t-\tA.\n", location: "verbs.tsv:1", mentioning: "not allowed")
        Self.expectError("190\tattack\tprep=on|at\t-\tA.\n", location: "verbs.tsv:1", mentioning: "one lower-case word")
        Self.expectError("190\traid\tobj=village\t-\tA.\n", trigger: .noun, location: "nouns.tsv:1",
                         mentioning: "verbs only")
        Self.expectError("190\traid\tpass\t-\tA.\n", trigger: .noun, location: "nouns.tsv:1", mentioning: "verbs only")
    }

    @Test func reportsBadTargets() {
        Self.expectError("190\tattack\t-\tobject\tA.\n", location: "verbs.tsv:1", mentioning: "unknown target slot")
        Self.expectError("190\tattack\t-\tobl:\tA.\n", location: "verbs.tsv:1", mentioning: "unknown target slot")
        Self.expectError("190\tattack\t-\tobj,,iobj\tA.\n", location: "verbs.tsv:1", mentioning: "unknown target slot")
    }

    // MARK: folders

    @Test func loadsUserFolderWithOneFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try EventLexicon.load(directory: dir, validCodes: Self.codes)
            Issue.record("an empty folder should fail")
        } catch let error as FlashpointError {
            #expect(error.code == .missingResource)
        }
        try "195\tairstrike\t-\t-\tAn airstrike hit the camp.\n"
            .write(to: dir.appendingPathComponent("nouns.tsv"), atomically: true, encoding: .utf8)
        let lex = try EventLexicon.load(directory: dir, validCodes: Self.codes)
        #expect(lex.count == 1)
        #expect(lex.patterns(forNoun: "airstrike").first?.origin == "nouns.tsv:1")
        try "190\tattack\tbogus\t-\tA.\n"
            .write(to: dir.appendingPathComponent("verbs.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: FlashpointError.self) { try EventLexicon.load(directory: dir, validCodes: Self.codes) }
    }

    // MARK: the built-in lexicon

    static func cameoCodes() throws -> Set<String> {
        let text = try String(contentsOf: FlashpointResources.url("events/cameo.tsv"), encoding: .utf8)
        var codes: Set<String> = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            if let first = line.split(separator: "\t").first, first.allSatisfy(\.isNumber) { codes.insert(String(first)) }
        }
        return codes
    }

    static let roots = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                        "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"]

    @Test func defaultLexiconCoversEveryRoot() throws {
        let lex = try EventLexicon.loadDefault(validCodes: Self.cameoCodes())
        let verbs = lex.patterns.filter { $0.trigger == .verb }
        let nouns = lex.patterns.filter { $0.trigger == .noun }
        #expect(verbs.count >= 500)
        #expect(nouns.count >= 150)
        for root in Self.roots {
            #expect(verbs.filter { $0.code.hasPrefix(root) }.count >= 5, "root \(root) verbs")
            #expect(nouns.contains { $0.code.hasPrefix(root) }, "root \(root) nouns")
        }
        for p in lex.patterns {
            #expect(!p.example.isEmpty, "\(p.origin) has no example")
        }
    }

    @Test func defaultLexiconCodesKeyLemmas() throws {
        let lex = try EventLexicon.loadDefault(validCodes: Self.cameoCodes())
        func fallback(_ lemma: String) -> String? {
            lex.patterns(forVerb: lemma).last { $0.specificity == 0 }?.code
        }
        func codes(_ lemma: String) -> Set<String> { Set(lex.patterns(forVerb: lemma).map(\.code)) }
        #expect(fallback("strike") == "190")
        #expect(codes("strike").isSuperset(of: ["195", "194", "143", "057"]))
        #expect(fallback("shell") == "194")
        #expect(fallback("clash") == "190")
        #expect(codes("clash").contains("145"))
        #expect(fallback("kill") == "1823")
        #expect(codes("kill").isSuperset(of: ["195", "194", "183", "202"]))
        #expect(fallback("arrest") == "173")
        #expect(fallback("protest") == "141")
        #expect(fallback("riot") == "145")
        #expect(fallback("condemn") == "111")
        #expect(fallback("meet") == "040")
        #expect(fallback("urge") == "020")
        #expect(fallback("demand") == "100")
        #expect(codes("demand").isSuperset(of: ["1053", "106", "107"]))
        #expect(fallback("agree") == "030")
        #expect(codes("agree").isSuperset(of: ["0356", "0353", "036", "019"]))
        #expect(lex.patterns(forVerb: "call").contains { $0.code == "0256" && $0.preposition == "for" })
        #expect(lex.patterns(forVerb: "open").contains { $0.code == "190" && $0.object == ["fire"] })
        #expect(lex.patterns(forNoun: "airstrike").first?.code == "195")
        #expect(lex.patterns(forNoun: "talk").contains { $0.code == "040" })
        #expect(lex.patterns(forNoun: "ceasefire").last?.code == "0871")
        #expect(lex.patterns(forNoun: "massacre").first?.code == "202")
    }
}

extension EventLexiconTests {
    /// The matcher reads a pattern's word requirements from `words`: they must follow every change of the public sets.
    @Test func compiledWordsFollowThePatternsSets() {
        var p = EventPattern(code: "190", trigger: .verb, lemma: "fire", object: ["rocket", "shell"])
        #expect(p.words.object?.contains("rocket") == true)
        #expect(p.words.keywords == nil)
        p.keywords = ["border"]
        p.excluded = ["employee"]
        p.object = nil
        #expect(p.words.keywords?.contains("border") == true)
        #expect(p.words.excluded?.contains("employee") == true)
        #expect(p.words.object == nil)
        p.subject = []
        p.complement = ["attack"]
        #expect(p.words.subject?.isEmpty == true)
        #expect(p.words.complement?.contains("attack") == true)
        // Equal sets built in another order make equal patterns.
        var q = EventPattern(code: "190", trigger: .verb, lemma: "fire")
        q.complement = Set(["attack"])
        q.subject = []
        q.excluded = ["employee"]
        q.keywords = Set(["border"])
        #expect(p == q)
        #expect(p.hashValue == q.hashValue)
    }
}

import Testing
@testable import FlashpointCore

@Suite struct ActorCombinationTests {
    typealias F = ActorFixture

    @Test func countryAdjectivePlusAgent() {
        let c = F.codes("Israeli forces and Lebanese authorities met Kenyan police , Palestinian militants and Israeli warplanes .")
        #expect(c["Israeli forces"] == "ISRMIL")
        #expect(c["Lebanese authorities"] == "LBNGOV")
        #expect(c["Kenyan police"] == "KENCOP")
        #expect(c["Palestinian militants"] == "PSEREB")
        #expect(c["Israeli warplanes"] == "ISRMIL")
    }

    @Test func namedStateForces() {
        let c = F.codes("The Israel Defense Forces said the IDF struck .")
        #expect(c["Israel Defense Forces"] == "ISRMIL")
        #expect(c["IDF"] == "ISRMIL")
    }

    @Test func agentOfOrInCountry() {
        let c = F.codes("Military Forces of Israel entered while police in Kenya and residents of Gaza watched .")
        #expect(c["Military Forces"] == "ISRMIL")
        #expect(c["police"] == "KENCOP")
        #expect(c["residents"] == "PSECVL")
        // The country stays a mention of its own.
        #expect(c["Israel"] == "ISR")
        #expect(c["Kenya"] == "KEN")
    }

    @Test func militaryAgentIsNotLocatedByIn() {
        let c = F.codes("Troops in Lebanon fired .")
        #expect(c["Troops"] == "MIL")
    }

    @Test func modifiersBetweenCountryAndAgent() {
        let c = F.codes("Israeli special forces and Lebanese security officials and Israeli occupation forces .")
        #expect(c["Israeli special forces"] == "ISRMIL")
        #expect(c["Lebanese security officials"] == "LBNCOP")
        #expect(c["Israeli occupation forces"] == "ISRMIL")
    }

    @Test func groupPlusAgentIsTheGroup() {
        let c = F.codes("Palestinian Islamic Jihad militants , Hamas militants , Pokot bandits , Pokot militia and al-Shabaab fighters .")
        #expect(c["Palestinian Islamic Jihad militants"] == "PSEREBPIJ")
        #expect(c["Hamas militants"] == "PSEREBHMS")
        #expect(c["Pokot bandits"] == "KENETHPKT")
        #expect(c["Pokot militia"] == "KENETHPKT")
        #expect(c["al-Shabaab fighters"] == "SOMINSSHB")
    }

    @Test func stateBodyPlusAgentTakesTheAgentSector() {
        #expect(F.codes("Palestinian Authority police arrested him .")["Palestinian Authority police"] == "PSECOP")
    }

    @Test func titlePlusPerson() {
        let ms = F.mentions("Prime Minister Benjamin Netanyahu met President Ruto and Israeli President Isaac Herzog .")
        let byCode = Dictionary(ms.map { ($0.actor.name, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byCode["Benjamin Netanyahu"]?.actor.code == "ISRGOV")
        #expect(byCode["Benjamin Netanyahu"]?.tokens.count == 4)
        #expect(byCode["Benjamin Netanyahu"]?.kind == .person)
        #expect(byCode["William Ruto"]?.actor.code == "KENGOV")
        #expect(byCode["Isaac Herzog"]?.tokens.count == 4)
        #expect(ms.count == 3)
    }

    @Test func bareAgentHasNoCountry() {
        let ms = F.mentions("Police said protesters clashed with gunmen as residents fled .")
        #expect(ms.map(\.actor.code) == ["COP", "OPP", "REB", "CVL"])
        #expect(ms.allSatisfy { $0.actor.country == nil && $0.kind == .agent })
        #expect(ms[1].actor.name == "protester")
    }

    @Test func bareTitlesWithCountry() {
        let c = F.codes("Lebanon's prime minister called the Israeli prime minister .")
        #expect(c["Lebanon 's prime minister"] == "LBNGOV")
        #expect(c["Israeli prime minister"] == "ISRGOV")
    }

    @Test func possessives() {
        let c = F.codes("Israel's military and Hezbollah's fighters and Netanyahu's government .")
        #expect(c["Israel 's military"] == "ISRMIL")
        #expect(c["Hezbollah 's fighters"] == "LBNREBHEZ")
        #expect(c["government"] == "ISRGOV")
    }

    @Test func nationalityAdjectiveInNonActorUseStillMatches() {
        let ms = F.mentions("An Israeli strike hit Lebanese territory .")
        #expect(ms.map(\.actor.code) == ["ISR", "LBN"])
        #expect(ms.allSatisfy { $0.kind == .country })
    }

    @Test func capitalsAreMarkedAndKept() {
        let ms = F.mentions("Washington and Nairobi responded as the Kremlin , the White House and the Pentagon spoke .")
        #expect(ms.map(\.actor.code) == ["USAGOV", "KENGOV", "RUSGOV", "USAGOV", "USAMIL"])
        #expect(ms.allSatisfy { $0.kind == .capital })
        #expect(F.codes("The Knesset voted .")["Knesset"] == "ISRLEG")
    }

    @Test func compoundsAreSeparateMentions() {
        let ms = F.mentions("The Israeli-Lebanese border was quiet .")
        #expect(ms.map(\.actor.code) == ["ISR", "LBN"])
        #expect(ms[0].tokens == ms[1].tokens)
    }

    @Test func entryNamesTheLines() {
        let m = F.mentions("Israeli forces advanced .")[0]
        #expect(m.entry.hasPrefix("countries.tsv:"))
        #expect(m.entry.contains(" Israel + agents.tsv:"))
        #expect(m.entry.hasSuffix(" forces"))
        #expect(m.head == 1)
    }
}

@Suite struct ActorCaseAndDateTests {
    typealias F = ActorFixture

    @Test func abbreviationNeedsCapitals() {
        #expect(F.codes("US troops crossed .")["US troops"] == "USAMIL")
        #expect(F.mentions("He told us nothing .").isEmpty)
        #expect(F.codes("U.S. officials said .")["U.S. officials"] == "USAGOV")
    }

    @Test func capitalisedNamesNeedCapitals() {
        #expect(F.mentions("They ate turkey .").isEmpty)
        #expect(F.codes("Turkey objected .")["Turkey"] == "TUR")
    }

    @Test func longestMatchWins() {
        let c = F.codes("South Sudan and Sudan , North Korea and the Indian Ocean .")
        #expect(c["South Sudan"] == "SSD")
        #expect(c["Sudan"] == "SDN")
        #expect(c["North Korea"] == "PRK")
        #expect(c["Indian"] == nil)
    }

    @Test func roleOnTheArticleDate() {
        #expect(F.mentions("Netanyahu spoke .", date: "2025-03-01")[0].actor.code == "ISRGOV")
        let old = F.mentions("Netanyahu spoke .", date: "2005-03-01")[0]
        #expect(old.actor.code == "ISRELI")
        #expect(old.actor.country == "ISR")
        #expect(old.actor.sector != "GOV")
        #expect(old.kind == .person)
    }

    @Test func sharedSurnameResolvedByDate() {
        // Both held roles in 2020 (president, army commander): the first listed wins.
        #expect(F.mentions("Aoun spoke .", date: "2020-01-01")[0].actor.name == "Michel Aoun")
        #expect(F.mentions("Aoun spoke .", date: "2025-03-01")[0].actor.name == "Joseph Aoun")
        #expect(F.mentions("Aoun spoke .", date: "2025-03-01")[0].actor.code == "LBNGOV")
        #expect(F.mentions("Aoun spoke .", date: "2024-01-01")[0].actor.code == "LBNMIL")
    }

    @Test func roleEndsOnItsDate() {
        #expect(F.mentions("Nasrallah spoke .", date: "2024-09-27")[0].actor.code == "LBNREBHEZ")
        #expect(F.mentions("Nasrallah spoke .", date: "2024-10-01")[0].actor.code == "LBNELI")
        #expect(F.mentions("Assad fled .", date: "2024-12-09")[0].actor.code == "SYRELI")
    }

    @Test func formerGivesElite() {
        let m = F.mentions("Former President Uhuru Kenyatta spoke .", date: "2025-01-01")[0]
        #expect(m.actor.code == "KENELI")
        #expect(m.tokens == 1..<4)
    }

    @Test func noDateUsesTheCurrentRole() {
        #expect(F.mentions("Netanyahu spoke .", date: nil)[0].actor.code == "ISRGOV")
    }

    @Test func diacriticsAreOptional() {
        #expect(F.codes("The Elysee said .")["Elysee"] == "FRAGOV")
        #expect(F.codes("The Élysée said .")["Élysée"] == "FRAGOV")
    }
}

@Suite struct ActorCoreferenceTests {
    typealias F = ActorFixture

    @Test func definiteGroupNounsReferToLastGroup() {
        let ms = F.mentions("Hamas fired rockets . The group said the movement and the militants would fight on .")
        #expect(ms.map(\.actor.code) == ["PSEREBHMS", "PSEREBHMS", "PSEREBHMS", "PSEREBHMS"])
        #expect(ms[1].entry.contains("coreference"))
        #expect(ms[1].entry.contains("Hamas"))
    }

    @Test func militiaRefersToLastGroup() {
        #expect(F.mentions("Pokot raiders struck . The militia fled .").last?.actor.code == "KENETHPKT")
    }

    @Test func stateForcesAreNotTheGroup() {
        let ms = F.mentions("Hezbollah fired . The IDF responded . The group vowed revenge .")
        #expect(ms.last?.actor.code == "LBNREBHEZ")
    }

    @Test func theArmyTakesTheLastMilitaryCountry() {
        let ms = F.mentions("Israeli troops crossed . The army said it fired .")
        #expect(ms.last?.actor.code == "ISRMIL")
        #expect(F.mentions("The army said it fired .").last?.actor.code == "MIL")
    }

    @Test func pronounsReferToLastPerson() {
        let ms = F.mentions("Ruto arrived . He said she was late .", date: "2025-01-01")
        #expect(ms.count == 3)
        #expect(ms[1].kind == .pronoun)
        #expect(ms[1].actor.code == "KENGOV")
        #expect(ms[1].entry.contains("William Ruto"))
        #expect(F.mentions("He said so .").isEmpty)
    }

    @Test func countryConstrainedGroupReference() {
        let ms = F.mentions("Hamas and Hezbollah fired . The Lebanese group said .")
        #expect(ms.last?.actor.code == "LBNREBHEZ")
    }

    @Test func withoutAGroupTheMilitantsStayBare() {
        #expect(F.mentions("The militants fled .").map(\.actor.code) == ["REB"])
    }
}

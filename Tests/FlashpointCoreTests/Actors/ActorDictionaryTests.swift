import Foundation
import Testing
@testable import FlashpointCore

@Suite struct ActorDictionaryTests {
    typealias F = ActorFixture

    func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("actor-dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func defaultsLoadWithEveryFile() throws {
        let d = try ActorDictionary.loadDefault()
        let forms = Set(d.entries.map(\.form))
        #expect(forms.isSuperset(of: [.country, .capital, .organization, .group, .person, .agent, .stop]))
        #expect(d.entries.filter { $0.form == .country }.count >= 249)
    }

    @Test func userFolderOverridesAndExtends() throws {
        let dir = try folder([
            "groups-local.tsv": "# local militias\nKENREBXYZ\tKapedo Defenders|Hamas\tKEN\tREB\n",
            "people.tsv": "Jane Wanjiru|Wanjiru\tKEN\tKENGOV 2024..\n",
            "countries.tsv": "-\tChad\n",
            "README.md": "ignored",
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let user = try ActorDictionary.load(directory: dir)
        let rec = ActorRecognizer(dictionary: try ActorDictionary.loadDefault().merging(user))
        let c = F.codes("Kapedo Defenders and Hamas met Governor Wanjiru in Chad and Israeli forces .", recognizer: rec)
        #expect(c["Kapedo Defenders"] == "KENREBXYZ")
        #expect(c["Hamas"] == "KENREBXYZ")  // overridden
        #expect(c["Governor Wanjiru"] == "KENGOV")  // added
        #expect(c["Chad"] == nil)  // removed
        #expect(c["Israeli forces"] == "ISRMIL")  // defaults kept
    }

    @Test func malformedLineNamesFileAndLine() throws {
        let dir = try folder(["groups.tsv": "# ok\nKENREBXYZ\tGood Group\n\nbad code\tSome Group\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = #expect(throws: FlashpointError.self) { try ActorDictionary.load(directory: dir) }
        #expect(error?.location == "groups.tsv:4")
        #expect(error?.code == .invalidResource)
    }

    @Test func badRoleDateIsReported() {
        let error = #expect(throws: FlashpointError.self) {
            try ActorDictionary.parse("A Person\tKEN\tKENGOV 2024-13..\n", file: "people.tsv")
        }
        #expect(error?.location == "people.tsv:1")
    }

    @Test func unknownAgentFlagAndFileKind() {
        #expect(throws: FlashpointError.self) { try ActorDictionary.parse("MIL\tsoldiers\tloud\n", file: "agents.tsv") }
        #expect(throws: FlashpointError.self) { try ActorDictionary.parse("X\ty\n", file: "misc.tsv") }
    }

    @Test func missingFolderThrows() {
        #expect(throws: FlashpointError.self) {
            try ActorDictionary.load(directory: URL(fileURLWithPath: "/nonexistent/actor-dicts"))
        }
    }

    @Test func codePartsAndDefaults() throws {
        let d = try ActorDictionary.parse("IGOUNOKFR\tBlue Force\t-\tMIL\nPSEREBHMS\tHamas\n", file: "groups.tsv")
        #expect(d.entries[0].actor.country == nil && d.entries[0].actor.sector == "MIL")
        #expect(d.entries[1].actor.country == "PSE" && d.entries[1].actor.sector == "REB")
    }

    @Test func commentsAndCapitalSectors() throws {
        let d = try ActorDictionary.parse("# test country\nZZZ\tZedland\tZedlander\tZed City|Zed Fort=MIL # a comment\n", file: "countries.tsv")
        let rec = ActorRecognizer(dictionary: d)
        let c = F.codes("Zedlander and Zed Fort and Zed City .", recognizer: rec)
        #expect(c["Zedlander"] == "ZZZ")
        #expect(F.codes("Kenyans and Israelis .")["Kenyans"] == "KEN")
        #expect(c["Zed Fort"] == "ZZZMIL")
        #expect(c["Zed City"] == "ZZZGOV")
    }
}

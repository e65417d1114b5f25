import Foundation
import Testing

/// Runs the real `flashpoint` binary as a user would, with inputs written by the tests.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        // The test bundle sits in the same build folder as the executable.
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("flashpoint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return here.appendingPathComponent("flashpoint")
    }

    static func run(_ args: [String], stdin: Data? = nil) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func tempDir() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("flashpoint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    static func jsonLines(_ s: String) -> [[String: Any]] {
        s.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func codesATextFileAsJSONLines() throws {
        let dir = try Self.tempDir()
        let file = dir.appendingPathComponent("report.txt")
        try "Israeli warplanes struck a building in Beirut on Tuesday, killing three people.".write(to: file, atomically: true, encoding: .utf8)
        let r = try Self.run(["code", file.path, "--date", "2025-11-20", "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let records = Self.jsonLines(r.stdout)
        let first = try #require(records.first)
        #expect(first["article_id"] as? String == "report")
        #expect(first["date"] as? String == "2025-11-18")
        #expect((first["cameo"] as? [String: Any])?["root"] as? String == "19")
        #expect(first["fatalities"] as? Int == 3)
        let actor = try #require((first["actor"] as? [[String: Any]])?.first)
        #expect(actor["code"] as? String == "ISRMIL")
        for key in ["id", "date_precision", "recipient", "plover", "acled", "modality", "location", "confidence", "text", "span"] {
            #expect(first.keys.contains(key), "record lacks \(key)")
        }
        // The same input gives the same ids.
        let again = try Self.run(["code", file.path, "--date", "2025-11-20", "--format", "jsonl"])
        #expect(Self.jsonLines(again.stdout).map { $0["id"] as? String } == records.map { $0["id"] as? String })
        // …and the same bytes, keys in a fixed order, so outputs can be diffed.
        #expect(again.stdout == r.stdout)
    }

    @Test func badLinesAreReportedAndTheRestIsCoded() throws {
        let dir = try Self.tempDir()
        let file = dir.appendingPathComponent("batch.jsonl")
        let lines = [
            #"{"id": "ok1", "date": "2025-11-20", "text": "Kenyan police arrested twelve protesters in Nairobi on Monday."}"#,
            #"{"id": "broken", "date": "2025-11-20", "text": "unterminated"#,
            #"{"id": "nodate", "text": "Israeli forces struck Gaza."}"#,
            #"{"id": "baddate", "date": "20/11/2025", "text": "Israeli forces struck Gaza."}"#,
            #"{"id": "ok2", "date": "2025-11-20", "text": "Hamas fighters clashed with Israeli troops in Gaza City."}"#,
        ]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try Self.run(["code", file.path, "--format", "jsonl"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("batch.jsonl:2"))
        #expect(r.stderr.contains("malformed JSON"))
        #expect(r.stderr.contains("batch.jsonl:3"))
        #expect(r.stderr.contains("batch.jsonl:4"))
        let ids = Set(Self.jsonLines(r.stdout).compactMap { $0["article_id"] as? String })
        #expect(ids == ["ok1", "ok2"])
    }

    @Test func badFilesAreNamedAndOthersStillCoded() throws {
        let dir = try Self.tempDir()
        let bad = dir.appendingPathComponent("latin1.txt")
        try Data([0x49, 0x73, 0x72, 0x61, 0x65, 0x6C, 0x20, 0xE9, 0xFF, 0x20]).write(to: bad)
        let binary = dir.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]).write(to: binary)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let good = dir.appendingPathComponent("good.txt")
        try "Lebanese authorities condemned the Israeli strike on Beirut.".write(to: good, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing.txt")
        let r = try Self.run(["code", bad.path, binary.path, empty.path, missing.path, good.path, "--date", "2025-11-24", "--format", "jsonl"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("latin1.txt: not valid UTF-8 (first bad byte at offset 7)"))
        #expect(r.stderr.contains("image.txt: looks like a binary file"))
        #expect(r.stderr.contains("empty.txt: empty input"))
        #expect(r.stderr.contains("missing.txt: no such file"))
        #expect(Self.jsonLines(r.stdout).contains { $0["article_id"] as? String == "good" })
    }

    @Test func textInputNeedsADate() throws {
        let r = try Self.run(["code", "-"], stdin: Data("Israeli forces struck Gaza.".utf8))
        #expect(r.status == 1)
        #expect(r.stderr.contains("<stdin>: no article date"))
        let bad = try Self.run(["code", "-", "--date", "2025-13-01"], stdin: Data("x".utf8))
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("2025-13-01"))
    }

    @Test func modalityAllShowsHypotheticalEvents() throws {
        let text = "Analysts warned that Israel could attack Lebanon if the talks fail."
        let asserted = try Self.run(["code", "-", "--date", "2025-11-24", "--format", "jsonl"], stdin: Data(text.utf8))
        #expect(asserted.status == 0)
        #expect(!Self.jsonLines(asserted.stdout).contains { ($0["cameo"] as? [String: Any])?["root"] as? String == "19" || ($0["cameo"] as? [String: Any])?["root"] as? String == "18" })
        let all = try Self.run(["code", "-", "--date", "2025-11-24", "--format", "jsonl", "--modality", "all"], stdin: Data(text.utf8))
        #expect(Self.jsonLines(all.stdout).contains { $0["modality"] as? String == "hypothetical" })
    }

    @Test func csvAndTableFormats() throws {
        let text = "Protesters demonstrated in Kisumu on Monday."
        let csv = try Self.run(["code", "-", "--date", "2016-06-07", "--format", "csv"], stdin: Data(text.utf8))
        #expect(csv.status == 0)
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("id,article_id,date,date_precision,actor") == true)
        #expect(rows.count >= 2)
        let table = try Self.run(["code", "-", "--date", "2016-06-07"], stdin: Data(text.utf8))
        #expect(table.stdout.contains("DATE"))
        #expect(table.stdout.contains("2016-06-06"))
    }

    @Test func explainShowsEveryLayer() throws {
        let r = try Self.run(["explain", "Israeli forces struck a Hamas compound in the Ayn al-Hilweh camp on Tuesday.", "--date", "2025-11-20"])
        #expect(r.status == 0, "\(r.stderr)")
        for section in ["-- tokens, tags and dependency tree", "-- actors", "-- dates", "-- events", "== records", "ISRMIL", "2025-11-18", "modality: asserted"] {
            #expect(r.stdout.contains(section), "explain output lacks \(section)")
        }
    }

    @Test func demoCodesTheBundledSamples() throws {
        let r = try Self.run(["demo", "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        let records = Self.jsonLines(r.stdout)
        #expect(Set(records.compactMap { $0["article_id"] as? String }).count == 3)
        #expect(records.contains { $0["modality"] as? String == "negated" })
    }
}

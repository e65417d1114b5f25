import Foundation
import Testing
@testable import FlashpointCore

@Suite struct BackgroundLoadTests {
    struct Failure: Error, Equatable { let file: String }

    @Test func handsBackTheValueLoadedOnTheOtherThread() throws {
        let load = BackgroundLoad { () -> (Int, Bool) in
            (Array(1...1000).reduce(0, +), Thread.isMainThread)
        }
        let (sum, onMain) = try load.value()
        #expect(sum == 500_500)
        #expect(!onMain)
    }

    @Test func rethrowsTheLoadersError() {
        let load = BackgroundLoad { () throws -> Int in throw Failure(file: "verbs.tsv") }
        #expect(throws: Failure(file: "verbs.tsv")) { try load.value() }
    }

    @Test func aBadPatternFolderStillFailsTheCoder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fp-bg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "190\tattack\tnosuch=1\t-\tA.\n".write(to: dir.appendingPathComponent("verbs.tsv"), atomically: true, encoding: .utf8)
        do {
            _ = try Coder(options: .init(patternDirectory: dir, geocode: false))
            Issue.record("expected the bad requirement to be reported")
        } catch let error as FlashpointError {
            #expect(error.location == "verbs.tsv:1")
            #expect(error.message.contains("nosuch"))
        }
    }
}

import Foundation

/// A tiny hand-written treebank used by the syntax tests.
enum SyntaxFixtures {
    /// Builds CoNLL-U lines from "word/TAG/head/rel" items (head 1-based, 0 = root).
    static func sentence(_ items: [String]) -> String {
        var lines: [String] = []
        for (i, item) in items.enumerated() {
            let p = item.split(separator: "/").map(String.init)
            let lemma = p.count > 4 ? p[4] : p[0].lowercased()
            lines.append("\(i + 1)\t\(p[0])\t\(lemma)\t\(p[1])\t_\t_\t\(p[2])\t\(p[3])\t_\t_")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    static let sentences: [[String]] = [
        ["Israeli/ADJ/2/amod", "forces/NOUN/3/nsubj/force", "struck/VERB/0/root/strike", "a/DET/5/det", "camp/NOUN/3/obj",
         "in/ADP/7/case", "Lebanon/PROPN/3/obl", "./PUNCT/3/punct"],
        ["Two/NUM/2/nummod", "members/NOUN/4/nsubj:pass/member", "were/AUX/4/aux:pass/be", "killed/VERB/0/root/kill", "./PUNCT/4/punct"],
        ["The/DET/2/det", "army/NOUN/3/nsubj", "attacked/VERB/0/root/attack", "the/DET/5/det", "village/NOUN/3/obj", "./PUNCT/3/punct"],
        ["Police/NOUN/2/nsubj", "arrested/VERB/0/root/arrest", "three/NUM/4/nummod", "men/NOUN/2/obj/man", "in/ADP/6/case",
         "Cairo/PROPN/2/obl", "./PUNCT/2/punct"],
        ["Rebels/NOUN/2/nsubj/rebel", "seized/VERB/0/root/seize", "the/DET/4/det", "town/NOUN/2/obj", "./PUNCT/2/punct"],
        ["Three/NUM/2/nummod", "soldiers/NOUN/4/nsubj:pass/soldier", "were/AUX/4/aux:pass/be", "wounded/VERB/0/root/wound",
         "./PUNCT/4/punct"],
        ["The/DET/2/det", "minister/NOUN/3/nsubj", "met/VERB/0/root/meet", "the/DET/5/det", "president/NOUN/3/obj", "in/ADP/7/case",
         "Paris/PROPN/3/obl", "./PUNCT/3/punct"],
        ["Troops/NOUN/2/nsubj/troop", "fired/VERB/0/root/fire", "at/ADP/4/case", "protesters/NOUN/2/obl/protester", "./PUNCT/2/punct"],
        ["The/DET/2/det", "government/NOUN/3/nsubj", "condemned/VERB/0/root/condemn", "the/DET/5/det", "attack/NOUN/3/obj",
         "./PUNCT/3/punct"],
        ["A/DET/2/det", "bomb/NOUN/3/nsubj", "exploded/VERB/0/root/explode", "in/ADP/6/case", "the/DET/6/det", "market/NOUN/3/obl",
         "./PUNCT/3/punct"],
        ["Four/NUM/2/nummod", "people/NOUN/4/nsubj:pass/person", "were/AUX/4/aux:pass/be", "arrested/VERB/0/root/arrest",
         "./PUNCT/4/punct"],
        ["Hezbollah/PROPN/2/nsubj", "fired/VERB/0/root/fire", "rockets/NOUN/2/obj/rocket", "at/ADP/5/case", "Israel/PROPN/2/obl",
         "./PUNCT/2/punct"],
    ]

    static var conllu: String { sentences.map(sentence).joined() }

    /// Writes the fixture as train, dev and test files into a fresh temporary folder.
    static func treebankFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("syntax-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for part in ["train", "dev", "test"] {
            try Data(conllu.utf8).write(to: dir.appendingPathComponent("tiny-ud-\(part).conllu"))
        }
        return dir
    }
}

import Foundation

/// One sentence of a CoNLL-U treebank, holding only the columns the syntax models use.
public struct CoNLLUSentence: Sendable, Hashable {
    /// Word forms (column 2).
    public var words: [String]
    /// Lemmas (column 3).
    public var lemmas: [String]
    /// Universal tags (column 4).
    public var tags: [UPOS]
    /// Head of each word as a 0-based index; -1 marks the root.
    public var heads: [Int]
    /// Dependency relations as written (column 8), subtypes included.
    public var relations: [String]
}

/// Reads CoNLL-U text: skips comments, multiword-token ranges ("1-2") and empty nodes ("1.1").
public enum CoNLLUReader {
    /// Reads a CoNLL-U file; malformed lines throw a `FlashpointError` naming `file:line`.
    public static func read(url: URL) throws -> [CoNLLUSentence] {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw FlashpointError(.missingResource, "cannot read treebank file", location: url.path)
        }
        return try parse(String(decoding: data, as: UTF8.self), fileName: url.lastPathComponent)
    }

    /// Parses CoNLL-U text; `fileName` is used in error locations.
    public static func parse(_ text: String, fileName: String = "<string>") throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [], lemmas: [], tags: [], heads: [], relations: [])
        var lineNumber = 0
        var sentenceStart = 0
        func finish() throws {
            guard !current.words.isEmpty else { return }
            let n = current.words.count
            for head in current.heads where head < -1 || head >= n {
                throw FlashpointError(.invalidInput, "head index \(head + 1) outside the sentence", location: "\(fileName):\(sentenceStart)")
            }
            sentences.append(current)
            current = CoNLLUSentence(words: [], lemmas: [], tags: [], heads: [], relations: [])
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { try finish(); continue }
            if line.first == "#" { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            let location = "\(fileName):\(lineNumber)"
            guard cols.count == 10 else {
                throw FlashpointError(.invalidInput, "expected 10 tab-separated columns, found \(cols.count)", location: location)
            }
            let id = cols[0]
            if id.contains("-") || id.contains(".") { continue }
            guard let index = Int(id), index == current.words.count + 1 else {
                throw FlashpointError(.invalidInput, "bad or out-of-order word id '\(id)'", location: location)
            }
            guard let tag = UPOS(name: String(cols[3])) else {
                throw FlashpointError(.invalidInput, "unknown UPOS tag '\(cols[3])'", location: location)
            }
            guard let head = Int(cols[6]), head >= 0 else {
                throw FlashpointError(.invalidInput, "bad head '\(cols[6])'", location: location)
            }
            if current.words.isEmpty { sentenceStart = lineNumber }
            current.words.append(String(cols[1]))
            current.lemmas.append(String(cols[2]))
            current.tags.append(tag)
            current.heads.append(head - 1)
            current.relations.append(String(cols[7]))
        }
        try finish()
        return sentences
    }

    /// Finds the file ending in `suffix` (e.g. "-train.conllu") inside a treebank folder.
    static func file(in directory: URL, suffix: String) throws -> URL {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard let name = names.sorted().first(where: { $0.hasSuffix(suffix) }) else {
            throw FlashpointError(.missingResource, "no *\(suffix) file in treebank folder", location: directory.path)
        }
        return directory.appendingPathComponent(name)
    }
}

/// The dependency relations the parser predicts: base relations plus a few informative subtypes.
enum RelationSet {
    /// Subtypes kept as they are; every other subtype is reduced to its base relation.
    static let keptSubtypes: Set<String> = [
        "nsubj:pass", "aux:pass", "obl:tmod", "obl:npmod", "obl:unmarked", "compound:prt",
        "acl:relcl", "nmod:poss", "csubj:pass",
    ]

    /// Maps a treebank relation onto the predicted inventory.
    static func reduce(_ relation: String) -> String {
        if keptSubtypes.contains(relation) { return relation }
        if let colon = relation.firstIndex(of: ":") { return String(relation[..<colon]) }
        return relation
    }
}

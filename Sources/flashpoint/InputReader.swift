import Foundation
import FlashpointCore

/// Reads articles from files or standard input: `.txt` is one article, `.jsonl` (or anything starting with `{`)
/// is one article a line. Problems are reported per file and line; the rest of the batch goes on.
struct InputReader {
    var defaultDate: Day?
    var maxArticleBytes: Int
    /// Problems found so far, as "file:line: message".
    private(set) var problems: [String] = []

    init(defaultDate: Day?, maxArticleBytes: Int) {
        self.defaultDate = defaultDate
        self.maxArticleBytes = maxArticleBytes
    }

    mutating func report(_ message: String) {
        problems.append(message)
        FileHandle.standardError.write(Data(("flashpoint: " + message + "\n").utf8))
    }

    /// Calls `body` with each article of each input, in order.
    mutating func read(_ inputs: [String], _ body: (Article) throws -> Void) rethrows {
        for input in inputs {
            let name = input == "-" ? "<stdin>" : input
            let data: Data
            if input == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir), !isDir.boolValue else {
                    report("\(name): no such file")
                    continue
                }
                guard let d = FileManager.default.contents(atPath: input) else {
                    report("\(name): cannot be read")
                    continue
                }
                data = d
            }
            guard let text = decode(data, name: name) else { continue }
            let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{FEFF}" }
            guard !trimmed.isEmpty else {
                report("\(name): empty input, no article to code")
                continue
            }
            let isLines = input.hasSuffix(".jsonl") || input.hasSuffix(".ndjson") || input.hasSuffix(".json")
                || (!input.hasSuffix(".txt") && trimmed.first == "{")
            if isLines {
                try readLines(text, name: name, body)
            } else {
                guard text.utf8.count <= maxArticleBytes else {
                    report("\(name): article is \(text.utf8.count / 1_000_000) MB, over the \(maxArticleBytes / 1_000_000) MB limit (raise it with --max-article-mb)")
                    continue
                }
                guard let date = defaultDate else {
                    report("\(name): no article date: give --date YYYY-MM-DD for text input")
                    continue
                }
                let id = input == "-" ? "stdin" : URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
                try body(Article(id: id, date: date, text: text))
            }
        }
    }

    private mutating func decode(_ data: Data, name: String) -> String? {
        if data.prefix(8192).contains(0) {
            report("\(name): looks like a binary file (NUL bytes), not text")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = Self.firstInvalidUTF8(data)
            report("\(name): not valid UTF-8 (first bad byte at offset \(offset))")
            return nil
        }
        return text
    }

    static func firstInvalidUTF8(_ data: Data) -> Int {
        var i = 0
        let bytes = [UInt8](data)
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            if b < 0x80 { len = 1 } else if b >> 5 == 0b110 { len = 2 } else if b >> 4 == 0b1110 { len = 3 } else if b >> 3 == 0b11110 { len = 4 } else { return i }
            if i + len > bytes.count { return i }
            for k in 1..<len where bytes[i + k] >> 6 != 0b10 { return i }
            i += len
        }
        return i
    }

    private mutating func readLines(_ text: String, name: String, _ body: (Article) throws -> Void) rethrows {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let where_ = "\(name):\(lineNumber)"
            if line.allSatisfy({ $0.isWhitespace }) { continue }
            guard line.utf8.count <= maxArticleBytes else {
                report("\(where_): article is over the \(maxArticleBytes / 1_000_000) MB limit (raise it with --max-article-mb)")
                continue
            }
            let object: [String: Any]
            do {
                guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    report("\(where_): expected a JSON object with id, date and text")
                    continue
                }
                object = o
            } catch {
                report("\(where_): malformed JSON (\(Self.shortError(error)))")
                continue
            }
            guard let body_ = object["text"] as? String else {
                report("\(where_): missing \"text\"")
                continue
            }
            let id: String
            if let s = object["id"] as? String { id = s } else if let n = object["id"] as? NSNumber { id = n.stringValue } else {
                report("\(where_): missing \"id\"")
                continue
            }
            var date = defaultDate
            if let d = object["date"] as? String {
                guard let parsed = Day(iso: String(d.prefix(10))) else {
                    report("\(where_): malformed date \"\(d)\" (expected YYYY-MM-DD)")
                    continue
                }
                date = parsed
            }
            guard let date else {
                report("\(where_): missing \"date\" (or give --date)")
                continue
            }
            try body(Article(id: id, date: date, text: body_, title: object["title"] as? String,
                url: object["url"] as? String, source: object["source"] as? String, country: object["country"] as? String))
        }
    }

    static func shortError(_ error: any Error) -> String {
        let text = "\(error)"
        if let r = text.range(of: "NSDebugDescription=") {
            return String(text[r.upperBound...].prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "}) "))
        }
        return String(text.prefix(80))
    }
}

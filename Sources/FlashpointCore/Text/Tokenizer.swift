/// Splits text into tokens following the Universal Dependencies English (EWT / Penn Treebank) conventions.
///
/// Punctuation is split off; clitics become their own tokens ("Hezbollah’s" → "Hezbollah" "’s",
/// "don't" → "do" "n't", "can't" → "ca" "n't", "cannot" → "can" "not"). Kept whole: known abbreviations
/// ("U.S.", "Gen.", "Sept.", "e.g."), initials ("J."), hyphenated words ("al-Hilweh", "2,000-strong",
/// "U.S.-backed"), apostrophe-internal names ("Sana'a", "Ma'alot"), numbers ("1,200", "3.5"), ordinals ("19th"),
/// dates and times ("26/12", "10:30", "2023-10-07"), URLs, e-mail addresses, @handles and #hashtags, "..." and "--".
///
/// A trailing apostrophe stays on a word ("Ash Shati'", "Qana'") when the word is capitalised, does not end in
/// "s" (that is a plural possessive: "soldiers'" → "soldiers" "'") and no single quote was opened earlier on the
/// same line (then the apostrophe closes that quote).
///
/// Offsets are Unicode-scalar offsets into the original text, which is never rewritten; the scan is one linear
/// pass over the UTF-8 bytes.
public struct Tokenizer: Sendable {
    /// Makes a tokenizer; it holds no state.
    public init() {}

    /// The tokens of `text`, in order. Never fails: any string gives a (possibly empty) token list.
    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { buf -> [Token] in
            var scanner = TokenScanner(buf)
            scanner.run()
            return scanner.tokens
        }
    }
}

/// The state of one tokenizer pass.
struct TokenScanner {
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    var tokens: [Token] = []
    /// Monotone byte → scalar offset conversion.
    var cursorByte = 0
    var cursorScalar = 0
    /// Whitespace seen since the previous token.
    var pendingSpace = false
    /// A single quote was opened on the current line and not closed yet.
    var openSingle = false
    /// Byte offset just past the previous token (to know whether the next one is attached to it).
    var lastEndByte = -1

    init(_ b: UnsafeBufferPointer<UInt8>) {
        self.b = b
        self.n = b.count
        tokens.reserveCapacity(n / 5 + 1)
    }

    // MARK: scalar access

    @inline(__always) func scalar(_ i: Int) -> (UInt32, Int) { ScalarScan.decode(b, i) }

    @inline(__always) func cls(at i: Int) -> ScalarClass {
        guard i < n else { return .space }
        return ScalarScan.classify(scalar(i).0)
    }

    @inline(__always) func isAlnum(at i: Int) -> Bool {
        let c = cls(at: i)
        return c == .letter || c == .digit
    }

    @inline(__always) func byte(_ i: Int) -> UInt8 { i < n ? b[i] : 0 }

    mutating func scalarOffset(_ byte: Int) -> Int {
        while cursorByte < byte {
            if b[cursorByte] & 0xC0 != 0x80 { cursorScalar += 1 }
            cursorByte += 1
        }
        return cursorScalar
    }

    /// Whether the previous token is a word or number that ends exactly at byte `i`.
    func attachedWord(at i: Int) -> Bool {
        guard lastEndByte == i, let last = tokens.last else { return false }
        return last.kind == .word || last.kind == .number
    }

    // MARK: emitting

    mutating func emit(_ a: Int, _ e: Int, _ kind: Token.Kind) {
        guard e > a else { return }
        let start = scalarOffset(a)
        let end = scalarOffset(e)
        let raw = UnsafeBufferPointer(rebasing: b[a..<e])
        let text = String(decoding: raw, as: UTF8.self)
        var ascii = true
        var plain = true
        for u in raw {
            if u >= 0x80 { ascii = false; break }
            if (u >= 0x41 && u <= 0x5A) || u == 0x60 { plain = false }
        }
        let norm: String
        if ascii && plain {
            norm = text
        } else if ascii {
            norm = String(unsafeUninitializedCapacity: raw.count) { out in
                for k in 0..<raw.count {
                    let u = raw[k]
                    out[k] = (u >= 0x41 && u <= 0x5A) ? u + 32 : (u == 0x60 ? 0x27 : u)
                }
                return raw.count
            }
        } else {
            norm = TextNormalizer.norm(Substring(text))
        }
        tokens.append(Token(text: text, norm: norm, start: start, end: end, kind: kind, spaceBefore: pendingSpace))
        pendingSpace = false
        lastEndByte = e
    }

    // MARK: main loop

    mutating func run() {
        var i = 0
        while i < n {
            let (u, len) = scalar(i)
            switch ScalarScan.classify(u) {
            case .space:
                if ScalarScan.isNewline(u) { openSingle = false }
                pendingSpace = true
                i += len
            case .joiner:
                i += len
            case .letter, .digit:
                i = scanWordStart(i, u)
            case .apostrophe:
                i = scanApostrophe(i, u, len)
            case .hyphen:
                var e = i + len
                if u == 0x2D { while byte(e) == 0x2D { e += 1 } }
                emit(i, e, .punctuation)
                i = e
            case .other:
                i = scanOther(i, u, len)
            }
        }
    }

    /// Length in bytes of a clitic (`s re ve ll d m`, any case) starting at `i` (just after an apostrophe),
    /// or 0 when the letters there are not a whole clitic.
    func cliticLength(at i: Int) -> Int {
        var e = i
        while e < n, e - i < 3 {
            let c = b[e] | 0x20
            guard c >= 0x61 && c <= 0x7A else { break }
            e += 1
        }
        guard e > i, cls(at: e) != .letter, cls(at: e) != .digit else { return 0 }
        var key = 0
        for k in i..<e { key = key << 8 | Int(b[k] | 0x20) }
        switch key {
        case 0x73, 0x64, 0x6D, 0x7265, 0x7665, 0x6C6C: return e - i  // s d m re ve ll
        default: return 0
        }
    }

    /// Whether "n't" (any case, any apostrophe) starts at byte `i`; returns its byte length or 0.
    func ntLength(at i: Int) -> Int {
        guard byte(i) | 0x20 == 0x6E else { return 0 }
        let (a, al) = i + 1 < n ? scalar(i + 1) : (0, 0)
        guard al > 0, ScalarScan.classify(a) == .apostrophe else { return 0 }
        let t = i + 1 + al
        guard byte(t) | 0x20 == 0x74, cls(at: t + 1) != .letter else { return 0 }
        return t + 1 - i
    }

    mutating func scanWordStart(_ i: Int, _ u: UInt32) -> Int {
        if attachedWord(at: i) {
            let nt = ntLength(at: i)
            if nt > 0 {
                emit(i, i + nt, .word)
                return i + nt
            }
        }
        if u == 0x68 || u == 0x48 || u == 0x77 || u == 0x57, let e = urlEnd(from: i) {
            emit(i, e, .word)
            return e
        }
        return scanWord(i, u)
    }

    mutating func scanApostrophe(_ i: Int, _ u: UInt32, _ len: Int) -> Int {
        let q = i + len
        if attachedWord(at: i) {
            let c = cliticLength(at: q)
            if c > 0 {
                emit(i, q + c, .word)
                return q + c
            }
            // A closing quote or a plural possessive.
            emit(i, q, .punctuation)
            openSingle = false
            return q
        }
        if cls(at: q) == .letter || cls(at: q) == .digit { openSingle = true }
        emit(i, q, .punctuation)
        return q
    }
}

/// Word, URL and punctuation scanning for ``TokenScanner``.
extension TokenScanner {
    /// What a word scan found, used to decide about a final period.
    struct WordShape {
        var end: Int
        var letters = 0
        var digits = 0
        var hasInnerDot = false
        var lastWasLetter = false
        var firstUpper = false
        var firstDigit = false
    }

    /// Scans the core of a word from `start`: letters, digits, marks and the joiners allowed between them.
    func scanCore(_ start: Int, _ shape: inout WordShape) {
        var p = start
        var segLen = 0
        var lastU: UInt32 = 0
        var lastLetterStart = start
        var lastWasDigit = false
        var lastWasLetter = false
        var email = false
        loop: while p < n {
            let (u, l) = scalar(p)
            switch ScalarScan.classify(u) {
            case .letter:
                lastWasLetter = true
                lastWasDigit = false
                lastU = u
                lastLetterStart = p
                segLen += 1
                shape.letters += 1
                p += l
                // The rest of a run of ASCII letters, without decoding and classifying each byte.
                while p < n, (b[p] | 0x20) &- 0x61 < 26 {
                    lastU = UInt32(b[p])
                    lastLetterStart = p
                    segLen += 1
                    shape.letters += 1
                    p += 1
                }
            case .digit:
                lastWasDigit = true
                lastWasLetter = false
                segLen += 1
                shape.digits += 1
                p += l
            case .hyphen:
                guard (lastWasLetter || lastWasDigit), isAlnum(at: p + l) else { break loop }
                segLen = 0
                p += l
            case .joiner:
                guard cls(at: p + l) == .letter else { break loop }
                p += l
            case .apostrophe:
                let q = p + l
                let next = cls(at: q)
                guard lastWasLetter || lastWasDigit else { break loop }
                if next == .letter {
                    if cliticLength(at: q) > 0 { break loop }
                    if (lastU | 0x20) == 0x6E, byte(q) | 0x20 == 0x74, cls(at: q + 1) != .letter,
                        shape.letters > 1
                    {
                        p = lastLetterStart
                        shape.letters -= 1
                        break loop
                    }
                    segLen = 0
                    p = q
                } else {
                    if lastWasLetter, shape.firstUpper, (lastU | 0x20) != 0x73, !openSingle, shape.letters >= 2,
                        next != .digit
                    {
                        p = q
                    }
                    break loop
                }
            case .other:
                let next = cls(at: p + l)
                switch u {
                case 0x2E:  // .
                    if lastWasDigit && next == .digit {
                        p += 1
                        segLen = 0
                    } else if lastWasLetter && next == .letter {
                        if email {
                            p += 1
                            segLen = 0
                            continue loop
                        }
                        let (nextLen, lower, after) = segment(at: p + 1)
                        if segLen <= 2 && nextLen <= 2 && after != .letter {
                            shape.hasInnerDot = true
                        } else if !(lower && nextLen >= 2 && nextLen <= 6 && after != .letter && after != .digit) {
                            break loop
                        }
                        segLen = 0
                        p += 1
                    } else {
                        break loop
                    }
                case 0x2C:  // , thousands separator
                    guard lastWasDigit, cls(at: p + 1) == .digit, cls(at: p + 2) == .digit, cls(at: p + 3) == .digit,
                        cls(at: p + 4) != .digit
                    else { break loop }
                    p += 4
                    shape.digits += 3
                case 0x3A, 0x2F:  // : and / between digits
                    guard lastWasDigit, next == .digit else { break loop }
                    p += 1
                case 0x26:  // & in AT&T
                    guard lastWasLetter, ScalarScan.isUpper(lastU), p + 1 < n, ScalarScan.isUpper(scalar(p + 1).0)
                    else { break loop }
                    p += 1
                case 0x40:  // @ in an e-mail address
                    guard !email, lastWasLetter || lastWasDigit, next == .letter || next == .digit else { break loop }
                    email = true
                    p += 1
                case 0x5F:  // _
                    guard next == .letter || next == .digit else { break loop }
                    p += 1
                default:
                    break loop
                }
            case .space:
                break loop
            }
        }
        shape.end = p
        shape.lastWasLetter = p > start && cls(at: prevStart(p)) == .letter
    }

    /// Start byte of the scalar before byte `i`.
    func prevStart(_ i: Int) -> Int {
        var k = i - 1
        while k > 0 && b[k] & 0xC0 == 0x80 { k -= 1 }
        return max(k, 0)
    }

    /// The letter run starting at `i`: its length in scalars, whether it is all lower-case ASCII, and the class after it.
    func segment(at i: Int) -> (Int, Bool, ScalarClass) {
        var p = i
        var count = 0
        var lower = true
        while p < n {
            let (u, l) = scalar(p)
            guard ScalarScan.classify(u) == .letter else { break }
            if !(u >= 0x61 && u <= 0x7A) { lower = false }
            count += 1
            p += l
            if count > 8 { break }
        }
        return (count, lower, cls(at: p))
    }

    mutating func scanWord(_ i: Int, _ u: UInt32) -> Int {
        var shape = WordShape(end: i)
        shape.firstUpper = ScalarScan.isUpper(u)
        shape.firstDigit = ScalarScan.classify(u) == .digit
        scanCore(i, &shape)
        var p = shape.end
        // A final period that belongs to the word (abbreviation, initial, dotted acronym).
        if byte(p) == 0x2E && byte(p + 1) != 0x2E && shape.lastWasLetter {
            var keep = shape.hasInnerDot || (shape.letters == 1 && shape.digits == 0 && shape.firstUpper)
            if !keep && shape.digits == 0 && p - i <= 8 {
                let word = String(decoding: UnsafeBufferPointer(rebasing: b[i..<p]), as: UTF8.self)
                keep = Abbreviations.isKnown(word, nextIsDigit: nextNonSpaceIsDigit(p + 1))
            }
            if keep {
                p += 1
                // "U.S.-backed": continue through a hyphen.
                if cls(at: p) == .hyphen, byte(p) == 0x2D, isAlnum(at: p + 1) {
                    var more = WordShape(end: p + 1)
                    scanCore(p + 1, &more)
                    p = more.end
                }
            }
        }
        if p - i == 6, shape.letters == 6, isCannot(i) {
            emit(i, i + 3, .word)
            emit(i + 3, i + 6, .word)
            return p
        }
        emit(i, p, shape.firstDigit ? .number : .word)
        return p
    }

    func isCannot(_ i: Int) -> Bool {
        let w: [UInt8] = [0x63, 0x61, 0x6E, 0x6E, 0x6F, 0x74]
        for k in 0..<6 where b[i + k] | 0x20 != w[k] { return false }
        return true
    }

    func nextNonSpaceIsDigit(_ i: Int) -> Bool {
        var p = i
        while p < n, b[p] == 0x20 || b[p] == 0x09 { p += 1 }
        return cls(at: p) == .digit
    }

    /// The end of a URL starting at `i` ("http://", "https://", "www."), trailing punctuation excluded.
    func urlEnd(from i: Int) -> Int? {
        @inline(__always) func low(_ k: Int) -> UInt8 { byte(i + k) | 0x20 }
        let http = low(0) == 0x68 && low(1) == 0x74 && low(2) == 0x74 && low(3) == 0x70
            && ((byte(i + 4) == 0x3A && byte(i + 5) == 0x2F && byte(i + 6) == 0x2F)
                || (low(4) == 0x73 && byte(i + 5) == 0x3A && byte(i + 6) == 0x2F && byte(i + 7) == 0x2F))
        let www = low(0) == 0x77 && low(1) == 0x77 && low(2) == 0x77 && byte(i + 3) == 0x2E && isAlnum(at: i + 4)
        guard http || www else { return nil }
        var p = i
        while p < n {
            let (u, l) = scalar(p)
            if ScalarScan.classify(u) == .space || u == 0x22 || u == 0x201D || u == 0x3C || u == 0x3E { break }
            p += l
        }
        while p > i {
            let k = prevStart(p)
            let c = b[k]
            let isTrail = c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x29
                || c == 0x27 || c == 0x5D || (c >= 0x80 && ScalarScan.classify(scalar(k).0) != .letter)
            guard isTrail else { break }
            p = k
        }
        return p > i + 4 ? p : nil
    }

    mutating func scanOther(_ i: Int, _ u: UInt32, _ len: Int) -> Int {
        var e = i + len
        switch u {
        case 0x2E, 0x21, 0x3F:  // runs of . or of ! ?
            if u == 0x2E {
                while byte(e) == 0x2E { e += 1 }
            } else {
                while byte(e) == 0x21 || byte(e) == 0x3F { e += 1 }
            }
            emit(i, e, .punctuation)
        case 0x40, 0x23:  // @handle, #hashtag
            var p = e
            while p < n {
                let c = cls(at: p)
                guard c == .letter || c == .digit || byte(p) == 0x5F else { break }
                p += scalar(p).1
            }
            let startsWithLetter = cls(at: e) == .letter || byte(e) == 0x5F
            if p > e && !attachedWord(at: i) && (u == 0x40 || startsWithLetter) {
                emit(i, p, .word)
                e = p
            } else {
                emit(i, e, .symbol)
            }
        case 0x2018:
            openSingle = true
            emit(i, e, .punctuation)
        default:
            let kind = ScalarScan.otherKind(u)
            if kind == .symbol { e = clusterEnd(after: e, first: u) }
            emit(i, e, kind)
        }
        return e
    }

    /// Extends a symbol (emoji) over its modifiers, variation selectors, ZWJ sequences, keycaps and flag pairs.
    func clusterEnd(after start: Int, first: UInt32) -> Int {
        var p = start
        var regional = (0x1F1E6...0x1F1FF).contains(first) ? 1 : 0
        while p < n {
            let (u, l) = scalar(p)
            switch u {
            case 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x20E3, 0xE0020...0xE007F:
                p += l
            case 0x200D:
                guard p + l < n else { return p + l }
                p += l + scalar(p + l).1
            case 0x1F1E6...0x1F1FF where regional == 1:
                regional = 2
                p += l
            default:
                if u >= 0x300, let s = Unicode.Scalar(u),
                    s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark
                {
                    p += l
                } else {
                    return p
                }
            }
        }
        return p
    }
}

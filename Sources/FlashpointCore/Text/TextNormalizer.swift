import Foundation

/// Builds the ``Token/norm`` key: the form dictionaries and models look tokens up by.
///
/// The key is the token in Unicode NFC, lower-cased, with typographic apostrophes and quotes
/// (’ ‘ ‛ ʼ ´ ` “ ” „ ‟) unified to `'` and `"`, dashes (‐ ‑ ‒ – — −) unified to `-`, and soft hyphens and
/// zero-width spaces removed. Diacritics are kept ("Rafaḥ" stays "rafaḥ").
public enum TextNormalizer {
    /// The normalised lookup key of a piece of text.
    public static func norm(_ s: Substring) -> String {
        var ascii = true
        var plain = true
        for u in s.utf8 {
            if u >= 0x80 { ascii = false; break }
            if (u >= 0x41 && u <= 0x5A) || u == 0x60 { plain = false }
        }
        if ascii {
            if plain { return String(s) }
            var bytes = Array(s.utf8)
            for k in bytes.indices {
                let u = bytes[k]
                if u >= 0x41 && u <= 0x5A { bytes[k] = u + 32 } else if u == 0x60 { bytes[k] = 0x27 }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var view = String.UnicodeScalarView()
        var needsComposition = false
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x2019, 0x2018, 0x201B, 0x02BC, 0x00B4, 0x0060: view.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F: view.append("\"")
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: view.append("-")
            case 0x00AD, 0x200B, 0xFEFF: continue
            default:
                if scalar.value >= 0x300 { needsComposition = true }
                view.append(scalar)
            }
        }
        let lowered = String(view).lowercased()
        return needsComposition ? lowered.precomposedStringWithCanonicalMapping : lowered
    }

    /// Convenience for whole strings.
    public static func norm(_ s: String) -> String { norm(Substring(s)) }

    /// The same string as `s.lowercased()`, for a fraction of its cost on ASCII words: the tag rules lower every
    /// word of a sentence. An ASCII word without capitals is returned as it is and one with capitals has them
    /// mapped byte by byte (which is what the library does with ASCII); any other word is lowered by the library.
    static func lowercased(_ s: String) -> String {
        var s = s
        let (ascii, capitals) = s.withUTF8 { bytes -> (Bool, Bool) in
            var any: UInt8 = 0
            var capitals = false
            for u in bytes {
                any |= u
                if u &- 0x41 < 26 { capitals = true }
            }
            return (any < 0x80, capitals)
        }
        guard ascii else { return s.lowercased() }
        guard capitals else { return s }
        return s.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for k in bytes.indices {
                    let u = bytes[k]
                    out[k] = u &- 0x41 < 26 ? u | 0x20 : u
                }
                return bytes.count
            }
        }
    }
}

/// How the tokenizer sees one Unicode scalar.
enum ScalarClass: UInt8 {
    /// Whitespace, control and invisible formatting characters: they separate tokens.
    case space
    /// Letters and combining marks of any script.
    case letter
    /// Decimal digits of any script.
    case digit
    /// Apostrophes that may sit inside a word (' ’ ʼ).
    case apostrophe
    /// Hyphens that may join word parts (- ‐ ‑).
    case hyphen
    /// Invisible joiners that stay inside a word when a letter follows (soft hyphen, ZWNJ, ZWJ).
    case joiner
    /// Everything else: punctuation and symbols.
    case other
}

/// Low-level helpers over UTF-8 bytes shared by the tokenizer and the sentence splitter.
enum ScalarScan {
    /// Decodes the scalar that starts at byte `i` (which must be a lead byte) and returns it with its byte length.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = b.count
        if b0 < 0xE0 {
            guard i + 1 < n else { return (0xFFFD, 1) }
            return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard i + 2 < n else { return (0xFFFD, n - i) }
            return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        guard i + 3 < n else { return (0xFFFD, n - i) }
        let v = ((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
            | (UInt32(b[i + 3]) & 0x3F)
        return (v, 4)
    }

    /// The class of a scalar value.
    @inline(__always)
    static func classify(_ u: UInt32) -> ScalarClass {
        if u < 0x80 {
            switch u {
            case 0x61...0x7A, 0x41...0x5A: return .letter
            case 0x30...0x39: return .digit
            case 0x27: return .apostrophe
            case 0x2D: return .hyphen
            case 0...0x20, 0x7F: return .space
            default: return .other
            }
        }
        return classifySlow(u)
    }

    static func classifySlow(_ u: UInt32) -> ScalarClass {
        switch u {
        case 0x80...0xA0, 0x1680, 0x2000...0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202F, 0x205F,
            0x2060, 0x2066...0x2069, 0x3000, 0xFEFF:
            return .space
        case 0x2019, 0x02BC: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0xAD, 0x200C, 0x200D: return .joiner
        // Fast paths for the commonest non-ASCII letters: Latin-1/Latin Extended, Hebrew, Arabic.
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x5D0...0x5EA, 0x620...0x65F, 0x671...0x6D3: return .letter
        case 0x660...0x669, 0x6F0...0x6F9: return .digit
        default:
            guard let scalar = Unicode.Scalar(u) else { return .other }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .nonspacingMark, .spacingMark, .enclosingMark, .letterNumber:
                return .letter
            case .decimalNumber: return .digit
            default: return .other
            }
        }
    }

    /// Whether a scalar ends a line.
    @inline(__always)
    static func isNewline(_ u: UInt32) -> Bool { u == 0x0A || u == 0x0D || u == 0x85 || u == 0x2028 || u == 0x2029 }

    /// Whether a scalar is an upper-case letter (ASCII fast path).
    @inline(__always)
    static func isUpper(_ u: UInt32) -> Bool {
        if u < 0x80 { return u >= 0x41 && u <= 0x5A }
        guard let s = Unicode.Scalar(u) else { return false }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    /// Whether a scalar is a letter with no case (Arabic, Hebrew, CJK…), which may start a sentence like a capital.
    static func isUncasedLetter(_ u: UInt32) -> Bool {
        guard u >= 0x80, let s = Unicode.Scalar(u) else { return false }
        return s.properties.generalCategory == .otherLetter
    }

    /// The token kind of a punctuation or symbol scalar.
    static func otherKind(_ u: UInt32) -> Token.Kind {
        if u < 0x80 {
            switch u {
            case 0x24, 0x25, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x7C, 0x7E, 0x23, 0x40, 0x26: return .symbol
            default: return .punctuation
            }
        }
        if u == 0x2030 || u == 0x2031 { return .symbol }
        guard let s = Unicode.Scalar(u) else { return .symbol }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return .punctuation
        default: return .symbol
        }
    }
}

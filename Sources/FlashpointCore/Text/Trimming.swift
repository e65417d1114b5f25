/// Leading and trailing white space removed by scanning Unicode scalars.
///
/// Foundation's `trimmingCharacters(in:)` bridges through `NSString` on Linux and cost about 100 000 instructions per
/// call when loading the event lexicon; this scan costs a few, and nothing at all for text that starts and ends with
/// a visible ASCII character. White space is the Unicode `White_Space` property: spaces of every width, tabs and the
/// line and paragraph separators.
extension Substring {
    func trimmingWhitespace() -> Substring {
        if let f = utf8.first, let l = utf8.last, f > 0x20, f < 0x80, l > 0x20, l < 0x80 { return self }
        var u = unicodeScalars[...]
        while let f = u.first, f.properties.isWhitespace { u.removeFirst() }
        while let l = u.last, l.properties.isWhitespace { u.removeLast() }
        return Substring(u)
    }
}

extension String {
    /// ``Substring/trimmingWhitespace()`` as a string (the string itself when there is nothing to remove).
    func trimmingWhitespace() -> String {
        let t = self[...].trimmingWhitespace()
        return t.utf8.count == utf8.count ? self : String(t)
    }
}

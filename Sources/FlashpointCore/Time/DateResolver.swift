/// Finds date expressions in tokens and resolves them against the article (publication) date.
///
/// News reports the past, so a date without a year or a bare weekday is the most recent one on or before the
/// article date; a month and day up to a week after the article date stay in the article's year (reports
/// written just before an announced date, or a dateline a day ahead). A weekday equal to the article's own
/// weekday means the article date itself ("on Tuesday" in a Tuesday article); "last Tuesday" then means a week
/// earlier. "the past week" and "the last month" are the span ending on the article date and take that date.
/// "overnight", "tonight" and "today" give the article date, "last night" and "yesterday" the day before.
/// "a week earlier" and "N days earlier" count back from the article date (the narrative date is not tracked).
/// Slash dates are read day first ("26/12", "26/12/2016"), or month first when only that reading is valid.
/// Numbers that are not dates ("2,000 people", "Resolution 1701", "a 5-year-old") are ignored: a bare number
/// counts as a year only in 1900–2100 and after a word such as "in", "since" or "the".
public struct DateResolver: Sendable {
    /// Makes a resolver; it holds no state.
    public init() {}

    /// A match before its preposition and lead words are attached.
    struct Match {
        var start: Int
        var end: Int
        var day: Day
        var precision: DatePrecision
        var rule: String
    }

    /// The date expressions in `tokens[range]`, in text order, without overlaps.
    public func find(in tokens: [Token], range: Range<Int>, articleDate: Day) -> [TimeExpression] {
        let lo = max(0, min(range.lowerBound, tokens.count))
        let hi = max(lo, min(range.upperBound, tokens.count))
        var out: [TimeExpression] = []
        var floor = lo
        var i = lo
        let scan = Scan(tokens: tokens, lo: lo, hi: hi, article: articleDate)
        while i < hi {
            guard var m = scan.match(at: i) else {
                i += 1
                continue
            }
            var relation = TimeExpression.Relation.at
            m.start = scan.extendLeft(m.start, floor: floor, relation: &relation)
            if let qualifier = scan.qualifier(before: i, from: m.start), m.precision == .month {
                m = scan.qualify(m, qualifier)
            }
            let text = Self.text(tokens, m.start..<m.end)
            out.append(TimeExpression(tokens: m.start..<m.end, day: m.day, precision: m.precision, text: text,
                rule: m.rule, relation: relation))
            floor = m.end
            i = m.end
        }
        return out
    }

    static func text(_ tokens: [Token], _ r: Range<Int>) -> String {
        var s = ""
        for k in r {
            if k > r.lowerBound && tokens[k].spaceBefore { s += " " }
            s += tokens[k].text
        }
        return s
    }
}

/// One resolver pass: the tokens, the bounds and the article date.
struct Scan {
    let tokens: [Token]
    let lo: Int
    let hi: Int
    let article: Day

    func norm(_ i: Int) -> String? { i >= lo && i < hi ? tokens[i].norm : nil }

    func isCapitalised(_ i: Int) -> Bool {
        guard let u = tokens[i].text.unicodeScalars.first else { return false }
        return ScalarScan.isUpper(u.value)
    }

    /// Whether a word holds a hyphen byte ("mid-March", "five-day"), read from its contiguous bytes: most words
    /// of a text are asked, and `contains` on the UTF-8 view walks it index by index.
    static func hasHyphen(_ w: String) -> Bool {
        w.utf8.withContiguousStorageIfAvailable { $0.contains(0x2D) } ?? w.utf8.contains(0x2D)
    }

    /// The first matcher that fits at token `i`.
    func match(at i: Int) -> DateResolver.Match? {
        let w = tokens[i].norm
        switch tokens[i].kind {
        case .number:
            return isoDate(at: i) ?? slashDate(at: i) ?? dayFirst(at: i) ?? yearAlone(at: i) ?? relativeCount(at: i)
        case .word:
            guard DateVocabulary.startWords.contains(w) || Self.hasHyphen(w) else { return nil }
            if let m = relativeWord(at: i, w) { return m }
            if let m = weekday(at: i, w) { return m }
            if let m = monthFirst(at: i) { return m }
            return relativeCount(at: i)
        default:
            return nil
        }
    }

    /// Attaches lead phrases and a preposition before `start` ("since the", "in the early hours of").
    func extendLeft(_ start: Int, floor: Int, relation: inout TimeExpression.Relation) -> Int {
        var s = start
        for phrase in DateVocabulary.leadPhrases where s - phrase.count >= floor {
            var ok = true
            for (k, word) in phrase.enumerated() where norm(s - phrase.count + k) != word {
                ok = false
                break
            }
            if ok {
                s -= phrase.count
                break
            }
        }
        if s - 1 >= floor, let w = norm(s - 1), let r = DateVocabulary.prepositions[w] {
            relation = r
            s -= 1
        } else if s - 2 >= floor, norm(s - 2) == "prior", norm(s - 1) == "to" {
            relation = .before
            s -= 2
        } else if s - 2 >= floor, norm(s - 2) == "up", norm(s - 1) == "to" {
            relation = .until
            s -= 2
        }
        return s
    }

    /// "early", "mid" or "late" directly before the core of a month expression.
    func qualifier(before core: Int, from start: Int) -> String? {
        guard core - 1 >= start, let w = norm(core - 1) else { return nil }
        return ["early", "mid", "late"].contains(w) ? w : nil
    }

    /// Moves a month expression's day to the 15th ("mid") or 21st ("late").
    func qualify(_ m: DateResolver.Match, _ q: String) -> DateResolver.Match {
        var m = m
        let d = q == "mid" ? 15 : q == "late" ? 21 : 1
        if let day = Day(year: m.day.year, month: m.day.month, day: d) {
            m.day = day
            m.rule += "; '\(q)' → day \(d)"
        }
        return m
    }

    // MARK: relative words

    func relativeWord(at i: Int, _ w: String) -> DateResolver.Match? {
        let a = article
        switch w {
        case "yesterday":
            return .init(start: i, end: extendDayPart(i + 1), day: a.adding(days: -1), precision: .day,
                rule: "'yesterday' → the day before the article date \(a)")
        case "today":
            return .init(start: i, end: i + 1, day: a, precision: .day, rule: "'today' → the article date \(a)")
        case "tonight", "overnight":
            return .init(start: i, end: i + 1, day: a, precision: .day, rule: "'\(w)' → the article date \(a)")
        case "last", "this", "next", "past":
            guard let n = norm(i + 1) else { return nil }
            return periodWord(at: i, w, n)
        default:
            return nil
        }
    }

    func periodWord(at i: Int, _ w: String, _ n: String) -> DateResolver.Match? {
        let a = article
        let step = w == "last" ? -1 : w == "next" ? 1 : 0
        if w == "past" && n != "week" && n != "month" && n != "year" { return nil }
        // "in the past week", "over the last month": the span that ends with the report, dated by it.
        if n == "week" || n == "month" || n == "year", w == "past" || (w == "last" && norm(i - 1) == "the" && norm(i + 2) != "of") {
            return .init(start: i, end: i + 2, day: a, precision: DateVocabulary.units[n] ?? .week,
                rule: "'\(w) \(n)' → the \(n) up to the article date \(a), dated by it")
        }
        switch n {
        case "night" where w == "last":
            return .init(start: i, end: i + 2, day: a.adding(days: -1), precision: .day,
                rule: "'last night' → the day before the article date \(a)")
        case "morning", "afternoon", "evening":
            guard w == "this" else { return nil }
            return .init(start: i, end: i + 2, day: a, precision: .day, rule: "'this \(n)' → the article date \(a)")
        case "week", "weekend":
            let monday = a.adding(days: -a.weekday + 7 * (w == "past" ? 0 : step))
            return .init(start: i, end: i + 2, day: monday, precision: .week,
                rule: "'\(w) \(n)' → week starting Monday \(monday) (article date \(a))")
        case "month":
            let m0 = a.year * 12 + (a.month - 1) + (w == "past" ? 0 : step)
            let d = Day(year: m0 / 12, month: m0 % 12 + 1, day: 1) ?? a
            return .init(start: i, end: i + 2, day: d, precision: .month,
                rule: "'\(w) month' → \(DateVocabulary.monthNames[d.month]) \(d.year) (article date \(a))")
        case "year":
            let y = a.year + (w == "past" ? 0 : step)
            let d = Day(year: y, month: 1, day: 1) ?? a
            return .init(start: i, end: i + 2, day: d, precision: .year,
                rule: "'\(w) year' → \(y) (article date \(a))")
        default:
            guard w != "past", let wd = DateVocabulary.weekdays[n], isCapitalised(i + 1) else { return nil }
            var back = (a.weekday - wd + 7) % 7
            if w == "last" && back == 0 { back = 7 }
            if w == "next" { back = -((wd - a.weekday + 7) % 7 == 0 ? 7 : (wd - a.weekday + 7) % 7) }
            let d = a.adding(days: -back)
            return .init(start: i, end: extendDayPart(i + 2), day: d, precision: .day,
                rule: "'\(w) \(DateVocabulary.weekdayNames[wd])' → \(d) (article date \(a), a \(DateVocabulary.weekdayNames[a.weekday]))")
        }
    }

    /// Extends over a part of the day after a date ("Tuesday night", "yesterday morning").
    func extendDayPart(_ e: Int) -> Int {
        if let w = norm(e), DateVocabulary.dayParts.contains(w) { return e + 1 }
        return e
    }

    /// "two days ago", "a week earlier", "3 months ago".
    func relativeCount(at i: Int) -> DateResolver.Match? {
        let w = tokens[i].norm
        guard let count = DateVocabulary.numberWords[w] ?? (tokens[i].kind == .number ? Int(w) : nil),
            count > 0, count < 400,
            let unitWord = norm(i + 1), let unit = DateVocabulary.units[unitWord],
            let tail = norm(i + 2), tail == "ago" || tail == "earlier" || tail == "before" || tail == "later"
        else { return nil }
        if tail == "before" || tail == "later" {
            // "two days before the vote" is relative to something else; only "N days later/before" at a
            // clause end is skipped too, as the reference point is not the article date.
            return nil
        }
        let a = article
        let rule = "'\(w) \(unitWord) \(tail)' → counted back from the article date \(a)"
        switch unit {
        case .day:
            return .init(start: i, end: i + 3, day: a.adding(days: -count), precision: .day, rule: rule)
        case .week:
            let d = a.adding(days: -7 * count)
            return .init(start: i, end: i + 3, day: d.adding(days: -d.weekday), precision: .week, rule: rule)
        case .month:
            let m0 = a.year * 12 + (a.month - 1) - count
            guard let d = Day(year: m0 / 12, month: m0 % 12 + 1, day: 1) else { return nil }
            return .init(start: i, end: i + 3, day: d, precision: .month, rule: rule)
        case .year:
            guard let d = Day(year: a.year - count, month: 1, day: 1) else { return nil }
            return .init(start: i, end: i + 3, day: d, precision: .year, rule: rule)
        }
    }

    /// "Tuesday", "late Tuesday", "Tuesday night", "Tuesday, November 18".
    func weekday(at i: Int, _ w: String) -> DateResolver.Match? {
        guard let wd = DateVocabulary.weekdays[w], isCapitalised(i) else { return nil }
        // A full date after the weekday wins: "Tuesday, November 18", "Tuesday 18 November".
        var k = i + 1
        if norm(k) == "," { k += 1 }
        if k < hi, let m = monthFirst(at: k) ?? (tokens[k].kind == .number ? dayFirst(at: k) : nil),
            m.precision == .day
        {
            return .init(start: i, end: m.end, day: m.day, precision: .day, rule: m.rule)
        }
        let a = article
        let back = (a.weekday - wd + 7) % 7
        let d = a.adding(days: -back)
        let how = back == 0 ? "the article date itself, also a \(DateVocabulary.weekdayNames[wd])"
            : "latest \(DateVocabulary.weekdayNames[wd]) on or before the article date \(a)"
        return .init(start: i, end: extendDayPart(i + 1), day: d, precision: .day,
            rule: "weekday '\(tokens[i].text)' → \(how)")
    }
}

/// Calendar-date matchers: ISO and slash dates, day-month, month-day, month and year expressions.
extension Scan {
    /// Words before a two-part slash date ("on the night of 26/12") that show it is a date, not a ratio.
    static let slashContext: WordSet = [
        "on", "of", "since", "until", "till", "by", "from", "between", "and", "to", "night", "dated", "before",
        "after", "morning", "evening", "afternoon", "date",
    ]

    /// How many days back a date without a year still counts as recent news.
    static let recentDays = 45

    /// Counted things after a number that show it is not a year ("in 2000 homes").
    static let countNouns: WordSet = [
        "people", "troops", "soldiers", "fighters", "homes", "houses", "families", "civilians", "children",
        "rockets", "missiles", "dollars", "residents", "refugees", "men", "women", "members", "times", "km",
        "kilometres", "kilometers", "meters", "metres", "tons", "tonnes", "%", "percent", "per", "cases",
        "deaths", "dead", "killed", "wounded", "injured", "units", "buildings", "displaced", "persons",
    ]

    /// A day of the month: "26", "19th", "1st", or the first day of a range "5-7".
    func dayNumber(_ i: Int) -> Int? {
        guard i >= lo, i < hi, tokens[i].kind == .number else { return nil }
        var digits = 0
        var value = 0
        var rest = Substring(tokens[i].norm)
        for u in rest.utf8 {
            guard u >= 0x30 && u <= 0x39 else { break }
            value = value * 10 + Int(u - 0x30)
            digits += 1
        }
        guard digits >= 1, digits <= 2, (1...31).contains(value) else { return nil }
        rest = rest.dropFirst(digits)
        switch rest {
        case "", "st", "nd", "rd", "th": return value
        default:
            // "5-7": a day range; take the first day.
            if rest.first == "-", let end = Int(rest.dropFirst()), (1...31).contains(end), end > value { return value }
            return nil
        }
    }

    /// A four-digit year between 1900 and 2100.
    func yearNumber(_ i: Int) -> Int? {
        guard i >= lo, i < hi, tokens[i].kind == .number else { return nil }
        let w = tokens[i].norm
        guard w.utf8.count == 4, let y = Int(w), (1900...2100).contains(y) else { return nil }
        return y
    }

    /// The month named at token `i` (capitalised), and whether it is a full name that may stand alone.
    func month(_ i: Int) -> (Int, Bool)? {
        guard i >= lo, i < hi, tokens[i].kind == .word, let m = DateVocabulary.months[tokens[i].norm],
            isCapitalised(i)
        else { return nil }
        return (m, DateVocabulary.fullMonthNames.contains(tokens[i].norm))
    }

    /// How many days after the article date a date without a year still falls in the article's year (a report
    /// filed a few days before the date it names, or a note dated at the start of what it tells).
    static let aheadDays = 7

    /// The most recent date with this month and day on or before the article date (allowing a week after it).
    func inferYear(month m: Int, day d: Int) -> Day? {
        var y = article.year
        if let c = Day(year: y, month: m, day: d), c.ordinal > article.ordinal + Self.aheadDays { y -= 1 }
        for back in 0..<8 {
            if let c = Day(year: y - back, month: m, day: d) { return c }
        }
        return nil
    }

    func inferred(_ m: Int, _ d: Int) -> (Day, String)? {
        guard let day = inferYear(month: m, day: d) else { return nil }
        let why = day.year == article.year ? "the article's year" : "the year before the article date"
        return (day, "no year: \(DateVocabulary.monthNames[m]) \(d) falls in \(why) (article date \(article))")
    }

    /// "2023-10-07".
    func isoDate(at i: Int) -> DateResolver.Match? {
        guard tokens[i].norm.utf8.count == 10, let d = Day(iso: tokens[i].norm) else { return nil }
        return .init(start: i, end: i + 1, day: d, precision: .day, rule: "ISO date \(d)")
    }

    /// "26/12/2016", "26/12" (day first; month first only when day first is impossible).
    func slashDate(at i: Int) -> DateResolver.Match? {
        let parts = tokens[i].norm.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 4 }),
            let a = Int(parts[0]), let b = Int(parts[1]), parts[0].utf8.count <= 2, parts[1].utf8.count <= 2
        else { return nil }
        var (d, m) = (a, b)
        var order = "day/month"
        if !(1...12).contains(m), (1...12).contains(a) {
            (d, m) = (b, a)
            order = "month/day"
        }
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        if parts.count == 3 {
            guard var y = Int(parts[2]) else { return nil }
            if parts[2].utf8.count == 2 { y += 2000 } else if parts[2].utf8.count != 4 { return nil }
            guard let day = Day(year: y, month: m, day: d) else { return nil }
            return .init(start: i, end: i + 1, day: day, precision: .day, rule: "\(order)/year date \(day)")
        }
        guard i == lo || (norm(i - 1).map { Self.slashContext.contains($0) } ?? false),
            var (day, why) = inferred(m, d)
        else { return nil }
        // Both readings valid ("06/08"): day first, unless only month first gives a recent date.
        if order == "day/month", d != m, (1...12).contains(d), let (other, otherWhy) = inferred(d, m) {
            let age = article.ordinal - day.ordinal
            let otherAge = article.ordinal - other.ordinal
            if age > Self.recentDays, otherAge <= Self.recentDays {
                (day, why) = (other, otherWhy)
                order = "month/day (the day/month reading is \(age) days old)"
            }
        }
        return .init(start: i, end: i + 1, day: day, precision: .day, rule: "\(order) date; \(why)")
    }

    /// A year after a month or day expression ending at `k`, optionally after a comma; returns it and the new end.
    func trailingYear(_ k: Int) -> (Int, Int)? {
        if let y = yearNumber(k) { return (y, k + 1) }
        if norm(k) == ",", let y = yearNumber(k + 1) { return (y, k + 2) }
        return nil
    }

    /// "26 July 2024", "7 October", "19th of November", "between 5 and 7 November", "5-7 November".
    func dayFirst(at i: Int) -> DateResolver.Match? {
        guard let d = dayNumber(i) else { return nil }
        var k = i + 1
        var range = false
        if norm(k) == "of" { k += 1 }
        if month(k) == nil, let w = norm(k), ["and", "to", "-", "–", "until", "till"].contains(w),
            let d2 = dayNumber(k + 1), d2 > d, month(k + 2) != nil
        {
            k += 2
            range = true
        }
        guard let (m, _) = month(k) else { return nil }
        let what = range ? "first day of a range" : "day-month"
        if let (y, end) = trailingYear(k + 1) {
            guard let day = Day(year: y, month: m, day: d) else { return nil }
            return .init(start: i, end: end, day: day, precision: .day, rule: "\(what) date \(day)")
        }
        guard let (day, why) = inferred(m, d) else { return nil }
        return .init(start: i, end: k + 1, day: day, precision: .day, rule: "\(what) date; \(why)")
    }

    /// "July 26, 2024", "Nov. 19", "November 19th", "March 2024", "in March", "mid-November", "mid-2024".
    func monthFirst(at i: Int) -> DateResolver.Match? {
        if let m = prefixed(at: i) { return m }
        guard let (m, full) = month(i) else { return nil }
        if let d = dayNumber(i + 1) {
            if let (y, end) = trailingYear(i + 2) {
                guard let day = Day(year: y, month: m, day: d) else { return nil }
                return .init(start: i, end: end, day: day, precision: .day, rule: "month-day date \(day)")
            }
            guard let (day, why) = inferred(m, d) else { return nil }
            return .init(start: i, end: i + 2, day: day, precision: .day, rule: "month-day date; \(why)")
        }
        // "March of 2013"
        if norm(i + 1) == "of", let y = yearNumber(i + 2), let day = Day(year: y, month: m, day: 1) {
            return .init(start: i, end: i + 3, day: day, precision: .month,
                rule: "month \(DateVocabulary.monthNames[m]) \(y)")
        }
        if let (y, end) = trailingYear(i + 1), let day = Day(year: y, month: m, day: 1) {
            return .init(start: i, end: end, day: day, precision: .month,
                rule: "month \(DateVocabulary.monthNames[m]) \(y)")
        }
        guard full, let before = norm(i - 1), DateVocabulary.contextWords.contains(before) else { return nil }
        let y = m > article.month ? article.year - 1 : article.year
        guard let day = Day(year: y, month: m, day: 1) else { return nil }
        return .init(start: i, end: i + 1, day: day, precision: .month,
            rule: "month '\(tokens[i].text)' → latest \(DateVocabulary.monthNames[m]) on or before the article month (\(y))")
    }

    /// One token "mid-November", "early-2024", "late-March".
    func prefixed(at i: Int) -> DateResolver.Match? {
        let w = tokens[i].norm
        // Bytes, not Characters: the prefix before the dash must be an ASCII word anyway.
        guard let dash = w.utf8.firstIndex(of: 0x2D) else { return nil }
        let q = w[..<dash]
        let rest = String(w[w.utf8.index(after: dash)...])
        guard q == "mid" || q == "early" || q == "late" else { return nil }
        let dayOf = q == "mid" ? 15 : q == "late" ? 21 : 1
        if let m = DateVocabulary.months[rest], DateVocabulary.fullMonthNames.contains(rest) {
            var y = m > article.month ? article.year - 1 : article.year
            var end = i + 1
            if let (yy, e) = trailingYear(i + 1) { (y, end) = (yy, e) }
            guard let day = Day(year: y, month: m, day: dayOf) else { return nil }
            return .init(start: i, end: end, day: day, precision: .month,
                rule: "'\(tokens[i].text)' → \(DateVocabulary.monthNames[m]) \(y), day \(dayOf) for '\(q)'")
        }
        if rest.utf8.count == 4, let y = Int(rest), (1900...2100).contains(y) {
            let month = q == "mid" ? 7 : q == "late" ? 10 : 1
            guard let day = Day(year: y, month: month, day: 1) else { return nil }
            return .init(start: i, end: i + 1, day: day, precision: .year,
                rule: "'\(tokens[i].text)' → year \(y), approximate day \(day)")
        }
        return nil
    }

    /// "in 2006", "since 2006", "since the 2006 war".
    func yearAlone(at i: Int) -> DateResolver.Match? {
        guard let y = yearNumber(i), let before = norm(i - 1), DateVocabulary.contextWords.contains(before),
            let day = Day(year: y, month: 1, day: 1)
        else { return nil }
        if let after = norm(i + 1), Self.countNouns.contains(after) { return nil }
        var end = i + 1
        if before == "the", let after = norm(i + 1), DateVocabulary.eventNouns.contains(after) { end = i + 2 }
        return .init(start: i, end: end, day: day, precision: .year, rule: "year \(y)")
    }
}

import Testing

@testable import FlashpointCore

@Suite struct DateResolverTests {
    /// Article date: Thursday 20 November 2025.
    let article = Day(year: 2025, month: 11, day: 20)!

    func find(_ text: String, on date: Day? = nil) -> [TimeExpression] {
        let toks = Tokenizer().tokenize(text)
        return DateResolver().find(in: toks, range: 0..<toks.count, articleDate: date ?? article)
    }

    /// The single expression in `text`; records an issue when there is not exactly one.
    func one(_ text: String, on date: Day? = nil) -> TimeExpression? {
        let found = find(text, on: date)
        #expect(found.count == 1, "\(text): \(found.map(\.text))")
        return found.first
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let matched: String
        let day: String
        let precision: DatePrecision
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        .init(text: "Jets struck on Tuesday.", matched: "on Tuesday", day: "2025-11-18", precision: .day),
        .init(text: "Tuesday night strikes", matched: "Tuesday night", day: "2025-11-18", precision: .day),
        .init(text: "It happened late Tuesday.", matched: "late Tuesday", day: "2025-11-18", precision: .day),
        .init(text: "on Tuesday, November 18, jets struck", matched: "on Tuesday, November 18", day: "2025-11-18", precision: .day),
        .init(text: "Gunmen attacked yesterday.", matched: "yesterday", day: "2025-11-19", precision: .day),
        .init(text: "Talks resume today.", matched: "today", day: "2025-11-20", precision: .day),
        .init(text: "Shelling began this morning.", matched: "this morning", day: "2025-11-20", precision: .day),
        .init(text: "They will vote tonight.", matched: "tonight", day: "2025-11-20", precision: .day),
        .init(text: "Rockets fell overnight.", matched: "overnight", day: "2025-11-20", precision: .day),
        .init(text: "A drone hit a car last night.", matched: "last night", day: "2025-11-19", precision: .day),
        .init(text: "Clashes erupted last week.", matched: "last week", day: "2025-11-10", precision: .week),
        .init(text: "Clashes erupted this week.", matched: "this week", day: "2025-11-17", precision: .week),
        .init(text: "It began earlier this month.", matched: "earlier this month", day: "2025-11-01", precision: .month),
        .init(text: "Aid fell this month.", matched: "this month", day: "2025-11-01", precision: .month),
        .init(text: "They met last month.", matched: "last month", day: "2025-10-01", precision: .month),
        .init(text: "They met last year.", matched: "last year", day: "2024-01-01", precision: .year),
        .init(text: "He died two days ago.", matched: "two days ago", day: "2025-11-18", precision: .day),
        .init(text: "He died three weeks ago.", matched: "three weeks ago", day: "2025-10-27", precision: .week),
        .init(text: "A strike a week earlier killed two.", matched: "a week earlier", day: "2025-11-10", precision: .week),
        .init(text: "It was signed on 26 July 2024.", matched: "on 26 July 2024", day: "2024-07-26", precision: .day),
        .init(text: "Signed 26 July 2024 in Doha.", matched: "26 July 2024", day: "2024-07-26", precision: .day),
        .init(text: "Signed July 26, 2024, in Doha.", matched: "July 26, 2024", day: "2024-07-26", precision: .day),
        .init(text: "Signed July 26 in Doha.", matched: "July 26", day: "2025-07-26", precision: .day),
        .init(text: "Signed Nov. 19 in Doha.", matched: "Nov. 19", day: "2025-11-19", precision: .day),
        .init(text: "Signed November 19th in Doha.", matched: "November 19th", day: "2025-11-19", precision: .day),
        .init(text: "Struck in the early hours of November 19.", matched: "in the early hours of November 19",
            day: "2025-11-19", precision: .day),
        .init(text: "Attacked on the night of 26/12 in Lamu.", matched: "on the night of 26/12", day: "2024-12-26",
            precision: .day),
        .init(text: "Attacked 26/12/2016 in Lamu.", matched: "26/12/2016", day: "2016-12-26", precision: .day),
        .init(text: "The war began 2023-10-07.", matched: "2023-10-07", day: "2023-10-07", precision: .day),
        .init(text: "On 31 March 2024, Israeli forces raided.", matched: "On 31 March 2024", day: "2024-03-31",
            precision: .day),
        .init(text: "Hamas attacked on 7 October.", matched: "on 7 October", day: "2025-10-07", precision: .day),
        .init(text: "Fighting resumed in March.", matched: "in March", day: "2025-03-01", precision: .month),
        .init(text: "Fighting resumed in March 2024.", matched: "in March 2024", day: "2024-03-01", precision: .month),
        .init(text: "The border was quiet in 2006.", matched: "in 2006", day: "2006-01-01", precision: .year),
        .init(text: "Talks ran between 5 and 7 November.", matched: "between 5 and 7 November", day: "2025-11-05",
            precision: .day),
        .init(text: "Talks ran 5-7 November.", matched: "5-7 November", day: "2025-11-05", precision: .day),
        .init(text: "Troops withdrew in mid-November.", matched: "in mid-November", day: "2025-11-15", precision: .month),
        .init(text: "Troops withdrew in late March.", matched: "in late March", day: "2025-03-21", precision: .month),
    ]

    @Test(arguments: cases) func pattern(_ c: Case) throws {
        let e = try #require(one(c.text))
        #expect(e.text == c.matched)
        #expect(e.day.description == c.day)
        #expect(e.precision == c.precision)
        #expect(!e.rule.isEmpty)
    }

    @Test func sinceRelation() throws {
        let war = try #require(one("Calm has held since the 2006 war ended."))
        #expect(war.text == "since the 2006 war")
        #expect(war.relation == .since)
        #expect(war.day == Day(year: 2006, month: 1, day: 1))
        #expect(war.precision == .year)
        let bare = try #require(one("Calm has held since 2006."))
        #expect(bare.relation == .since)
        #expect(try #require(one("Talks lasted until Tuesday.")).relation == .until)
        #expect(try #require(one("It ended before 7 October.")).relation == .before)
        #expect(try #require(one("It began after 7 October.")).relation == .after)
        #expect(try #require(one("They struck on Monday.")).relation == .at)
    }

    @Test func yearInferenceAcrossNewYear() throws {
        let jan3 = Day(year: 2025, month: 1, day: 3)!
        #expect(try #require(one("Jets struck on December 30.", on: jan3)).day == Day(year: 2024, month: 12, day: 30))
        #expect(try #require(one("Jets struck on 2 January.", on: jan3)).day == Day(year: 2025, month: 1, day: 2))
        // Up to a week after the article date stays in the same year.
        #expect(try #require(one("Talks open on 5 January.", on: jan3)).day == Day(year: 2025, month: 1, day: 5))
        #expect(try #require(one("Talks open on 10 January.", on: jan3)).day == Day(year: 2025, month: 1, day: 10))
        #expect(try #require(one("Talks open on 11 January.", on: jan3)).day == Day(year: 2024, month: 1, day: 11))
        #expect(try #require(one("It rained in December.", on: jan3)).day == Day(year: 2024, month: 12, day: 1))
        #expect(try #require(one("on the night of 31/12", on: jan3)).day == Day(year: 2024, month: 12, day: 31))
    }

    @Test func weekdayOnArticleWeekday() throws {
        // The article is a Thursday: "on Thursday" is the article date, "last Thursday" a week earlier.
        let same = try #require(one("Jets struck on Thursday."))
        #expect(same.day == article)
        #expect(try #require(one("Jets struck last Thursday.")).day == Day(year: 2025, month: 11, day: 13))
        #expect(try #require(one("Jets struck on Friday.")).day == Day(year: 2025, month: 11, day: 14))
        #expect(try #require(one("Jets struck on Sunday.")).day == Day(year: 2025, month: 11, day: 16))
    }

    @Test func nonDatesIgnored() {
        for text in [
            "About 2,000 people fled.", "Resolution 1701 was adopted.", "A 5-year-old was hurt.",
            "May God protect us.", "The march was peaceful.", "Forces killed 26 people.", "A 3/4 majority voted.",
            "Police said 2000 people gathered.", "They killed 1948 fighters.", "in 2000 homes", "sunday school",
            "Five days later they left.", "Two days before the vote.",
        ] {
            #expect(find(text).isEmpty, "\(text): \(find(text).map(\.text))")
        }
    }

    @Test func rangesAndTokenIndices() throws {
        let text = "Jets struck on Monday. Hamas attacked on 7 October 2023."
        let toks = Tokenizer().tokenize(text)
        let all = DateResolver().find(in: toks, range: 0..<toks.count, articleDate: article)
        #expect(all.map(\.text) == ["on Monday", "on 7 October 2023"])
        let second = try #require(all.last)
        #expect(toks[second.tokens].map(\.text) == ["on", "7", "October", "2023"])
        // Only the second sentence.
        let part = DateResolver().find(in: toks, range: 6..<toks.count, articleDate: article)
        #expect(part.map(\.text) == ["on 7 October 2023"])
        // Out-of-range bounds are clamped.
        #expect(DateResolver().find(in: toks, range: 0..<10_000, articleDate: article).count == 2)
        #expect(DateResolver().find(in: toks, range: 500..<600, articleDate: article).isEmpty)
    }

    @Test func emptyAndJunk() {
        #expect(DateResolver().find(in: [], range: 0..<0, articleDate: article).isEmpty)
        #expect(find("").isEmpty)
        #expect(find("31/02 on 31 February, 99/99/9999, 0 July, 32 March, last").isEmpty)
        #expect(find("on 29 February").first?.day == Day(year: 2024, month: 2, day: 29))
    }
}

extension DateResolverTests {
    /// The resolver skips words outside `DateVocabulary.startWords` at once: every family of opening words must be
    /// in it, or its dates would silently vanish.
    @Test(arguments: [
        "yesterday", "today", "tonight", "overnight", "last week", "this morning", "next Tuesday", "the past year",
        "on Friday", "in March 2013", "Sept. 9, 2014", "two days ago", "a week ago", "in mid-November", "late-2024",
    ])
    func everyOpeningWordFamilyIsAStartWord(_ phrase: String) {
        let found = find("Troops moved \(phrase) near the border.")
        #expect(found.count == 1, "\(phrase): \(found.map(\.text))")
    }

    /// The hyphen test on a word's bytes answers as `contains` on its UTF-8 view, for words with and without a
    /// hyphen, empty, long, non-ASCII and sliced from a longer string.
    @Test func hyphenTestReadsTheBytes() {
        let long = String(repeating: "x", count: 40)
        var words = ["", "-", "mid-March", "five-day", "March", "week", "\u{2010}", "é-à", "naïve", long, long + "-", "‐", "a\u{301}-"]
        words += "well-known and so on".split(separator: " ").map { String($0) }
        for w in words {
            #expect(Scan.hasHyphen(w) == w.utf8.contains(0x2D), "\(w)")
        }
        #expect(words.filter(Scan.hasHyphen).count == 7)
    }
}

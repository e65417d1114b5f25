/// The words date expressions are built from, keyed by ``Token/norm``.
enum DateVocabulary {
    /// Month names and abbreviations → month number. Three-letter forms without a period need an adjacent number.
    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
        "oct.": 10, "nov.": 11, "dec.": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// Full month names, which may stand alone ("in March"); the rest need a day or year next to them.
    static let fullMonthNames: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// English month names for rule texts.
    static let monthNames = [
        "", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Weekday names → 0 = Monday … 6 = Sunday.
    static let weekdays: WordTable<Int> = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// English weekday names for rule texts.
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Small counts written as words.
    static let numberWords: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30,
    ]

    /// Units of relative expressions ("two days ago").
    /// The words `Scan.relativeWord` opens an expression with.
    static let relativeWords: WordSet = ["yesterday", "today", "tonight", "overnight", "last", "this", "next", "past"]
    /// Every word a date expression can start with (relative words, weekdays, months, number words); a word
    /// outside it, unless it holds a dash ("mid-November"), starts none, and one look-up tells so.
    static let startWords: WordSet = relativeWords.union(weekdays.keys).union(months.keys).union(numberWords.keys)

    static let units: WordTable<DatePrecision> = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year,
    ]

    /// Parts of a day that may follow a weekday or "this" ("Tuesday night", "this morning").
    static let dayParts: WordSet = ["morning", "afternoon", "evening", "night", "overnight"]

    /// Prepositions before a date and the relation they give.
    static let prepositions: WordTable<TimeExpression.Relation> = [
        "on": .at, "in": .at, "at": .at, "by": .until, "during": .at, "from": .at, "between": .at,
        "since": .since, "until": .until, "till": .until, "before": .before, "after": .after,
    ]

    /// Word sequences that may sit between a preposition and a date ("in the early hours of November 19").
    static let leadPhrases: [[String]] = [
        ["the", "early", "hours", "of"], ["the", "early", "morning", "of"], ["the", "night", "of"],
        ["the", "morning", "of"], ["the", "evening", "of"], ["the", "afternoon", "of"], ["the", "weekend", "of"],
        ["the", "end", "of"], ["the", "beginning", "of"], ["the", "start", "of"], ["the", "middle", "of"],
        ["early"], ["late"], ["mid"], ["earlier"], ["later"], ["the"],
    ]

    /// Words before a bare month name or year that show it is a date ("in March", "since 2006").
    static let contextWords: WordSet = [
        "in", "on", "since", "until", "till", "by", "during", "from", "before", "after", "between", "and", "to",
        "of", "early", "late", "mid", "the", "last", "this", "next", "through", "throughout", "around", "as",
    ]

    /// Nouns that may follow "the 2006" and belong to the expression ("since the 2006 war").
    static let eventNouns: WordSet = [
        "war", "wars", "conflict", "election", "elections", "invasion", "attack", "attacks", "offensive",
        "ceasefire", "truce", "uprising", "revolution", "massacre", "agreement", "accord", "accords", "deal",
        "earthquake", "floods", "protests", "crisis", "campaign", "operation", "fighting", "clashes", "coup",
        "war's", "intifada", "referendum", "summit", "talks", "strikes", "bombing", "siege", "occupation",
    ]
}

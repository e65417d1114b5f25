/// How exactly a date expression pins down its date.
public enum DatePrecision: String, Sendable, Codable {
    /// A single day ("on Tuesday", "26 July 2024").
    case day
    /// A calendar week, Monday to Sunday ("last week", "three weeks ago").
    case week
    /// A calendar month ("in March", "earlier this month").
    case month
    /// A calendar year ("in 2006", "last year").
    case year
}

/// A date expression found in the text and resolved against the article date.
///
/// ``day`` is the first day of the period for coarser precisions (the Monday of a week, the 1st of a month,
/// 1 January of a year), except that "early"/"mid"/"late" before a month give the 1st, 15th and 21st, and
/// "mid-2024" gives 1 July.
public struct TimeExpression: Sendable, Hashable {
    /// How the event relates to the date: at it, since it, until it, before or after it.
    public enum Relation: String, Sendable, Hashable, Codable {
        /// The event happened at the date ("on Tuesday").
        case at
        /// The state has held since the date ("since 2006").
        case since
        /// Up to the date ("until March", "by Friday").
        case until
        /// Before the date ("before 7 October").
        case before
        /// After the date ("after the 2006 war").
        case after
    }

    /// Indices of the expression's tokens in the token array given to ``DateResolver/find(in:range:articleDate:)``.
    public var tokens: Range<Int>
    /// The resolved date (see the type's documentation for coarse precisions).
    public var day: Day
    /// How exactly ``day`` is known.
    public var precision: DatePrecision
    /// The matched words, with their original spacing.
    public var text: String
    /// Human-readable reasoning, e.g. "weekday 'Tuesday' → latest Tuesday on or before the article date 2025-11-20".
    public var rule: String
    /// The preposition's meaning ("since 2006" → `.since`); `.at` when there is none.
    public var relation: Relation

    /// Makes a time expression.
    public init(tokens: Range<Int>, day: Day, precision: DatePrecision, text: String, rule: String,
        relation: Relation = .at)
    {
        self.tokens = tokens
        self.day = day
        self.precision = precision
        self.text = text
        self.rule = rule
        self.relation = relation
    }
}

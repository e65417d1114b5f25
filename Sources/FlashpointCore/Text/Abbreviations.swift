/// Word lists the tokenizer and sentence splitter share: abbreviations that keep their final period,
/// and the words that typically open an English sentence.
enum Abbreviations {
    /// Titles and other abbreviations that never end a sentence (the next word belongs to them).
    /// Stored lower-cased without the final period.
    static let neverFinal: WordSet = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "st", "capt", "maj", "brig", "cpl", "pvt", "adm",
        "cmdr", "cdr", "gov", "sen", "rep", "rev", "prof", "pres", "supt", "insp", "hon", "no", "nos", "vs",
        "e.g", "i.e", "cf", "fig", "approx", "mt", "ft", "ave", "gens", "messrs", "sheikh", "lt.-gen", "lt.-col",
    ]

    /// Abbreviations that may end a sentence (then the next word must look like a sentence start).
    static let mayEnd: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "bros", "plc", "al", "est", "dept", "univ", "govt", "intl",
    ]

    /// Abbreviations written in lower case in running text (the rest must be capitalised to count).
    static let lowerCaseAllowed: WordSet = ["etc", "vs", "e.g", "i.e", "cf", "fig", "approx", "al", "no", "nos", "est"]

    /// Abbreviations that only keep their period when a number follows ("No. 5", "Nos. 3 and 4").
    static let needsNumber: WordSet = ["no", "nos"]

    /// Whether a word (as written, without its final period) is an abbreviation the tokenizer keeps the period on.
    static func isKnown(_ word: String, nextIsDigit: Bool) -> Bool {
        let key = TextNormalizer.lowercased(word)
        guard neverFinal.contains(key) || mayEnd.contains(key) else { return false }
        if needsNumber.contains(key) && !nextIsDigit { return false }
        if !lowerCaseAllowed.contains(key), let first = word.unicodeScalars.first, !ScalarScan.isUpper(first.value) {
            return false
        }
        return true
    }

    /// Capitalised words that commonly open a sentence: after an abbreviation that may end a sentence,
    /// one of these (lower-cased) means the sentence did end.
    static let sentenceStarters: WordSet = [
        "the", "it", "he", "she", "they", "we", "i", "you", "in", "on", "at", "a", "an", "this", "that", "these",
        "those", "but", "and", "however", "meanwhile", "his", "her", "their", "its", "our", "there", "after",
        "before", "according", "while", "when", "as", "if", "since", "during", "earlier", "later", "last",
        "no", "some", "many", "most", "one", "two", "three", "officials", "residents", "witnesses", "what", "why", "how", "who", "so", "yet", "also", "then",
        "both", "all", "each", "several", "other", "such", "for", "with", "from", "by", "to", "under", "despite",
    ]
}

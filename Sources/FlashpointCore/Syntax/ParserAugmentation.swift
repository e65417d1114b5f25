/// Synthetic training copies for the parser: news sentences often open with a date ("On 12 March 2015, police
/// shot …"), which the treebank rarely does, so some verb-rooted sentences are copied with such an opening.
enum ParserAugmentation {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Copies of every `every`-th verb-rooted sentence (counted in order) that open with "On D Month YYYY ,",
    /// attached as in the treebank: the day number is an `obl` of the root with "On" as its `case`, the month and
    /// year are its `nmod:unmarked`, the comma is `punct` of the root. Tags of the copy are the phrase's tags
    /// followed by the sentence's given (predicted) tags. Deterministic: day, month and year follow the count.
    static func datePhraseCopies(_ sentences: [CoNLLUSentence], tags: [[UPOS]],
                                 every: Int = 8) -> (sentences: [CoNLLUSentence], tags: [[UPOS]]) {
        var outSentences: [CoNLLUSentence] = []
        var outTags: [[UPOS]] = []
        var verbRooted = 0
        for (s, t) in zip(sentences, tags) {
            guard let root = s.heads.firstIndex(of: -1), s.tags[root] == .verb, s.heads.filter({ $0 == -1 }).count == 1
            else { continue }
            verbRooted += 1
            guard verbRooted % every == 0 else { continue }
            let k = verbRooted / every
            let day = String((k * 7) % 28 + 1), month = months[k % 12], year = String(1990 + (k * 5) % 33)
            let newRoot = root + 5
            var copy = s
            var first = s.words[0]
            if s.tags[0] != .propn && first != "I", let c = first.first, c.isUppercase {
                first = c.lowercased() + first.dropFirst()
            }
            copy.words = ["On", day, month, year, ","] + [first] + s.words.dropFirst()
            copy.lemmas = ["on", day, month, year, ","] + s.lemmas
            copy.tags = [.adp, .num, .propn, .num, .punct] + s.tags
            copy.heads = [1, newRoot, 1, 1, newRoot] + s.heads.map { $0 < 0 ? -1 : $0 + 5 }
            copy.relations = ["case", "obl", "nmod:unmarked", "nmod:unmarked", "punct"] + s.relations
            outSentences.append(copy)
            outTags.append([.adp, .num, .propn, .num, .punct] + t)
        }
        return (outSentences, outTags)
    }
}

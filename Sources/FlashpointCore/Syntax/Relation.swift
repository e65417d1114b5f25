/// A Universal Dependencies relation as the parser predicts it: the base relations plus the subtypes it keeps
/// (``RelationSet``). A one-byte value, so that the event rules, which compare relations many times per token,
/// compare integers instead of strings.
public enum Relation: String, Sendable, CaseIterable, CustomStringConvertible {
    case acl, aclRelcl = "acl:relcl", advcl, advmod, amod, appos, aux, auxPass = "aux:pass", case_ = "case", cc
    case ccomp, clf, compound, compoundPrt = "compound:prt", conj, cop, csubj, csubjPass = "csubj:pass", dep, det
    case discourse, dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nmodPoss = "nmod:poss"
    case nsubj, nsubjPass = "nsubj:pass", nummod, obj, obl, oblAgent = "obl:agent", oblNpmod = "obl:npmod"
    case oblTmod = "obl:tmod", oblUnmarked = "obl:unmarked", orphan, parataxis, punct, reparandum, root, vocative
    case xcomp

    /// The relation a name stands for; a subtype this inventory lacks falls back to its base relation, an unknown
    /// name to `dep` (a parser trained here only predicts names of the inventory).
    public init(name: String) {
        if let known = Relation(rawValue: name) {
            self = known
        } else if let colon = name.firstIndex(of: ":"), let base = Relation(rawValue: String(name[..<colon])) {
            self = base
        } else {
            self = .dep
        }
    }

    /// The UD name ("nsubj:pass").
    public var name: String { rawValue }
    public var description: String { rawValue }

    /// The relation without its subtype (`nsubj:pass` → `nsubj`).
    public var base: Relation {
        switch self {
        case .aclRelcl: .acl
        case .auxPass: .aux
        case .compoundPrt: .compound
        case .csubjPass: .csubj
        case .nmodPoss: .nmod
        case .nsubjPass: .nsubj
        case .oblAgent, .oblNpmod, .oblTmod, .oblUnmarked: .obl
        default: self
        }
    }
}

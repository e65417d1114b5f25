import Foundation
import Testing
@testable import FlashpointCore

@Suite struct RelationTests {
    @Test func everyLabelOfTheShippedParserIsARelationOfItsOwnName() throws {
        let model = try SyntaxModel.loadDefault()
        #expect(model.relations.count > 30)
        for name in model.relations {
            #expect(Relation(rawValue: name)?.name == name, "parser label \(name) has no relation of its own")
        }
    }

    @Test func namesOutsideTheInventoryFallBackToTheirBaseOrDep() {
        #expect(Relation(name: "nsubj:pass") == .nsubjPass)
        #expect(Relation(name: "obl:tmod") == .oblTmod)
        #expect(Relation(name: "nmod:unmarked") == .nmod)
        #expect(Relation(name: "det:predet") == .det)
        #expect(Relation(name: "flux") == .dep)
        #expect(Relation(name: "") == .dep)
    }

    @Test func baseDropsTheSubtype() {
        #expect(Relation.nsubjPass.base == .nsubj)
        #expect(Relation.oblAgent.base == .obl)
        #expect(Relation.aclRelcl.base == .acl)
        #expect(Relation.compoundPrt.base == .compound)
        #expect(Relation.obj.base == .obj)
        // Agrees with cutting the name at its colon, for every relation.
        for r in Relation.allCases {
            let cut = r.name.split(separator: ":").first.map(String.init) ?? r.name
            #expect(r.base.name == cut)
        }
    }

    @Test func targetSlotsSplitRelationAndCaseWord() {
        #expect(TargetSlot("obl:against") == TargetSlot(relation: .obl, suffix: "against"))
        #expect(TargetSlot("obj") == TargetSlot(relation: .obj, suffix: nil))
        #expect(TargetSlot("bogus:on").relation == nil)
        var p = EventPattern(code: "190", trigger: .verb, lemma: "strike")
        #expect(p.targetSlots.count == EventPattern.defaultVerbTargets.count)
        p.targets = ["nmod:on"]
        #expect(p.targetSlots == [TargetSlot(relation: .nmod, suffix: "on")])
    }
}

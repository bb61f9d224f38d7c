extension CrossLinks {
    /// Both directions of every relation, each list in the order of the records given.
    static func build(decisions: [Decision], exemplars: [Exemplar], stories: [Story]) -> CrossLinks {
        var links = CrossLinks()
        for decision in decisions {
            if let plan = decision.plan { links.decisionsOfPlan[plan.id, default: []].append(decision.id) }
        }
        for exemplar in exemplars {
            if let plan = exemplar.plan { links.exemplarsOfPlan[plan.id, default: []].append(exemplar.id) }
            if let decision = exemplar.decision { links.exemplarsOfDecision[decision.id, default: []].append(exemplar.id) }
        }
        for story in stories {
            for plan in story.plans { links.storiesOfPlan[plan.id, default: []].append(story.id) }
            for exemplar in story.exemplars { links.storiesOfExemplar[exemplar.id, default: []].append(story.id) }
        }
        return links
    }
}

/// The commendation decisions: the list by year, each decision with its awards as issued,
/// and the awards of one campaign.
extension PageBuilder {
    func honoursPage() -> Page {
        let cards = cards(on: .honours)
        let years = Dictionary(grouping: site.decisions, by: \.issued.year).sorted { $0.key > $1.key }
        return page(.honours, "honours", .init(title: "Khen thưởng", description: "Các quyết định khen thưởng và danh sách tập thể, cá nhân được khen thưởng."), [
            "years": years.map { year, decisions in
                ["year": String(year), "decisions": decisions.map(cards.decision),
                 "award_count": VietnameseNumber.integer(decisions.reduce(0) { $0 + $1.awards.count })] as ViewContext
            },
            "decision_count": VietnameseNumber.integer(site.decisions.count),
            "award_count": VietnameseNumber.integer(site.awardCount),
        ])
    }

    func decisionPage(_ decision: Decision) -> Page {
        let route = Route.decision(decision.id)
        let cards = cards(on: route)
        var content: ViewContext = [
            "number": decision.number, "title": decision.title, "issuer": decision.issuer,
            "issuer_upper": decision.issuer.uppercased(), "date": decision.issued.long,
            "awards": awardRows(decision.awards), "award_count": VietnameseNumber.integer(decision.awards.count),
            "table_id": "danh_sach", "caption": "Danh sách khen thưởng theo Quyết định số \(decision.number)",
        ]
        content["parent_issuer_upper"] = decision.parentIssuer?.uppercased()
        content["date_line"] = dateLine(place: decision.place, day: decision.issued, year: decision.issued.year)
        if let signer = decision.signer { content["signer"] = signerContext(signer) }
        if let plan = decision.plan.flatMap({ index.plans[$0.id] }) { content["plan"] = cards.plan(plan) }
        let exemplars = (site.links.exemplarsOfDecision[decision.id] ?? []).compactMap { index.exemplars[$0] }
        content["exemplars"] = exemplars.map(cards.exemplar)
        content["has_exemplars"] = !exemplars.isEmpty
        return page(route, "decision", .init(title: "Quyết định số \(decision.number)",
                                              description: decision.title, isArticle: true, section: .honours), content)
    }

    /// The awards in the decision's own order, numbered (STT) as issued.
    func awardRows(_ awards: [Award]) -> [ViewContext] {
        awards.enumerated().map { offset, award in
            var row: ViewContext = ["stt": String(offset + 1), "name": award.name, "kind": award.kind.vietnameseName,
                                    "form": award.form]
            row["unit"] = award.unit
            row["position"] = award.position
            row["title"] = award.title
            row["achievement"] = award.achievement
            return row
        }
    }

    func honoursOfPlanPage(_ plan: Plan) -> Page {
        let route = Route.honoursOfPlan(plan.id)
        let cards = cards(on: route)
        let decisions = (site.links.decisionsOfPlan[plan.id] ?? []).compactMap { index.decisions[$0] }
        let awards = decisions.flatMap(\.awards)
        let forms = Dictionary(grouping: awards, by: \.form)
            .map { (form: $0.key, count: $0.value.count) }
            .sorted { ($1.count, $0.form) < ($0.count, $1.form) }
        return page(route, "honours-of-plan", .init(title: "Khen thưởng theo kế hoạch: \(plan.title)",
                                                     description: "Các quyết định khen thưởng của kế hoạch \(plan.number ?? plan.title).",
                                                     section: .honours), [
            "plan": cards.plan(plan),
            "decisions": decisions.map { decision in
                cards.decision(decision).merging([
                    "awards": awardRows(decision.awards), "table_id": "qd_\(Slug.make(decision.id))",
                    "caption": "Danh sách khen thưởng theo Quyết định số \(decision.number)",
                ])
            },
            "forms": forms.map { ["form": $0.form, "count": VietnameseNumber.integer($0.count)] as ViewContext },
            "award_count": VietnameseNumber.integer(awards.count),
        ])
    }
}

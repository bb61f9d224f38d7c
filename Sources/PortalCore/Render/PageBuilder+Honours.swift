/// The honour roll: a hub with charts and every way in (year, campaign, form, A–Z), the roll of
/// each year, the A–Z index by letter, each decision with its awards as issued, and the awards
/// of one campaign.
extension PageBuilder {
    static func honourJobs(for site: Site, index: SiteIndex) -> [ParallelRendering.Job] {
        var jobs: [ParallelRendering.Job] = [{ [$0.honoursPage()] }]
        jobs += index.honourRoll.years.map { year in { [$0.honoursYearPage(year: year)] } }
        jobs += index.alphabetical.map { group in { [$0.honoursLetterPage(group)] } }
        jobs += site.decisions.map { decision in { [$0.decisionPage(decision)] } }
        jobs += site.plans.filter { site.links.decisionsOfPlan[$0.id] != nil }.map { plan in { [$0.honoursOfPlanPage(plan)] } }
        return jobs
    }

    private func honoursPage() -> Page {
        let roll = index.honourRoll
        let letters = index.alphabetical
        let cards = cards(on: .honours)
        let counts = roll.counts()
        let chart = BarChart(id: "bieu_do_nam", title: "Số khen thưởng theo năm và hình thức", rowHeader: "Năm",
                             series: roll.forms, rows: counts.reversed().map { .init(label: "Năm \($0.year)", values: $0.perForm) })
        let years = Dictionary(grouping: site.decisions, by: \.issued.year).sorted { $0.key > $1.key }
        let campaigns = site.plans.compactMap { plan -> ViewContext? in
            let decisions = site.links.decisionsOfPlan[plan.id] ?? []
            guard !decisions.isEmpty else { return nil }
            let count = decisions.compactMap { index.decisions[$0]?.awards.count }.reduce(0, +)
            return ["title": plan.title, "href": cards.href(.honoursOfPlan(plan.id)), "count": VietnameseNumber.integer(count)]
        }
        let formTotals = roll.forms.enumerated().map { offset, form in
            ["form": form, "count": VietnameseNumber.integer(counts.reduce(0) { $0 + $1.perForm[offset] })] as ViewContext
        }
        return page(.honours, "honours", .init(title: "Khen thưởng", description: "Danh sách tập thể, cá nhân, hộ gia đình được khen thưởng: theo năm, theo phong trào, theo hình thức và theo tên."), [
            "decision_count": VietnameseNumber.integer(site.decisions.count),
            "award_count": VietnameseNumber.integer(site.awardCount),
            "honouree_count": VietnameseNumber.integer(letters.reduce(0) { $0 + $1.honourees.count }),
            "chart": chart.table, "has_awards": !roll.entries.isEmpty,
            "letters": letterLinks(letters, current: nil, cards: cards),
            "years": years.map { year, decisions in
                ["year": String(year), "href": cards.href(.honoursYear(year)), "decisions": decisions.map(cards.decision),
                 "award_count": VietnameseNumber.integer(decisions.reduce(0) { $0 + $1.awards.count })] as ViewContext
            },
            "campaigns": campaigns, "has_campaigns": !campaigns.isEmpty,
            "forms": formTotals,
        ])
    }

    private func letterLinks(_ letters: [(letter: String, honourees: [HonourRoll.Honouree])], current: String?, cards: Cards) -> [ViewContext] {
        letters.map { ["letter": $0.letter, "href": cards.href(.honoursLetter($0.letter)), "current": $0.letter == current] as ViewContext }
    }

    private func honoursYearPage(year: Int) -> Page {
        let roll = index.honourRoll
        let route = Route.honoursYear(year)
        let cards = cards(on: route)
        let groups = roll.byForm(year: year).map { group -> ViewContext in
            let kinds = HonoureeKind.allCases.compactMap { kind -> ViewContext? in
                let members = group.entries.filter { $0.award.kind == kind }
                guard !members.isEmpty else { return nil }
                return ["kind": kindPlural(kind), "entries": members.map { rollEntry($0, cards: cards) },
                        "count": VietnameseNumber.integer(members.count)]
            }
            return ["form": group.form, "kinds": kinds, "count": VietnameseNumber.integer(group.entries.count),
                    "id": "ht_\(Slug.make(group.form))"]
        }
        let total = roll.entries.count { $0.decision.issued.year == year }
        return page(route, "honours-year", .init(title: "Khen thưởng năm \(year)",
                                                 description: "Danh sách khen thưởng năm \(year), theo hình thức khen thưởng.",
                                                 section: .honours), [
            "year": String(year), "groups": groups, "award_count": VietnameseNumber.integer(total),
            "honours_href": cards.href(.honours),
            "years": roll.years.map { ["year": String($0), "href": cards.href(.honoursYear($0)), "current": $0 == year] as ViewContext },
        ])
    }

    private func rollEntry(_ entry: HonourRoll.Entry, cards: Cards) -> ViewContext {
        var item: ViewContext = ["name": entry.award.name, "decision_number": entry.decision.number,
                                 "decision_href": cards.href(.decision(entry.decision.id)), "date": entry.decision.issued.short]
        item["unit"] = entry.award.unit
        item["position"] = entry.award.position
        item["title"] = entry.award.title
        return item
    }

    private func kindPlural(_ kind: HonoureeKind) -> String {
        switch kind {
        case .individual: "Cá nhân"
        case .collective: "Tập thể"
        case .household: "Hộ gia đình"
        }
    }

    private func honoursLetterPage(_ group: (letter: String, honourees: [HonourRoll.Honouree])) -> Page {
        let letters = index.alphabetical
        let route = Route.honoursLetter(group.letter)
        let cards = cards(on: route)
        return page(route, "honours-letter", .init(title: "Tra cứu khen thưởng theo tên: \(group.letter)",
                                                   description: "Người và tập thể được khen thưởng có tên bắt đầu bằng \(group.letter).",
                                                   section: .honours), [
            "letter": group.letter, "letters": letterLinks(letters, current: group.letter, cards: cards),
            "count": VietnameseNumber.integer(group.honourees.count),
            "honourees": group.honourees.map { honouree -> ViewContext in
                var item: ViewContext = [
                    "name": honouree.name, "kind": honouree.kind.vietnameseName,
                    "awards": honouree.entries.map { entry -> ViewContext in
                        var award: ViewContext = ["form": entry.award.form, "decision_number": entry.decision.number,
                                                  "decision_href": cards.href(.decision(entry.decision.id)),
                                                  "date": entry.decision.issued.short]
                        award["title"] = entry.award.title
                        return award
                    },
                ]
                item["unit"] = honouree.unit
                return item
            },
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

    /// Awards per form of the decisions of one campaign, highest standing first.
    func formCounts(of decisions: [Decision]) -> [(form: String, count: Int)] {
        let order = index.honourRoll.forms
        let awards = decisions.flatMap(\.awards)
        return order.compactMap { form in
            let count = awards.count { $0.form == form }
            return count > 0 ? (form, count) : nil
        }
    }

    func honoursOfPlanPage(_ plan: Plan) -> Page {
        let route = Route.honoursOfPlan(plan.id)
        let cards = cards(on: route)
        let decisions = (site.links.decisionsOfPlan[plan.id] ?? []).compactMap { index.decisions[$0] }
        let forms = formCounts(of: decisions)
        let chart = BarChart(id: "bieu_do_hinh_thuc", title: "Số khen thưởng theo hình thức", rowHeader: "Hình thức",
                             series: ["Số khen thưởng"], rows: forms.map { .init(label: $0.form, values: [$0.count]) })
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
            "chart": chart.table,
            "award_count": VietnameseNumber.integer(decisions.reduce(0) { $0 + $1.awards.count }),
        ])
    }
}

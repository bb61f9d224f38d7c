/// The plans list and each plan, laid out like the issued document.
extension PageBuilder {
    func plansPage() -> Page {
        let cards = cards(on: .plans)
        let years = Dictionary(grouping: site.plans, by: \.year).sorted { $0.key > $1.key }
        return page(.plans, "plans", .init(title: "Kế hoạch thi đua", description: "Các kế hoạch phát động phong trào thi đua, theo năm."), [
            "years": years.map { year, plans in
                ["year": year > 0 ? String(year) : "Không rõ năm", "plans": plans.map(cards.plan)] as ViewContext
            },
            "count": VietnameseNumber.integer(site.plans.count),
        ])
    }

    func planPage(_ plan: Plan) -> Page {
        let route = Route.plan(plan.id)
        let cards = cards(on: route)
        let body = markdown(plan.body, on: route)
        let status = PlanStatus(plan, today: options.today)
        var content: ViewContext = [
            "title": plan.title, "issuer": plan.issuer, "issuer_upper": plan.issuer.uppercased(),
            "status": status.label, "status_key": status.key, "archived": plan.isArchivedDistrictDocument(on: options.today),
            "bases": plan.bases, "has_bases": !plan.bases.isEmpty,
            "body": body.html,
            "toc": body.headings.filter { $0.level <= 3 }.map { ["text": $0.text, "id": $0.id, "sub": $0.level > 2] as ViewContext },
            "has_toc": body.headings.count > 1,
            "targets": plan.targets.map { target -> ViewContext in
                var row: ViewContext = ["text": target.text]
                row["value"] = target.value.map(VietnameseNumber.number)
                row["unit"] = target.unit
                return row
            },
            "has_targets": !plan.targets.isEmpty,
            "phases": plan.phases.map { phase -> ViewContext in
                var row: ViewContext = ["name": phase.name, "from": phase.range.from.short, "to": phase.range.to.short,
                                        "from_iso": phase.range.from.iso, "to_iso": phase.range.to.iso]
                row["goal"] = phase.goal
                return row
            },
            "has_phases": !plan.phases.isEmpty,
            "award_forms": plan.awardForms, "has_award_forms": !plan.awardForms.isEmpty,
            "responsibilities": plan.responsibilities.map { ["unit": $0.unit, "tasks": $0.tasks] as ViewContext },
            "has_responsibilities": !plan.responsibilities.isEmpty,
            "deadlines": plan.deadlines.sorted { $0.date < $1.date }.map { deadline -> ViewContext in
                var row: ViewContext = ["date": deadline.date.short, "date_iso": deadline.date.iso, "what": deadline.what,
                                        "past": deadline.date < options.today]
                row["who"] = deadline.who
                return row
            },
            "has_deadlines": !plan.deadlines.isEmpty,
            "recipients": plan.recipients, "has_recipients": !plan.recipients.isEmpty,
            "attachments": plan.attachments.map { ["title": $0.title, "href": cards.href(.media($0.file.path))] as ViewContext },
            "has_attachments": !plan.attachments.isEmpty,
        ]
        content["number"] = plan.number
        content["parent_issuer_upper"] = plan.parentIssuer?.uppercased()
        content["date_line"] = dateLine(place: plan.place, day: plan.issued, year: plan.year)
        content["period"] = plan.period.map { "Từ \($0.from.long) đến \($0.to.long)" }
        if let signer = plan.signer { content["signer"] = signerContext(signer) }
        content.merge(related(planID: plan.id, cards: cards)) { _, new in new }
        return page(route, "plan", .init(title: plan.title, description: plan.number.map { "Kế hoạch số \($0) của \(plan.issuer)." }
            ?? "Kế hoạch của \(plan.issuer).", isArticle: true, section: .plans), content)
    }

    /// `Gò Vấp, ngày 01 tháng 11 năm 2023` — the line under a document's number.
    func dateLine(place: String?, day: Day?, year: Int) -> String? {
        let date = day?.long ?? (year > 0 ? "năm \(year)" : nil)
        switch (place, date) {
        case let (place?, date?): return "\(place), \(date)"
        case let (nil, date?): return date.prefix(1).uppercased() + date.dropFirst()
        default: return nil
        }
    }

    func signerContext(_ signer: Signer) -> ViewContext {
        var context: ViewContext = ["title": signer.title, "name": signer.name]
        context["on_behalf"] = signer.onBehalf
        context["signing_for"] = signer.signingFor
        return context
    }

    /// What points at a plan: its decisions, exemplars and stories.
    private func related(planID: String, cards: Cards) -> ViewContext {
        let decisions = (site.links.decisionsOfPlan[planID] ?? []).compactMap { index.decisions[$0] }
        let exemplars = (site.links.exemplarsOfPlan[planID] ?? []).compactMap { index.exemplars[$0] }
        let stories = (site.links.storiesOfPlan[planID] ?? []).compactMap { index.stories[$0] }
        var context: ViewContext = [
            "decisions": decisions.map(cards.decision), "has_decisions": !decisions.isEmpty,
            "exemplars": exemplars.map(cards.exemplar), "has_exemplars": !exemplars.isEmpty,
            "stories": stories.map(cards.story), "has_stories": !stories.isEmpty,
        ]
        if !decisions.isEmpty {
            context["honours_href"] = cards.href(.honoursOfPlan(planID))
            context["award_total"] = VietnameseNumber.integer(decisions.reduce(0) { $0 + $1.awards.count })
        }
        return context
    }
}

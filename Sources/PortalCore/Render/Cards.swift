/// The short forms of records that lists, the home page and related-record boxes show,
/// with links relative to the page they appear on.
struct Cards {
    let site: Site
    let today: Day
    let page: Route
    private let linker: RouteLinker

    init(site: Site, today: Day, page: Route) {
        self.site = site
        self.today = today
        self.page = page
        linker = RouteLinker(from: page)
    }

    func href(_ route: Route) -> String { linker.link(to: route) }

    func story(_ story: Story) -> ViewContext {
        var card: ViewContext = [
            "title": story.title, "href": href(.story(story.id)),
            "date": story.date.short, "date_iso": story.date.iso,
            "tags": story.tags.map { ["label": $0, "href": href(.tag($0))] as ViewContext },
            "has_tags": !story.tags.isEmpty, "draft": story.draft,
        ]
        card.set("summary", story.summary)
        return card
    }

    func plan(_ plan: Plan) -> ViewContext {
        let status = PlanStatus(plan, today: today)
        var card: ViewContext = [
            "title": plan.title, "href": href(.plan(plan.id)), "issuer": plan.issuer,
            "year": String(plan.year), "status": status.label, "status_key": status.key,
            "archived": plan.isArchivedDistrictDocument(on: today),
        ]
        card.set("number", plan.number)
        card.set("issued", plan.issued?.short)
        card.set("period", plan.period.map { "\($0.from.short) – \($0.to.short)" })
        return card
    }

    func decision(_ decision: Decision) -> ViewContext {
        [
            "number": decision.number, "title": decision.title, "href": href(.decision(decision.id)),
            "date": decision.issued.short, "date_iso": decision.issued.iso, "issuer": decision.issuer,
            "award_count": VietnameseNumber.integer(decision.awards.count),
        ]
    }

    func exemplar(_ exemplar: Exemplar) -> ViewContext {
        [
            "name": exemplar.name, "href": href(.exemplar(exemplar.id)), "kind": exemplar.kind.vietnameseName,
            "unit": exemplar.unit, "summary": exemplar.summary, "date": exemplar.published.short,
            "date_iso": exemplar.published.iso,
        ]
    }
}

/// Builds each HTML page: gathers its view model (finished strings only) and renders its template
/// inside the layout.
struct PageBuilder {
    let site: Site
    let index: SiteIndex
    let templates: Templates
    let options: RenderOptions
    let log: DiagnosticLog

    /// Every HTML page as independent jobs, a record's page each, so workers can share them out
    /// (the search index's files are made apart: `SiteRenderer`).
    static func jobs(for site: Site, index: SiteIndex) -> [ParallelRendering.Job] {
        var jobs: [ParallelRendering.Job] = [{ [$0.homePage(), $0.plansPage(), $0.exemplarsPage(), $0.searchPage(), $0.notFoundPage()] },
                                             { $0.planFilterPages() },
                                             { _ in Feeds(site: site).pages() + PlanCalendar(site: site).pages() }]
        let storyPages = Pagination.pageCount(site.stories.count, perPage: site.config.storiesPerPage)
        jobs += (1...storyPages).map { number in { [$0.storyListPage(number)] } }
        jobs += site.plans.map { plan in { [$0.planPage(plan)] } }
        jobs += honourJobs(for: site, index: index)
        jobs += site.exemplars.map { exemplar in { [$0.exemplarPage(exemplar)] } }
        jobs += site.stories.map { story in { [$0.storyPage(story)] } }
        for tag in index.tags {
            let pages = Pagination.pageCount(tag.stories.count, perPage: site.config.storiesPerPage)
            jobs += (1...pages).map { number in { [$0.tagPage(tag, page: number)] } }
        }
        return jobs
    }

    func cards(on page: Route) -> Cards { Cards(site: site, today: options.today, page: page) }

    /// Renders `template` for `route` inside the shared layout.
    func page(_ route: Route, _ template: String, _ meta: Layout.Meta, _ content: ViewContext) -> Page {
        let context = Layout(site: site).context(for: route, meta).merging(content)
        return Page(route, html: templates.render(template, context, log: log))
    }

    func markdown(_ text: MarkdownText, on route: Route) -> RenderedMarkdown {
        Markdown(unsafeHTML: site.config.unsafeHTML, links: index.links).render(text, on: route, log: log)
    }

    func homePage() -> Page {
        let cards = cards(on: .home)
        let today = options.today
        let running = site.plans.filter { if case .running = PlanStatus($0, today: today) { true } else { false } }
        let deadlines = site.plans
            .flatMap { plan in plan.deadlines.filter { $0.date >= today }.map { (plan, $0) } }
            .sorted { ($0.1.date, $0.0.id) < ($1.1.date, $1.0.id) }
            .prefix(6)
            .map { plan, deadline -> ViewContext in
                var item: ViewContext = ["date": deadline.date.short, "date_iso": deadline.date.iso, "what": deadline.what,
                                         "plan_title": plan.title, "plan_href": cards.href(.plan(plan.id))]
                item.set("who", deadline.who)
                return item
            }
        var content: ViewContext = [
            "running": running.map(cards.plan), "has_running": !running.isEmpty,
            "latest_plans": site.plans.prefix(3).map(cards.plan),
            "deadlines": Array(deadlines), "has_deadlines": !deadlines.isEmpty,
            "decisions": site.decisions.prefix(3).map(cards.decision), "has_decisions": !site.decisions.isEmpty,
            "stories": site.stories.prefix(4).map(cards.story), "has_stories": !site.stories.isEmpty,
            "today": today.long,
            "plans_href": cards.href(.plans), "honours_href": cards.href(.honours),
            "stories_href": cards.href(.stories(page: 1)), "exemplars_href": cards.href(.exemplars),
        ]
        content.set("featured", site.exemplars.first.map(cards.exemplar))
        return page(.home, "home", .init(title: site.config.title, description: "Cổng thông tin thi đua, khen thưởng của \(site.config.title)."), content)
    }

    func notFoundPage() -> Page {
        page(.notFound, "not-found", .init(title: "Không tìm thấy trang"), [
            "plans_href": Routes.link(from: .notFound, to: .plans),
            "honours_href": Routes.link(from: .notFound, to: .honours),
        ])
    }
}

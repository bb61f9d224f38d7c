/// News: the paginated list, each story, and a page per tag.
extension PageBuilder {
    func storyListPage(_ number: Int) -> Page {
        let perPage = site.config.storiesPerPage
        let route = Route.stories(page: number)
        let cards = cards(on: route)
        let stories = site.stories.dropFirst((number - 1) * perPage).prefix(perPage)
        let title = number == 1 ? "Tin tức" : "Tin tức – trang \(number)"
        return page(route, "stories", .init(title: title, description: "Tin tức về phong trào thi đua, khen thưởng.",
                                            section: .stories(page: 1)), [
            "stories": stories.map(cards.story),
            "pagination": Pagination(current: number, count: Pagination.pageCount(site.stories.count, perPage: perPage))
                .context(cards: cards, route: { .stories(page: $0) }, label: "Các trang tin"),
            "tags": index.tags.map { ["label": $0.label, "href": cards.href(.tag($0.label)),
                                      "count": String($0.stories.count)] as ViewContext },
            "has_tags": !index.tags.isEmpty,
        ])
    }

    func storyPage(_ story: Story) -> Page {
        let route = Route.story(story.id)
        let cards = cards(on: route)
        let body = markdown(story.body, on: route)
        var content = cards.story(story).merging(["body": body.html, "date_long": story.date.long])
        content.set("author", story.author)
        content.set("cover", story.cover.map { ["src": cards.href(.media($0.file.path)), "alt": $0.alt] as ViewContext })
        let plans = story.plans.compactMap { index.plans[$0.id] }
        let exemplars = story.exemplars.compactMap { index.exemplars[$0.id] }
        content["plans"] = plans.map(cards.plan)
        content["has_plans"] = !plans.isEmpty
        content["exemplars"] = exemplars.map(cards.exemplar)
        content["has_exemplars"] = !exemplars.isEmpty
        return page(route, "story", .init(title: story.title, description: story.summary, isArticle: true,
                                          section: .stories(page: 1)), content)
    }

    /// A tag's stories, paginated like the news list: a city's busiest tag has thousands.
    func tagPage(_ tag: (label: String, slug: String, stories: [Story]), page number: Int) -> Page {
        let perPage = site.config.storiesPerPage
        let route = Route.tag(tag.label, page: number)
        let cards = cards(on: route)
        let pages = Pagination.pageCount(tag.stories.count, perPage: perPage)
        let title = "Chủ đề: \(tag.label)" + (number == 1 ? "" : " – trang \(number)")
        return page(route, "tag", .init(title: title, description: "Tin tức về chủ đề \(tag.label).",
                                        section: .stories(page: 1)), [
            "label": tag.label, "stories": tag.stories.dropFirst((number - 1) * perPage).prefix(perPage).map(cards.story),
            "count": VietnameseNumber.integer(tag.stories.count),
            "stories_href": cards.href(.stories(page: 1)),
            "pagination": Pagination(current: number, count: pages)
                .context(cards: cards, route: { .tag(tag.label, page: $0) }, label: "Các trang của chủ đề \(tag.label)"),
        ])
    }
}

/// News: the paginated list, each story, and a page per tag.
extension PageBuilder {
    func storyListPages() -> [Page] {
        let perPage = site.config.storiesPerPage
        let pageCount = max(1, (site.stories.count + perPage - 1) / perPage)
        return (1...pageCount).map { number in
            let route = Route.stories(page: number)
            let cards = cards(on: route)
            let stories = site.stories.dropFirst((number - 1) * perPage).prefix(perPage)
            let title = number == 1 ? "Tin tức" : "Tin tức – trang \(number)"
            return page(route, "stories", .init(title: title, description: "Tin tức về phong trào thi đua, khen thưởng.",
                                                section: .stories(page: 1)), [
                "stories": stories.map(cards.story),
                "pagination": pagination(current: number, count: pageCount, cards: cards),
                "tags": index.tags.map { ["label": $0.label, "href": cards.href(.tag($0.label)),
                                          "count": String($0.stories.count)] as ViewContext },
                "has_tags": !index.tags.isEmpty,
            ])
        }
    }

    private func pagination(current: Int, count: Int, cards: Cards) -> ViewContext {
        var context: ViewContext = [
            "show": count > 1,
            "pages": (1...count).map { ["number": String($0), "href": cards.href(.stories(page: $0)), "current": $0 == current] as ViewContext },
        ]
        if current > 1 { context["prev_href"] = cards.href(.stories(page: current - 1)) }
        if current < count { context["next_href"] = cards.href(.stories(page: current + 1)) }
        return context
    }

    func storyPage(_ story: Story) -> Page {
        let route = Route.story(story.id)
        let cards = cards(on: route)
        let body = markdown(story.body, on: route)
        var content = cards.story(story).merging(["body": body.html, "date_long": story.date.long])
        content["author"] = story.author
        if let cover = story.cover {
            content["cover"] = ["src": cards.href(.media(cover.file.path)), "alt": cover.alt] as ViewContext
        }
        let plans = story.plans.compactMap { index.plans[$0.id] }
        let exemplars = story.exemplars.compactMap { index.exemplars[$0.id] }
        content["plans"] = plans.map(cards.plan)
        content["has_plans"] = !plans.isEmpty
        content["exemplars"] = exemplars.map(cards.exemplar)
        content["has_exemplars"] = !exemplars.isEmpty
        return page(route, "story", .init(title: story.title, description: story.summary, isArticle: true,
                                          section: .stories(page: 1)), content)
    }

    func tagPage(_ tag: (label: String, slug: String, stories: [Story])) -> Page {
        let route = Route.tag(tag.label)
        let cards = cards(on: route)
        return page(route, "tag", .init(title: "Chủ đề: \(tag.label)", description: "Tin tức về chủ đề \(tag.label).",
                                        section: .stories(page: 1)), [
            "label": tag.label, "stories": tag.stories.map(cards.story),
            "count": VietnameseNumber.integer(tag.stories.count),
            "stories_href": cards.href(.stories(page: 1)),
        ])
    }
}

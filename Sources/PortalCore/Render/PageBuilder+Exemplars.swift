/// Good-deed profiles: the list by kind and each profile.
extension PageBuilder {
    func exemplarsPage() -> Page {
        let cards = cards(on: .exemplars)
        let groups = ExemplarKind.allCases.compactMap { kind -> ViewContext? in
            let members = site.exemplars.filter { $0.kind == kind }
            return members.isEmpty ? nil : ["kind": kind.vietnameseName, "exemplars": members.map(cards.exemplar)]
        }
        return page(.exemplars, "exemplars", .init(title: "Gương điển hình",
                                                   description: "Gương người tốt việc tốt và điển hình tiên tiến trên địa bàn."), [
            "groups": groups,
        ])
    }

    func exemplarPage(_ exemplar: Exemplar) -> Page {
        let route = Route.exemplar(exemplar.id)
        let cards = cards(on: route)
        let body = markdown(exemplar.body, on: route)
        var content: ViewContext = [
            "name": exemplar.name, "kind": exemplar.kind.vietnameseName, "unit": exemplar.unit,
            "summary": exemplar.summary, "date": exemplar.published.short, "date_iso": exemplar.published.iso,
            "body": body.html,
        ]
        content.set("birth_year", site.config.showBirthYear ? exemplar.birthYear.map(String.init) : nil)
        content.set("photo", exemplar.photo.map { ["src": cards.href(.media($0.file.path)), "alt": $0.alt] as ViewContext })
        content.set("plan", exemplar.plan.flatMap { index.plans[$0.id] }.map(cards.plan))
        content.set("decision", exemplar.decision.flatMap { index.decisions[$0.id] }.map(cards.decision))
        let stories = (site.links.storiesOfExemplar[exemplar.id] ?? []).compactMap { index.stories[$0] }
        content["stories"] = stories.map(cards.story)
        content["has_stories"] = !stories.isEmpty
        return page(route, "exemplar", .init(title: exemplar.name, description: exemplar.summary, isArticle: true,
                                             section: .exemplars), content)
    }
}

/// Links between the pages of a long list: previous, next, the first and last pages and a few
/// around the current one. Never every page: a list of 2,000 pages would link 2,000 times from each.
struct Pagination {
    let current: Int
    let count: Int
    /// How many pages `items` need at `perPage` each; an empty list still has its first page.
    static func pageCount(_ items: Int, perPage: Int) -> Int { max(1, (items + perPage - 1) / perPage) }

    /// Pages shown on each side of the current one.
    static let window = 2

    /// The page numbers to show, `nil` where a run of pages is left out (shown as `…`).
    var shownPages: [Int?] {
        var shown: [Int?] = []
        var last = 0
        for page in 1...max(1, count) where page == 1 || page == count || abs(page - current) <= Self.window {
            if page > last + 1 { shown.append(nil) }
            shown.append(page)
            last = page
        }
        return shown
    }

    /// The view model of `pagination.mustache`: links relative to the page `cards` is for.
    func context(cards: Cards, route: (Int) -> Route, label: String) -> ViewContext {
        var context: ViewContext = [
            "show": count > 1,
            "label": label,
            "pages": shownPages.map { page -> ViewContext in
                guard let page else { return ["gap": true] }
                return ["number": String(page), "href": cards.href(route(page)), "current": page == current, "gap": false]
            },
        ]
        context.set("prev_href", current > 1 ? cards.href(route(current - 1)) : nil)
        context.set("next_href", current < count ? cards.href(route(current + 1)) : nil)
        return context
    }
}

/// The search page: a form, the results the script finds in the index, and, without
/// JavaScript, the lists where a reader can look instead.
extension PageBuilder {
    func searchPage() -> Page {
        let cards = cards(on: .search)
        return page(.search, "search", .init(title: "Tìm kiếm",
                                             description: "Tìm kế hoạch, quyết định khen thưởng, người được khen thưởng, gương điển hình và tin tức.", styles: ["search"]), [
            "action_href": cards.href(.search),
            "script_href": cards.href(.searchScript),
            "index_href": cards.href(.searchIndex),
            "honours_href": Routes.link(from: .search, to: .honours, fragment: "tra_cuu"),
            "plans_href": cards.href(.plans),
        ])
    }
}

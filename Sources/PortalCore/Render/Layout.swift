/// What every page's frame needs — site name, navigation, canonical and Open Graph tags — as
/// finished strings with links relative to the page.
struct Layout {
    let site: Site

    struct Meta {
        var title: String
        var description: String?
        var isArticle = false
        /// The section of the navigation this page belongs to.
        var section: Route? = nil
        /// Stylesheets of its kind of page beside the shared one (`document`, `honours`, `search`).
        var styles: [String] = []
    }

    private static let sections: [(label: String, route: Route)] = [
        ("Trang chủ", .home), ("Kế hoạch", .plans), ("Khen thưởng", .honours),
        ("Gương điển hình", .exemplars), ("Tin tức", .stories(page: 1)),
    ]

    func context(for page: Route, _ meta: Meta) -> [String: Any] {
        let config = site.config
        let linker = RouteLinker(from: page)
        let link = { (target: Route) in linker.link(to: target) }
        let nav: [[String: Any]] = Self.sections.map { section in
            let current = section.route == (meta.section ?? page)
            return ["label": section.label, "href": link(section.route), "current": current]
        }
        let isHome = page == .home
        var context: [String: Any] = [
            "page_title": isHome ? config.title : "\(meta.title) – \(config.shortTitle)",
            "heading": meta.title,
            "site_title": config.title,
            "site_short_title": config.shortTitle,
            "home_href": link(.home),
            "css_href": link(.stylesheet),
            "icon_href": link(.icon),
            "print_css_href": link(.printStylesheet),
            // Feed readers look for the feeds on the pages that list what they carry; the footer links them everywhere.
            "announces_feeds": [Route.home, .stories(page: 1), .plans, .honours].contains(page),
            "extra_css": meta.styles.map { link(.sectionStylesheet($0)) },
            "atom_href": link(.atomFeed),
            "json_href": link(.jsonFeed),
            "search_href": link(.search),
            "nav": nav,
            "og_type": meta.isArticle ? "article" : "website",
            "og_url": Routes.absolute(page, baseURL: config.baseURL),
            "og_description": meta.description ?? config.title,
            "has_contact": config.contact.address != nil || config.contact.phone != nil || config.contact.email != nil,
        ]
        context.set("site_parent", config.parent)
        context.set("contact_address", config.contact.address)
        context.set("contact_phone", config.contact.phone)
        context.set("contact_email", config.contact.email)
        // The 404 page is served at any depth by a host, so it has no canonical address.
        if page != .notFound { context["canonical"] = Routes.absolute(page, baseURL: config.baseURL) }
        context.set("description", meta.description)
        return context
    }
}

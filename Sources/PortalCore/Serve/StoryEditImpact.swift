/// The pages that change when some stories were edited and the set of published stories stayed
/// the same: each edited story's page, the news and tag pages whose slice of stories moved or
/// shows an edited one, the plans and exemplars an edited story names (before or after), the home
/// page and the feeds. Nothing else on the site shows a story. The search index is left to
/// `PreviewBuilder`, which rebuilds it once the edits settle.
struct StoryEditImpact {
    var jobs: [ParallelRendering.Job] = []
    /// Tag pages the edits removed (a tag no story has any more, or fewer pages of one).
    var removedPaths: [String] = []

    init(edited: Set<String>, before: (site: Site, index: SiteIndex), after: (site: Site, index: SiteIndex)) {
        let perPage = after.site.config.storiesPerPage
        func touched(_ old: ArraySlice<Story>, _ new: ArraySlice<Story>) -> Bool {
            !old.elementsEqual(new, by: { $0.id == $1.id }) || new.contains { edited.contains($0.id) }
        }
        func slice(_ stories: [Story], page: Int) -> ArraySlice<Story> {
            stories.dropFirst((page - 1) * perPage).prefix(perPage)
        }

        jobs.append { [$0.homePage()] }
        jobs.append { builder in Feeds(site: builder.site).pages() }
        for id in edited.sorted() {
            guard let story = after.index.stories[id] else { continue }
            jobs.append { [$0.storyPage(story)] }
        }

        // Every news page lists the tags with their counts.
        let tagsChanged = !before.index.tags.elementsEqual(after.index.tags) {
            $0.label == $1.label && $0.stories.count == $1.stories.count
        }
        for page in 1...Pagination.pageCount(after.site.stories.count, perPage: perPage)
        where tagsChanged || touched(slice(before.site.stories, page: page), slice(after.site.stories, page: page)) {
            jobs.append { [$0.storyListPage(page)] }
        }

        let editedBefore = edited.compactMap { before.index.stories[$0] }
        let editedAfter = edited.compactMap { after.index.stories[$0] }
        let slugs = Set((editedBefore + editedAfter).flatMap(\.tags).map(Slug.make))
        for slug in slugs.sorted() {
            let old = before.index.tags.first { $0.slug == slug }
            let new = after.index.tags.first { $0.slug == slug }
            let oldPages = old.map { Pagination.pageCount($0.stories.count, perPage: perPage) } ?? 0
            let newPages = new.map { Pagination.pageCount($0.stories.count, perPage: perPage) } ?? 0
            if let new {
                // The label and the count are on every page of the tag.
                let whole = old?.label != new.label || old?.stories.count != new.stories.count
                for page in 1...max(1, newPages)
                where whole || touched(slice(old?.stories ?? [], page: page), slice(new.stories, page: page)) {
                    jobs.append { [$0.tagPage(new, page: page)] }
                }
            }
            if let old, oldPages > newPages {
                removedPaths += (newPages + 1...oldPages).map { Routes.path(.tag(old.label, page: $0)) }
            }
        }

        let plans = Set((editedBefore + editedAfter).flatMap(\.plans).map(\.id))
        for id in plans.sorted() {
            guard let plan = after.index.plans[id] else { continue }
            jobs.append { [$0.planPage(plan)] }
        }
        let exemplars = Set((editedBefore + editedAfter).flatMap(\.exemplars).map(\.id))
        for id in exemplars.sorted() {
            guard let exemplar = after.index.exemplars[id] else { continue }
            jobs.append { [$0.exemplarPage(exemplar)] }
        }
    }
}

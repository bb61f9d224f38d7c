/// Records by id, tags with their stories, the honour roll and the content-link table: built once
/// per build and shared (read-only) by every page builder on every thread.
struct SiteIndex: Sendable {
    let plans: [String: Plan]
    let decisions: [String: Decision]
    /// Each campaign's decisions (by plan id), in the site's order: its campaign page, its plan
    /// page and the honour roll's hub list them.
    let decisionsOfPlan: [String: [Decision]]
    let exemplars: [String: Exemplar]
    private(set) var stories: [String: Story]
    /// Tags by slug, each with the spelling first seen and its stories (newest first).
    private(set) var tags: [(label: String, slug: String, stories: [Story])]
    let honourRoll: HonourRoll
    /// The A–Z index, sorted once: sorting 100,000 names is not a per-page cost.
    let alphabetical: [(letter: String, honourees: [HonourRoll.Honouree])]
    let links: ContentLinks

    init(_ site: Site) {
        plans = Dictionary(site.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        decisions = Dictionary(site.decisions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        decisionsOfPlan = site.links.decisionsOfPlan.mapValues { [decisions] ids in ids.compactMap { decisions[$0] } }
        exemplars = Dictionary(site.exemplars.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        stories = Dictionary(site.stories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        tags = Self.tags(of: site)
        honourRoll = HonourRoll(site: site)
        alphabetical = honourRoll.alphabetical
        links = ContentLinks(site: site)
    }

    /// The index of `site`, which differs from this index's only by `edits` (a preview after
    /// story edits): the rest is kept — sorting a city's names again alone takes a second.
    func updating(_ site: Site, edits: [Resolver.StoryEdit]) -> SiteIndex {
        var index = self
        for edit in edits where index.stories[edit.after.id] != nil { index.stories[edit.after.id] = edit.after }
        guard edits.allSatisfy(\.keepsItsPlace) else {
            index.tags = Self.tags(of: site)
            return index
        }
        for edit in edits {
            for slug in Set(edit.after.tags.map(Slug.make)) {
                guard let tag = index.tags.firstIndex(where: { $0.slug == slug }),
                      let position = index.tags[tag].stories.firstIndex(where: { $0.id == edit.after.id }) else { continue }
                index.tags[tag].stories[position] = edit.after
            }
        }
        return index
    }

    private static func tags(of site: Site) -> [(label: String, slug: String, stories: [Story])] {
        // "Thi đua" and "thi đua" are one tag: they share a slug, hence a page.
        var bySlug: [String: (label: String, stories: [Story])] = [:]
        var order: [String] = []
        for story in site.stories {
            for tag in story.tags {
                let slug = Slug.make(tag)
                if bySlug[slug] == nil { order.append(slug); bySlug[slug] = (tag, []) }
                if bySlug[slug]?.stories.last?.id != story.id { bySlug[slug]?.stories.append(story) }
            }
        }
        return order.compactMap { slug in bySlug[slug].map { ($0.label, slug, $0.stories) } }
            .sorted(byVietnamese: \.label)
    }
}

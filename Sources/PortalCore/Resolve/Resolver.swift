/// Resolve — the second stage: checks what no single file can (references, media, duplicate
/// paths) and builds the cross-links, turning loaded records into a `Site`.
public enum Resolver {
    public struct Options: Sendable {
        public var includeDrafts: Bool
        public init(includeDrafts: Bool = false) { self.includeDrafts = includeDrafts }
    }

    /// Nil when the content cannot make a site (no usable `portal.yaml`); the reasons are in the diagnostics.
    public static func resolve(_ content: LoadedContent, options: Options = Options()) -> (site: Site?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        log.append(contentsOf: content.diagnostics)

        let stories = content.stories.filter { options.includeDrafts || !$0.draft }
        checkUniquePaths(content.plans.map { ($0.id, $0.source) }, log: log)
        checkUniquePaths(content.decisions.map { ($0.id, $0.source) }, log: log)
        checkUniquePaths(content.exemplars.map { ($0.id, $0.source) }, log: log)
        checkUniquePaths(content.stories.map { ($0.id, $0.source) }, log: log)

        let references = ReferenceCheck(plans: Set(content.plans.map(\.id)), decisions: Set(content.decisions.map(\.id)),
                                        exemplars: Set(content.exemplars.map(\.id)),
                                        unreadable: content.unreadableIDs, log: log)
        content.decisions.forEach { references.check($0.plan, kind: .plan) }
        for exemplar in content.exemplars {
            references.check(exemplar.plan, kind: .plan)
            references.check(exemplar.decision, kind: .decision)
            if exemplar.consent > exemplar.published {
                log.error("Ngày đồng ý `consent` (\(exemplar.consent.iso)) sau ngày đăng `published` (\(exemplar.published.iso)): "
                    + "chỉ được đăng sau khi người được nêu gương đồng ý bằng văn bản.", at: SourceLocation(file: exemplar.source))
            }
        }
        let media = MediaCheck(files: content.mediaFiles, log: log)
        content.stories.forEach { check($0, references: references, media: media) }
        content.plans.forEach { $0.attachments.forEach { media.check($0.file) } }
        content.exemplars.forEach { media.check($0.photo?.file) }

        guard let config = content.config else { return (nil, log.entries) }
        let site = Site(
            config: config,
            plans: content.plans.sorted { ($0.issued?.iso ?? "\($0.year)", $0.id) > ($1.issued?.iso ?? "\($1.year)", $1.id) },
            decisions: content.decisions.sorted { ($0.issued, $0.id) > ($1.issued, $1.id) },
            exemplars: content.exemplars.sorted { ($0.published, $0.id) > ($1.published, $1.id) },
            stories: newestFirst(stories),
            mediaFiles: content.mediaFiles,
            links: CrossLinks.build(decisions: content.decisions, exemplars: content.exemplars, stories: stories))
        return (site, log.entries)
    }

    /// What a story names: plans and exemplars that exist, a cover under `content/media/`.
    static func check(_ story: Story, references: ReferenceCheck, media: MediaCheck) {
        story.plans.forEach { references.check($0, kind: .plan) }
        story.exemplars.forEach { references.check($0, kind: .exemplar) }
        media.check(story.cover?.file)
    }

    /// Newest first, then by id. Sorts positions by a small key rather than moving whole
    /// stories: ten thousand of them are sorted again at every story edit in a preview.
    static func newestFirst(_ stories: [Story]) -> [Story] {
        let keys = stories.map { ($0.date, $0.id) }
        return stories.indices.sorted { keys[$0] > keys[$1] }.map { stories[$0] }
    }

    /// Ids become page paths through their slug: two ids with one slug would overwrite each other.
    private static func checkUniquePaths(_ records: [(id: String, source: String)], log: DiagnosticLog) {
        var first: [String: String] = [:]
        for record in records.sorted(by: { $0.source < $1.source }) {
            let slug = Slug.make(record.id)
            if slug.isEmpty {
                log.error("Tên tệp không tạo được đường dẫn trang. Đặt tên tệp bằng chữ và số, ví dụ `2024-tuyen-duong.md`.",
                          at: SourceLocation(file: record.source))
            } else if let other = first[slug] {
                log.error("Trang của tệp này trùng đường dẫn `\(slug)` với \(other). Đổi tên một trong hai tệp.",
                          at: SourceLocation(file: record.source))
            } else {
                first[slug] = record.source
            }
        }
    }
}

extension Resolver {
    /// A story file read again: the story as it was and as it is now (same file, same id).
    struct StoryEdit: Sendable {
        let before: Story
        let after: Story

        var keepsItsDate: Bool { before.date == after.date }
        /// Only the text changed: the story keeps its place in the news and in its tags.
        var keepsItsPlace: Bool { keepsItsDate && before.tags == after.tags }
        /// It names the same plans and exemplars.
        var namesTheSame: Bool {
            before.plans.map(\.id) == after.plans.map(\.id) && before.exemplars.map(\.id) == after.exemplars.map(\.id)
        }
    }

    /// `resolve` for content whose only change since `previous` is `edits`: checks what the
    /// edited stories name and places them in the news again, keeping the rest of `previous`.
    /// `previousDiagnostics` are everything loading and resolving reported for `previous`. Nil
    /// when an edit changes whether a story is published (it became a draft): links anywhere may
    /// then break, and only `resolve` is sure to be right.
    static func resolveStoryEdits(_ content: LoadedContent, edits: [StoryEdit], previous: Site,
                                  previousDiagnostics: [Diagnostic], options: Options) -> (site: Site, diagnostics: [Diagnostic])? {
        let published = { (story: Story) in options.includeDrafts || !story.draft }
        guard edits.allSatisfy({ published($0.before) == published($0.after) }) else { return nil }
        let files = Set(edits.map(\.after.source))
        let log = DiagnosticLog()
        log.append(contentsOf: previousDiagnostics.filter { !files.contains($0.file) })
        log.append(contentsOf: content.diagnostics.filter { files.contains($0.file) })
        let references = ReferenceCheck(plans: Set(content.plans.map(\.id)), decisions: Set(content.decisions.map(\.id)),
                                        exemplars: Set(content.exemplars.map(\.id)),
                                        unreadable: content.unreadableIDs, log: log)
        let media = MediaCheck(files: content.mediaFiles, log: log)
        edits.forEach { check($0.after, references: references, media: media) }

        // Sorting the news and linking the stories again only when an edit moved a story or
        // changed what it names: copying ten thousand stories is most of an edit's time.
        let moved = !edits.allSatisfy(\.keepsItsDate), relinked = !edits.allSatisfy(\.namesTheSame)
        let stories = moved || relinked ? content.stories.filter(published) : []
        var news = previous.stories
        if moved {
            news = newestFirst(stories)
        } else {
            for edit in edits {
                if let position = news.firstIndex(where: { $0.id == edit.after.id }) { news[position] = edit.after }
            }
        }
        var links = previous.links
        if relinked {
            let storyLinks = CrossLinks.build(decisions: [], exemplars: [], stories: stories)
            links.storiesOfPlan = storyLinks.storiesOfPlan
            links.storiesOfExemplar = storyLinks.storiesOfExemplar
        }
        let site = Site(config: previous.config, plans: previous.plans, decisions: previous.decisions, exemplars: previous.exemplars,
                        stories: news, mediaFiles: previous.mediaFiles, links: links)
        return (site, log.entries)
    }
}

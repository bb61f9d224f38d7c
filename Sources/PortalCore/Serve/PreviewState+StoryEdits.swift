import Foundation

extension PreviewState {
    /// What applying edits gave: the outcome to show, and the new state when the pages were written.
    struct Update {
        var outcome: Portal.BuildOutcome
        var state: PreviewState?
    }

    /// Applies edits of existing story files: reads them again, checks the whole site as a build
    /// would, and writes the pages that changed into `folder`. Nil when the edits are not only
    /// that, or change which stories are published (a new draft, a new or removed file): links
    /// anywhere may then change, and only a full build is sure to be right.
    func applyingStoryEdits(_ changed: Set<String>, to folder: InPlaceFolder) -> Update? {
        let started = Date()
        let positions = self.loaded.stories.indices.filter { changed.contains(self.loaded.stories[$0].source) }
        guard !changed.isEmpty, positions.count == changed.count else { return nil }

        var loaded = self.loaded
        var edits: [Resolver.StoryEdit] = []
        var fileDiagnostics: [Diagnostic] = []
        for position in positions {
            let before = loaded.stories[position]
            let (story, diagnostics) = ContentLoader.story(at: before.source, root: request.source)
            fileDiagnostics += diagnostics
            guard let story else {
                // An unreadable story is an error: report it with the rest, write nothing.
                let all = self.diagnostics.filter { !changed.contains($0.file) } + fileDiagnostics
                return Update(outcome: outcome(all, pages: 0, started: started))
            }
            loaded.stories[position] = story
            edits.append(.init(before: before, after: story))
        }
        loaded.diagnostics = loaded.diagnostics.filter { !changed.contains($0.file) } + fileDiagnostics

        guard let (site, diagnostics) = Resolver.resolveStoryEdits(loaded, edits: edits, previous: self.site,
                                                                    previousDiagnostics: self.diagnostics,
                                                                    options: .init(includeDrafts: request.includeDrafts))
        else { return nil }
        guard !diagnostics.hasErrors else { return Update(outcome: outcome(diagnostics, pages: 0, started: started)) }

        let edited = Set(edits.map(\.after.id))
        let index = self.index.updating(site, edits: edits)
        let impact = StoryEditImpact(edited: edited, before: (self.site, self.index), after: (site, index))
        let options = request.renderOptions
        // Kept in memory until every page rendered without an error: a preview with an error
        // keeps showing the last good pages.
        let collected = CollectingSink()
        let result = ParallelRendering(workers: options.workers).run(
            impact.jobs,
            makeBuilder: { [templates] in PageBuilder(site: site, index: index, templates: templates, options: options, log: $0) },
            sink: collected)
        let renderDiagnostics = Array(Set(self.renderDiagnostics.filter { !changed.contains($0.file) } + result.diagnostics)).sorted()
        let all = diagnostics + renderDiagnostics
        guard !all.hasErrors else { return Update(outcome: outcome(all, pages: 0, started: started)) }

        let added = result.paths.filter { !paths.contains($0) }
        var pages = collected.pages
        let state = PreviewState(request: request, loaded: loaded, diagnostics: diagnostics, site: site, index: index, templates: templates,
                                 paths: paths, renderDiagnostics: renderDiagnostics)
        let pathsChanged = !added.isEmpty || !impact.removedPaths.isEmpty
        let updated = pathsChanged ? state.replacingPaths(impact.removedPaths, with: added) : state
        if pathsChanged { pages.append(Sitemap.page(for: Array(updated.paths), baseURL: site.config.baseURL)) }
        do {
            for page in pages { try folder.write(page) }
            // Deepest first: `chu-de/x/trang-2/` before `chu-de/x/` is left empty.
            for path in impact.removedPaths.sorted().reversed() { folder.remove(path) }
        } catch {
            let failure = Diagnostic(file: request.output.path, line: 1, column: 1, severity: .error, message: "\(error)")
            return Update(outcome: outcome(all + [failure], pages: 0, started: started))
        }
        return Update(outcome: outcome(all, pages: updated.pageCount, started: started), state: updated)
    }

    private func outcome(_ diagnostics: [Diagnostic], pages: Int, started: Date) -> Portal.BuildOutcome {
        Portal.BuildOutcome(diagnostics: diagnostics.sorted(), pageCount: pages, seconds: Date().timeIntervalSince(started))
    }
}

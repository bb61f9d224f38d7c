import Foundation

/// The builds of `portal serve`. The first build, and any change beyond edits of existing stories
/// (a plan, a template, a new file), builds everything. Edits of stories re-render only the pages
/// that show them (`StoryEditImpact`), in well under a second on a city; the search index, which
/// every story's words are spread through, is rebuilt in the background once the edits pause.
final class PreviewBuilder: @unchecked Sendable {
    /// How long the edits must pause before the search index is rebuilt: a city's takes seconds
    /// of both cores, which the next save should not wait for.
    let searchDelay: DispatchTimeInterval

    /// One build or search write at a time, in the folder being served.
    private let lock = NSLock()
    private var state: PreviewState?
    /// Files changed since the last good build: a save that fixes an error brings them all in.
    private var pending: Set<String> = []
    /// Bumped by every build: a search rebuild for an older one is dropped.
    private let generation = Locked(0)
    private let searches = DispatchGroup()
    private let searchQueue = DispatchQueue(label: "portal.preview.search")

    init(searchDelay: DispatchTimeInterval = .milliseconds(1500)) {
        self.searchDelay = searchDelay
    }

    /// Waits until no search rebuild is waiting or running (tests compare the folder after it).
    func waitForSearch() {
        searches.wait()
    }

    func build(_ request: Portal.BuildRequest, changed: [String]) -> Portal.BuildOutcome {
        lock.lock()
        defer { lock.unlock() }
        pending.formUnion(changed)
        let current = generation.withLock { $0 += 1; return $0 }
        if let state, state.request.today == request.today,
           let update = state.applyingStoryEdits(pending, to: InPlaceFolder(root: request.output)) {
            if let updated = update.state {
                // The previous state is let go on another thread: freeing a city's records
                // takes milliseconds the reload should not wait for.
                let previous = self.state
                self.state = updated
                DispatchQueue.global().async { withExtendedLifetime(previous) {} }
                pending = []
                scheduleSearch(generation: current)
            }
            return update.outcome
        }
        let (outcome, kept) = Portal.buildKeeping(request)
        if !outcome.failed {
            state = kept
            pending = []
        }
        return outcome
    }

    private func scheduleSearch(generation scheduled: Int) {
        searches.enter()
        searchQueue.asyncAfter(deadline: .now() + searchDelay) { [self] in
            defer { searches.leave() }
            guard generation.withLock({ $0 }) == scheduled, let site = lock.withLock({ state?.site }) else { return }
            // On one core, on a thread of its own: the next save must not wait for the pool.
            let pages = Cores.one { SearchIndex.pages(for: site) }
            lock.withLock {
                guard generation.withLock({ $0 }) == scheduled, let state else { return }
                self.state = writeSearch(pages, over: state)
            }
        }
    }

    /// Writes the files of the new index that differ, then removes those it no longer has.
    /// A file that cannot be written leaves that part of the preview's search stale until the
    /// next build; the pages themselves are all there.
    private func writeSearch(_ pages: [Page], over state: PreviewState) -> PreviewState {
        let folder = InPlaceFolder(root: state.request.output)
        for page in pages { _ = try? folder.writeIfChanged(page) }
        let kept = Set(pages.map(\.path))
        let folders = [Route.searchTerms("-"), .searchDocuments("-")].map { (Routes.path($0) as NSString).deletingLastPathComponent + "/" }
        let stale = state.paths.filter { path in !kept.contains(path) && folders.contains { path.hasPrefix($0) } }
        stale.forEach(folder.remove)
        return state.replacingPaths(stale, with: kept)
    }
}

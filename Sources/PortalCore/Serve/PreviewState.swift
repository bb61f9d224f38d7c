import Foundation

/// What `portal serve` keeps of its last good build, so that saving one story re-renders the few
/// pages that show it instead of a city's twenty thousand.
struct PreviewState: Sendable {
    /// The request that made it: an edit is applied with the same options and day.
    let request: Portal.BuildRequest
    let loaded: LoadedContent
    /// What loading and resolving reported.
    let diagnostics: [Diagnostic]
    let site: Site
    let index: SiteIndex
    let templates: Templates
    /// Every published file.
    private(set) var paths: Set<String>
    /// What rendering reported (broken links in Markdown, …): kept for the pages not re-rendered.
    let renderDiagnostics: [Diagnostic]
    /// HTML pages among `paths`, counted once: a city has 36,000 paths.
    private(set) var pageCount: Int

    init(request: Portal.BuildRequest, loaded: LoadedContent, diagnostics: [Diagnostic], site: Site, index: SiteIndex,
         templates: Templates, paths: Set<String>, renderDiagnostics: [Diagnostic]) {
        self.request = request
        self.loaded = loaded
        self.diagnostics = diagnostics
        self.site = site
        self.index = index
        self.templates = templates
        self.paths = paths
        self.renderDiagnostics = renderDiagnostics
        pageCount = paths.count { $0.hasSuffix(".html") }
    }

    /// The same, with `removed` files gone and `added` ones there.
    func replacingPaths(_ removed: some Sequence<String>, with added: some Sequence<String>) -> PreviewState {
        var state = self
        state.paths.subtract(removed)
        state.paths.formUnion(added)
        state.pageCount = state.paths.count { $0.hasSuffix(".html") }
        return state
    }
}

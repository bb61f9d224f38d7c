import Foundation
@testable import PortalCore

/// A whole site rendered in memory, for tests that read the pages without a folder on disk.
struct RenderedSite {
    let pages: [Page]
    let diagnostics: [Diagnostic]

    init(source: URL, today: Day) {
        let request = Portal.BuildRequest(source: source, output: source.appendingPathComponent("public"), today: today)
        let (_, site, diagnostics) = Portal.loadAndResolve(request)
        guard let site, !diagnostics.hasErrors else {
            self.pages = []
            self.diagnostics = diagnostics
            return
        }
        let sink = CollectingSink()
        let report = SiteRenderer.render(site, templatesAt: source, options: request.renderOptions, into: sink)
        self.pages = sink.pages.sorted { $0.path < $1.path }
        self.diagnostics = diagnostics + report.diagnostics
    }
}

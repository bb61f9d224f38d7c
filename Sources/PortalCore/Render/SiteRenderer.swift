import Foundation

/// Render — the third stage: a checked `Site` in, every output file out, as values.
public enum SiteRenderer {
    /// Pages in a stable order; errors found while rendering (broken links in Markdown,
    /// broken templates) are in the diagnostics, and then the pages must not be published.
    public static func render(_ site: Site, templatesAt root: URL, options: RenderOptions) -> (pages: [Page], diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        guard let templates = Templates.load(from: root, log: log) else { return ([], log.entries) }
        let builder = PageBuilder(site: site, index: SiteIndex(site), templates: templates, options: options, log: log)
        var pages = builder.allPages()
        for (path, data) in templates.assets.sorted(by: { $0.key < $1.key }) {
            pages.append(Page(path: "assets/\(path)", contents: data))
        }
        pages += SearchIndex.pages(for: site)
        pages += Feeds(site: site).pages()
        pages.append(Sitemap.page(for: pages, baseURL: site.config.baseURL))
        pages.append(Page(.robots, html: "User-agent: *\nAllow: /\nSitemap: \(Routes.absolute(.sitemap, baseURL: site.config.baseURL))\n"))
        return (pages, log.entries)
    }
}

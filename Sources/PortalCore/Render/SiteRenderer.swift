import Foundation

/// Render — the third stage: a checked `Site` in, every output file out to a sink as soon as it
/// is made (pages on all cores, in any order; the files do not depend on the order).
public enum SiteRenderer {
    public struct Report: Sendable {
        /// Every file written, sorted.
        public var paths: [String] = []
        /// Problems found while rendering (broken links in Markdown, broken templates): with an
        /// error among them the files must not be published.
        public var diagnostics: [Diagnostic] = []
        /// The sink could not write (disk full, permissions): the machine failing, not the content.
        public var failure: String?
    }

    public static func render(_ site: Site, templatesAt root: URL, options: RenderOptions, into sink: some PageSink) -> Report {
        renderKeeping(site, templatesAt: root, options: options, into: sink).report
    }

    /// What a preview keeps to re-render only what an edit changes.
    struct Rendered {
        var report: Report
        var templates: Templates?
        var index: SiteIndex?
    }

    static func renderKeeping(_ site: Site, templatesAt root: URL, options: RenderOptions, into sink: some PageSink) -> Rendered {
        let log = DiagnosticLog()
        guard let templates = Templates.load(from: root, log: log) else { return Rendered(report: Report(diagnostics: log.entries)) }
        // The search index needs the site alone and is one long piece of work: with more than one
        // worker it is made on a thread of its own while the site index is built and pages are
        // rendered (a city's honour roll takes seconds to sort, on cores that would otherwise wait).
        let search = options.workers > 1 ? BackgroundTask { write(SearchIndex.pages(for: site), to: sink) } : nil
        let index = SiteIndex(site)
        options.progress?(.rendering)
        var jobs = PageBuilder.jobs(for: site, index: index)
        if search == nil { jobs.insert({ _ in SearchIndex.pages(for: site) }, at: 0) }
        let result = ParallelRendering(workers: options.workers, progress: options.progress).run(
            jobs,
            makeBuilder: { PageBuilder(site: site, index: index, templates: templates, options: options, log: $0) },
            sink: sink)
        let searched = search?.value ?? (paths: [], failure: nil)
        var report = Report(paths: (result.paths + searched.paths).sorted(), diagnostics: log.entries + result.diagnostics,
                            failure: result.failure.map { "\($0)" } ?? searched.failure)
        guard report.failure == nil else { return Rendered(report: report, templates: templates, index: index) }

        let files = templates.assets.sorted(by: { $0.key < $1.key }).map { Page(path: "assets/\($0.key)", contents: $0.value) }
            + [Sitemap.page(for: report.paths, baseURL: site.config.baseURL), robots(site)]
        do {
            for file in files { try sink.write(file) }
        } catch {
            report.failure = "\(error)"
        }
        report.paths = (report.paths + files.map(\.path)).sorted()
        report.diagnostics += sharedPaths(report.paths, index: index)
        report.diagnostics.sort()
        return Rendered(report: report, templates: templates, index: index)
    }

    /// Writes `pages` in order until one fails: the paths written, and why it stopped if it did.
    private static func write(_ pages: [Page], to sink: some PageSink) -> (paths: [String], failure: String?) {
        var paths: [String] = []
        for page in pages {
            do {
                try sink.write(page)
            } catch {
                return (paths, "\(error)")
            }
            paths.append(page.path)
        }
        return (paths, nil)
    }

    static func robots(_ site: Site) -> Page {
        Page(.robots, html: "User-agent: *\nAllow: /\nSitemap: \(Routes.absolute(.sitemap, baseURL: site.config.baseURL))\n")
    }

    /// A record whose file name gives the path of a page the site makes itself (`khen-thuong/a-z`,
    /// `tin-tuc/trang-2`) would overwrite it: an error at that record, never a silent overwrite.
    static func sharedPaths(_ sortedPaths: [String], index: SiteIndex) -> [Diagnostic] {
        let shared = Set(zip(sortedPaths, sortedPaths.dropFirst()).filter { $0 == $1 }.map(\.0))
        guard !shared.isEmpty else { return [] }
        return index.links.pages.sorted(by: { $0.key < $1.key }).filter { shared.contains(Routes.path($0.value)) }.map { source, route in
            Diagnostic(at: SourceLocation(file: source), .error,
                       "Trang của tệp này trùng đường dẫn `\(Routes.path(route))` với một trang khác của cổng thông tin. Đổi tên tệp.")
        }
    }
}

import Foundation

/// `sitemap.xml`: every HTML page but the 404 and the search page, by its canonical address.
/// The search page has no content of its own for a search engine to index: pages reach it
/// through their header's form, not through links.
enum Sitemap {
    static func page(for pages: [Page], baseURL: String) -> Page {
        let left = [Routes.path(.notFound), Routes.path(.search)]
        let urls = pages.map(\.path)
            .filter { $0.hasSuffix(".html") && !left.contains($0) }
            .sorted()
            .map { "  <url><loc>\(XML.escape(Routes.absolute(path: $0, baseURL: baseURL)))</loc></url>\n" }
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + urls.joined() + "</urlset>\n"
        return Page(path: Routes.path(.sitemap), contents: Data(xml.utf8))
    }
}

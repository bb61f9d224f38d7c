import Foundation

/// `sitemap.xml`: every HTML page but the 404, by its canonical address.
enum Sitemap {
    static func page(for pages: [Page], baseURL: String) -> Page {
        let urls = pages.map(\.path)
            .filter { $0.hasSuffix(".html") && $0 != Routes.path(.notFound) }
            .sorted()
            .map { "  <url><loc>\(XML.escape(Routes.absolute(path: $0, baseURL: baseURL)))</loc></url>\n" }
        let xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + urls.joined() + "</urlset>\n"
        return Page(path: Routes.path(.sitemap), contents: Data(xml.utf8))
    }
}

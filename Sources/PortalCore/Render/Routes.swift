import Foundation

/// Every page and file the site publishes. `Routes` is the only code that knows where each lives
/// and how one links to another.
public enum Route: Hashable, Sendable {
    case home
    case plans
    case plan(String)
    case honours
    case decision(String)
    case honoursOfPlan(String)
    case exemplars
    case exemplar(String)
    /// Story list pages, numbered from 1.
    case stories(page: Int)
    case story(String)
    case tag(String)
    /// The search page, the one page with a script.
    case search
    /// The search page's script, a file of the theme (`templates/assets/search.js`).
    case searchScript
    /// The search index's manifest.
    case searchIndex
    /// A file of the search index's terms, by name (`w3`: words, `p3`: pairs of words).
    case searchTerms(String)
    /// A file of the search index's documents, by number.
    case searchDocuments(String)
    case notFound
    case stylesheet
    case atomFeed
    case jsonFeed
    case sitemap
    case robots
    /// A file copied from `content/media/`, by its path there.
    case media(String)
}

public enum Routes {
    /// The file's path inside the output folder, `/`-separated. Ids become slugs so any file name
    /// gives a safe, readable path.
    public static func path(_ route: Route) -> String {
        switch route {
        case .home: "index.html"
        case .plans: "ke-hoach/index.html"
        case .plan(let id): "ke-hoach/\(Slug.make(id))/index.html"
        case .honours: "khen-thuong/index.html"
        case .decision(let id): "khen-thuong/\(Slug.make(id))/index.html"
        case .honoursOfPlan(let id): "khen-thuong/theo-ke-hoach/\(Slug.make(id))/index.html"
        case .exemplars: "guong-dien-hinh/index.html"
        case .exemplar(let id): "guong-dien-hinh/\(Slug.make(id))/index.html"
        case .stories(let page): page <= 1 ? "tin-tuc/index.html" : "tin-tuc/trang-\(page)/index.html"
        case .story(let id): "tin-tuc/\(Slug.make(id))/index.html"
        case .tag(let name): "chu-de/\(Slug.make(name))/index.html"
        case .search: "tim-kiem/index.html"
        case .searchScript: "assets/search.js"
        case .searchIndex: "tim-kiem/index.js"
        case .searchTerms(let name): "tim-kiem/t/\(name).js"
        case .searchDocuments(let name): "tim-kiem/d/\(name).js"
        case .notFound: "404.html"
        case .stylesheet: "assets/style.css"
        case .atomFeed: "feed.xml"
        case .jsonFeed: "feed.json"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        case .media(let file): "media/\(file)"
        }
    }

    /// A relative link from one page to another that names the file, so the site works from
    /// `file://` as well as from a host.
    public static func link(from page: Route, to target: Route, fragment: String? = nil) -> String {
        let depth = path(page).split(separator: "/").count - 1
        let prefix = String(repeating: "../", count: depth)
        return prefix + percentEncoded(path(target)) + (fragment.map { "#\($0)" } ?? "")
    }

    /// The absolute address on the web host, for what machines read (canonical links, feeds, sitemap).
    public static func absolute(_ route: Route, baseURL: String) -> String {
        absolute(path: self.path(route), baseURL: baseURL)
    }

    /// The absolute address of an output file given by its path.
    static func absolute(path: String, baseURL: String) -> String {
        let path = percentEncoded(path)
        // The host serves `dir/index.html` at `dir/`: the canonical form people share.
        if path == "index.html" { return baseURL }
        if path.hasSuffix("/index.html") { return baseURL + path.dropLast("index.html".count) }
        return baseURL + path
    }

    /// Media file names may hold spaces or Vietnamese letters; slugs never do.
    private static func percentEncoded(_ path: String) -> String {
        guard !path.utf8.allSatisfy({ $0 < 128 && $0 != 32 && $0 != 35 && $0 != 37 && $0 != 63 }) else { return path }
        var allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
        allowed.insert(UInt8(ascii: "!"))
        return path.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }
}

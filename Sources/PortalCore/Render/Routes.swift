import Foundation

/// Every page and file the site publishes. `Routes` is the only code that knows where each lives
/// and how one links to another.
public enum Route: Hashable, Sendable {
    case home
    case plans
    case plan(String)
    /// The plans list narrowed to one status (`PlanFilter`), by its slug.
    case plansFiltered(String)
    /// One plan's phases and deadlines as iCalendar.
    case planCalendar(String)
    case honours
    case decision(String)
    case honoursOfPlan(String)
    /// The honour roll of one year, in pages numbered from 1.
    case honoursYear(Int, page: Int)
    /// The A–Z index of honourees under one letter of the Vietnamese alphabet, in pages from 1.
    case honoursLetter(String, page: Int)
    case exemplars
    case exemplar(String)
    /// Story list pages, numbered from 1.
    case stories(page: Int)
    case story(String)
    case tag(String, page: Int = 1)
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
    /// Only for printing: linked with `media="print"`.
    case printStylesheet
    /// The rules of one kind of page (`document`, `honours`, `search`), so no page loads the others'.
    case sectionStylesheet(String)
    case icon
    case atomFeed
    case jsonFeed
    case sitemap
    case robots
    /// Every phase and deadline of every plan as iCalendar.
    case calendar
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
        case .plan(let id): joined("ke-hoach/", Slug.make(id), "/index.html")
        case .plansFiltered(let status): "ke-hoach/trang-thai/\(Slug.make(status))/index.html"
        case .planCalendar(let id): "ke-hoach/\(Slug.make(id))/lich.ics"
        case .honours: "khen-thuong/index.html"
        case .decision(let id): joined("khen-thuong/", Slug.make(id), "/index.html")
        case .honoursOfPlan(let id): "khen-thuong/theo-ke-hoach/\(Slug.make(id))/index.html"
        case .honoursYear(let year, let page): "khen-thuong/nam-\(year)/\(pageFolder(page))index.html"
        case .honoursLetter(let letter, let page): "khen-thuong/a-z/\(VietnameseLetter.pathName(of: letter))/\(pageFolder(page))index.html"
        case .exemplars: "guong-dien-hinh/index.html"
        case .exemplar(let id): joined("guong-dien-hinh/", Slug.make(id), "/index.html")
        case .stories(let page): "tin-tuc/\(pageFolder(page))index.html"
        case .story(let id): joined("tin-tuc/", Slug.make(id), "/index.html")
        case .tag(let name, let page): joined("chu-de/", Slug.make(name), "/\(pageFolder(page))index.html")
        case .search: "tim-kiem/index.html"
        case .searchScript: "assets/search.js"
        case .searchIndex: "tim-kiem/index.js"
        case .searchTerms(let name): "tim-kiem/t/\(name).js"
        case .searchDocuments(let name): "tim-kiem/d/\(name).js"
        case .notFound: "404.html"
        case .stylesheet: "assets/style.css"
        case .printStylesheet: "assets/print.css"
        case .sectionStylesheet(let name): "assets/\(name).css"
        case .icon: "assets/icon.svg"
        case .atomFeed: "feed.xml"
        case .jsonFeed: "feed.json"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        case .calendar: "lich.ics"
        case .media(let file): "media/\(file)"
        }
    }

    /// Three pieces made into one string at once: every link to a record asks for its path, and
    /// string interpolation took four times as long.
    private static func joined(_ first: String, _ second: String, _ third: String) -> String {
        String(unsafeUninitializedCapacity: first.utf8.count + second.utf8.count + third.utf8.count) { buffer in
            let firstEnd = buffer.initialize(fromContentsOf: first.utf8)
            let secondEnd = buffer[firstEnd...].initialize(fromContentsOf: second.utf8)
            return buffer[secondEnd...].initialize(fromContentsOf: third.utf8)
        }
    }

    /// Page 1 of a list is the list's own folder; later pages are `trang-N/` inside it.
    private static func pageFolder(_ page: Int) -> String {
        page <= 1 ? "" : "trang-\(page)/"
    }

    /// A relative link from one page to another that names the file, so the site works from
    /// `file://` as well as from a host.
    /// The shortest such link: folders the two paths share are not climbed out of and back into
    /// (`../x/index.html` between two plans, not `../../ke-hoach/x/index.html`).
    public static func link(from page: Route, to target: Route, fragment: String? = nil) -> String {
        RouteLinker(from: page).link(to: target, fragment: fragment)
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
    static func percentEncoded(_ path: String) -> String {
        guard !path.utf8.allSatisfy(isLinkSafe) else { return path }
        var allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
        allowed.insert(UInt8(ascii: "!"))
        return path.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }

    /// A byte a link can hold as it is: ASCII, and no space, `#`, `%` or `?`.
    static func isLinkSafe(_ byte: UInt8) -> Bool {
        byte < 128 && byte != 32 && byte != 35 && byte != 37 && byte != 63
    }
}

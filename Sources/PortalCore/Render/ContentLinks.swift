import Foundation

/// Turns a link written in Markdown into a link the published site can follow:
/// `../plans/2023-x.md` (a content file) becomes the relative link to that record's page,
/// `../media/a.pdf` the link to the copied file. A link to a file that is not there is broken.
struct ContentLinks: Sendable {
    enum Resolution: Equatable {
        case keep
        case rewrite(String)
        case broken(String)
        case unsafe
    }

    /// Content file path (`content/plans/x.md`) → its page.
    let pages: [String: Route]
    let mediaFiles: [String: MediaFile]

    init(site: Site) {
        var pages: [String: Route] = [:]
        site.plans.forEach { pages[$0.source] = .plan($0.id) }
        site.decisions.forEach { pages[$0.source] = .decision($0.id) }
        site.exemplars.forEach { pages[$0.source] = .exemplar($0.id) }
        site.stories.forEach { pages[$0.source] = .story($0.id) }
        self.init(pages: pages, mediaFiles: site.mediaFiles)
    }

    init(pages: [String: Route], mediaFiles: [String: MediaFile]) {
        self.pages = pages
        self.mediaFiles = mediaFiles
    }

    func resolve(_ url: String, from file: String, on page: Route) -> Resolution {
        let trimmed = url.trimmedWhitespace
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .keep }
        if let scheme = Self.scheme(of: trimmed) {
            return Self.safeSchemes.contains(scheme) ? .keep : .unsafe
        }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix("\\") {
            return .broken("Liên kết `\(url)` bắt đầu bằng `/` sẽ hỏng khi mở trang từ ổ đĩa. Viết đường dẫn tương đối tới tệp nội dung, ví dụ `../plans/ten-tep.md`.")
        }
        // Cut at bytes, as a browser reads a URL (and `Character` by `Character`, a city's 16,000
        // links took a tenth of a second of rendering).
        let hash = trimmed.utf8.firstIndex(of: UInt8(ascii: "#"))
        let rawPath = String(hash.map { trimmed[..<$0] } ?? trimmed[...])
        // Foundation's decoding only where there is something to decode: a story links a few files.
        let pathPart = rawPath.utf8.contains(UInt8(ascii: "%")) ? rawPath.removingPercentEncoding ?? rawPath : rawPath
        let fragment = hash.map { String(trimmed[trimmed.utf8.index(after: $0)...]) }
        let folder = file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file[..<$0]) } ?? ""
        guard let target = Self.normalise(folder + "/" + pathPart) else {
            return .broken("Liên kết `\(url)` đi ra ngoài thư mục của trang.")
        }
        if let route = pages[target] {
            return .rewrite(Routes.link(from: page, to: route, fragment: fragment))
        }
        if target.hasPrefix("content/media/"), mediaFiles[String(target.dropFirst("content/media/".count))] != nil {
            return .rewrite(Routes.link(from: page, to: .media(String(target.dropFirst("content/media/".count))), fragment: fragment))
        }
        let hint = target.hasSuffix(".md") || target.hasSuffix(".yaml")
            ? "Không có tệp nội dung `\(target)` (hoặc đó là tin nháp)."
            : "Liên kết tương đối phải trỏ tới một tệp nội dung (.md, .yaml) hoặc một tệp trong content/media/; không thấy `\(target)`."
        return .broken("Liên kết `\(url)` bị hỏng. \(hint)")
    }

    /// The schemes a link may have; any other (`javascript:`, `data:`, `file:` …) is removed.
    static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// `javascript`, `https` … or nil for a relative link. Lower-cased, ignoring the tricks
    /// browsers forgive (spaces and control characters inside the scheme).
    static func scheme(of url: String) -> String? {
        // A scheme ends at a colon: most links are relative paths to content files, without one.
        guard url.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 }
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let scheme = String(String.UnicodeScalarView(cleaned[..<colon])).lowercased()
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic,
              scheme.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || "+-.0123456789".unicodeScalars.contains($0)) })
        else { return nil }
        return scheme
    }

    /// Folds `.` and `..` segments; nil if the path climbs above the site root.
    static func normalise(_ path: String) -> String? {
        let dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
        var stack: [Substring.UTF8View] = []
        for part in path.utf8.split(separator: slash) {
            if part.count == 1, part.first == dot { continue }
            if part.count == 2, part.allSatisfy({ $0 == dot }) {
                guard stack.popLast() != nil else { return nil }
            } else {
                stack.append(part)
            }
        }
        return String(decoding: Array(stack.joined(separator: [slash])), as: UTF8.self)
    }
}

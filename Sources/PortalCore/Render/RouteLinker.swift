/// `Routes.link` from one page, which reads the page's path once: a page of a city's honour roll
/// links a thousand decisions, and the page's own path cost as much to make as each link.
struct RouteLinker: Sendable {
    private let from: [UInt8]

    init(from page: Route) {
        from = Array(Routes.path(page).utf8)
    }

    func link(to target: Route, fragment: String? = nil) -> String {
        // Compared as bytes, with no arrays of path segments.
        var to = Routes.path(target)
        let slash = UInt8(ascii: "/")
        var sharedEnd = 0   // just past the last `/` of the folders the two paths share
        var isSafe = true
        to.withUTF8 { target in
            from.withUnsafeBufferPointer { from in
                for offset in 0..<min(from.count, target.count) {
                    guard from[offset] == target[offset] else { break }
                    if target[offset] == slash { sharedEnd = offset + 1 }
                }
            }
            isSafe = target[sharedEnd...].allSatisfy(Routes.isLinkSafe)
        }
        var climbs = 0
        for byte in from[sharedEnd...] where byte == slash { climbs += 1 }
        // Just past a `/`: a boundary between scalars, where a string may be cut.
        let rest = to[to.utf8.index(to.utf8.startIndex, offsetBy: sharedEnd)...]
        var link = String(repeating: "../", count: climbs)
        if isSafe { link += rest } else { link += Routes.percentEncoded(String(rest)) }
        if let fragment { link += "#" + fragment }
        return link
    }
}

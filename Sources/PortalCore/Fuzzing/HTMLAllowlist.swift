/// What a Markdown body may put on a page while `markdown.unsafe_html` is off: the tags CommonMark
/// makes, with their own attributes, and links only to the schemes `ContentLinks` lets through.
/// Checked on every fuzzed body, so neither libcmark nor our rewriting of headings and links can
/// smuggle markup from the text onto a page.
enum HTMLAllowlist {
    /// No `h1`: the page title is the page's one `h1`, so body headings start at `h2`.
    static let tags: Set<String> = [
        "p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "hr", "br",
        "em", "strong", "a", "img",
    ]
    static let attributes: Set<String> = ["href", "src", "title", "alt", "id", "start", "class"]
    /// What libcmark writes in place of raw HTML in safe mode.
    static let omittedHTML = "<!-- raw HTML omitted -->"

    /// Each tag, attribute or link that should not be there. Text is escaped by libcmark, so every
    /// `<` in its output opens a tag it wrote. Read scalar by scalar: as `Character`s, a `>` followed
    /// by a combining mark from the text would be one character and not a `>`.
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var rest = Substring(html).unicodeScalars
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.starts(with: omittedHTML.unicodeScalars) {
                rest = rest.dropFirst(omittedHTML.unicodeScalars.count)
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                problems.append("An unclosed tag: \(String(String.UnicodeScalarView(rest.prefix(60))).debugDescription).")
                break
            }
            problems += Self.problems(inTag: rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        return problems
    }

    /// `tag` is what stands between `<` and `>`: `/p`, `a href="…"`, `hr /`.
    private static func problems(inTag tag: Substring.UnicodeScalarView) -> [String] {
        let shown = "<\(Substring(tag))>"
        var rest = tag.drop { $0 == "/" }
        let name = rest.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        guard tags.contains(String(Substring(name))) else { return ["A tag that is not allowed: \(shown)."] }
        rest = rest.dropFirst(name.count)
        var problems: [String] = []
        while true {
            rest = rest.drop { $0 == " " }
            if rest.isEmpty || rest.elementsEqual("/".unicodeScalars) { return problems }
            let attribute = String(Substring(rest.prefix { $0.properties.isAlphabetic }))
            rest = rest.dropFirst(attribute.unicodeScalars.count)
            guard attributes.contains(attribute), rest.starts(with: "=\"".unicodeScalars),
                  let end = rest.dropFirst(2).firstIndex(of: "\"") else {
                return problems + ["An attribute that is not allowed or not quoted in \(shown)."]
            }
            let value = String(Substring(rest[rest.index(rest.startIndex, offsetBy: 2)..<end]))
            if attribute == "href" || attribute == "src", let scheme = ContentLinks.scheme(of: value),
               !ContentLinks.safeSchemes.contains(scheme) {
                problems.append("A link with the scheme `\(scheme)`: \(shown).")
            }
            rest = rest[rest.index(after: end)...]
        }
    }
}

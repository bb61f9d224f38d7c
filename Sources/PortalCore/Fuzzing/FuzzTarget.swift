import Foundation

/// What the fuzz targets in `fuzz/` run: arbitrary bytes through the code `portal build` runs on
/// a content file, and the promises that input broke. A crash found by fuzzing is a crash of the
/// build, and `FuzzRegressionTests` feeds every kept input through the very same call.
///
/// Public only for the fuzz package, which links PortalCore as any client does; nothing here is a
/// second implementation, only the checks of what the real code must always give.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A content file as a story, a plan and an exemplar (front matter, YAML, field readers), and
    /// as a decision and `portal.yaml` (YAML alone).
    case records
    /// An award list exported from a spreadsheet.
    case awardCSV = "award-csv"
    /// A Markdown body through libcmark, raw HTML off and on, and as plain text for search.
    case markdown
    case slug
    /// Three strings, one per line, ordered by `VietnameseSortKey` and `PersonNameSortKey`.
    case collation

    /// Each broken promise in a sentence; empty when the input was handled as it should be.
    public func brokenPromises(_ bytes: Data) -> [String] {
        switch self {
        case .records: Self.records(bytes)
        case .awardCSV: Self.awardCSV(bytes)
        case .markdown: Self.markdown(bytes)
        case .slug: Self.slug(String(decoding: bytes, as: UTF8.self))
        case .collation: Self.collation(String(decoding: bytes, as: UTF8.self))
        }
    }

    private static func records(_ bytes: Data) -> [String] {
        let path = "content/fuzz.md"
        let loaded = loadAsEveryRecord(bytes, path: path)
        var broken = misplaced(loaded.diagnostics, file: path, lines: loaded.lines)
        // The same file saved on Windows, with CR LF line ends, reads the same.
        if !bytes.contains(0x0D) {
            let windows = Data(bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] })
            let reported = loadAsEveryRecord(windows, path: path).diagnostics.map(\.formatted)
            if reported != loaded.diagnostics.map(\.formatted) {
                broken.append("With CR LF line ends the file reads differently:\n\(reported.joined(separator: "\n"))")
            }
        }
        return broken
    }

    /// The diagnostics of loading `bytes` as every kind of record, and the file's lines (nil when
    /// it is not UTF-8).
    private static func loadAsEveryRecord(_ bytes: Data, path: String) -> (diagnostics: [Diagnostic], lines: Int?) {
        let log = DiagnosticLog()
        guard let source = SourceText.decode(bytes, as: path, log: log) else { return (log.entries, nil) }
        _ = StoryLoader.load(source, id: "fuzz", log: log)
        _ = PlanLoader.load(source, id: "fuzz", log: log)
        _ = ExemplarLoader.load(source, id: "fuzz", log: log)
        _ = DecisionLoader.load(source, id: "fuzz", log: log) { _ in nil }
        _ = ConfigLoader.load(source, log: log)
        return (log.entries, lineCount(source.text))
    }

    private static func awardCSV(_ bytes: Data) -> [String] {
        let log = DiagnosticLog()
        let path = "content/honours/fuzz.csv"
        guard let source = SourceText.decode(bytes, as: path, log: log) else {
            return misplaced(log.entries, file: path, lines: nil)
        }
        let awards = AwardCSV.read(source, log: log)
        let lines = lineCount(source.text)
        return misplaced(log.entries, file: path, lines: lines)
            + awards.filter { !(1...lines).contains($0.location.line) || $0.location.column < 1 }
                .map { "Award `\($0.name)` placed at \($0.location.line):\($0.location.column), outside the file." }
    }

    /// Pages a body may link to: one record of each kind that the sample content links to, so the
    /// bodies of the seed corpus have links that resolve as well as links that are broken.
    private static let linkablePages: [String: Route] = [
        "content/plans/2023-nguyen-trai-20-nam.md": .plan("2023-nguyen-trai-20-nam"),
        "content/honours/2024-khen-thuong-20-nam.yaml": .decision("2024-khen-thuong-20-nam"),
        "content/exemplars/dang-van-duc-cuu-nguoi-dam-chay.md": .exemplar("dang-van-duc-cuu-nguoi-dam-chay"),
        "content/stories/2024-hoc-sinh-tra-lai-vi.md": .story("2024-hoc-sinh-tra-lai-vi"),
    ]

    private static func markdown(_ bytes: Data) -> [String] {
        let log = DiagnosticLog()
        let path = "content/stories/fuzz.md"
        guard let source = SourceText.decode(bytes, as: path, log: log) else {
            return misplaced(log.entries, file: path, lines: nil)
        }
        let body = MarkdownText(text: source.text, firstLine: 1, file: path)
        let links = ContentLinks(pages: linkablePages, mediaFiles: ["ke-hoach/2024-18-kh-ubnd.pdf": MediaFile(bytes: 1)])
        var broken: [String] = []
        for unsafeHTML in [false, true] {
            let rendered = Markdown(unsafeHTML: unsafeHTML, links: links).render(body, on: .story("fuzz"), log: log)
            let ids = rendered.headings.map(\.id)
            if let bad = ids.first(where: { !Slug.isSlug($0) }) { broken.append("Heading id `\(bad)` is not a slug.") }
            if Set(ids).count != ids.count { broken.append("Two headings share an id: \(ids).") }
            if !unsafeHTML { broken += HTMLAllowlist.problems(in: rendered.html) }
        }
        _ = Markdown.plainText(of: body)
        return broken + misplaced(log.entries, file: path, lines: lineCount(source.text))
    }

    private static func slug(_ text: String) -> [String] {
        let slug = Slug.make(text)
        var broken: [String] = []
        if !slug.isEmpty && !Slug.isSlug(slug) { broken.append("`\(slug)` is not a slug.") }
        if !slug.utf8.allSatisfy({ $0 < 0x80 }) { broken.append("`\(slug)` is not ASCII.") }
        if Slug.make(slug) != slug { broken.append("The slug of `\(slug)` is `\(Slug.make(slug))`: not idempotent.") }
        // A title that is a slug already takes a shortcut; with separators around it, the long way.
        if Slug.make(" " + text + "-") != slug { broken.append("Separators around the title change its slug `\(slug)`.") }
        if Slug.isSlug(text) != (!text.isEmpty && slug == text) { broken.append("`isSlug` and `make` disagree on \(text.debugDescription).") }
        if Slug.make(text.decomposedStringWithCanonicalMapping) != Slug.make(text.nfc) {
            broken.append("The NFC and NFD spellings of \(text.debugDescription) have different slugs.")
        }
        return broken
    }

    private static func collation(_ text: String) -> [String] {
        let names = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        return strictWeakOrderProblems(names, key: VietnameseSortKey.init, name: "VietnameseSortKey")
            + strictWeakOrderProblems(names, key: PersonNameSortKey.init(fullName:), name: "PersonNameSortKey")
    }

    /// Sorting needs `<` to be a strict weak order; these keys promise more: only canonically equal
    /// strings (NFC and NFD spellings of one text) have equal keys, so sorting is repeatable.
    private static func strictWeakOrderProblems<Key: Comparable>(_ texts: [String], key: (String) -> Key, name: String) -> [String] {
        let keys = texts.map(key)
        func less(_ i: Int, _ j: Int) -> Bool { keys[i] < keys[j] }
        func equivalent(_ i: Int, _ j: Int) -> Bool { !less(i, j) && !less(j, i) }
        func quoted(_ i: Int...) -> String { i.map { texts[$0].debugDescription }.joined(separator: ", ") }
        var broken: [String] = []
        for i in keys.indices {
            if less(i, i) { broken.append("\(name): \(quoted(i)) sorts before itself.") }
            if key(texts[i].nfc) != key(texts[i].decomposedStringWithCanonicalMapping) {
                broken.append("\(name): the NFC and NFD spellings of \(quoted(i)) have different keys.")
            }
            for j in keys.indices {
                if less(i, j) && less(j, i) { broken.append("\(name): \(quoted(i, j)) each sort before the other.") }
                if equivalent(i, j) != (keys[i] == keys[j]) { broken.append("\(name): `==` and `<` disagree on \(quoted(i, j)).") }
                if (keys[i] == keys[j]) != (texts[i] == texts[j]) {
                    broken.append("\(name): keys are equal exactly when the texts are canonically equal, not so for \(quoted(i, j)).")
                }
                for k in keys.indices {
                    if less(i, j) && less(j, k) && !less(i, k) { broken.append("\(name): `<` is not transitive on \(quoted(i, j, k)).") }
                    if equivalent(i, j) && equivalent(j, k) && !equivalent(i, k) {
                        broken.append("\(name): sorting equal is not transitive on \(quoted(i, j, k)).")
                    }
                }
            }
        }
        return broken
    }

    /// Every diagnostic names the file and a line and column inside it (`lines`: nil when the
    /// text could not be decoded, so only the lower bounds are checked).
    private static func misplaced(_ diagnostics: [Diagnostic], file: String, lines: Int?) -> [String] {
        diagnostics.compactMap { d in
            let inside = d.file == file && d.line >= 1 && d.column >= 1 && d.line <= (lines ?? d.line)
            return inside ? nil : "Diagnostic outside the file (of \(lines.map(String.init) ?? "?") lines): \(d.formatted)"
        }
    }

    /// Lines as editors (and libyaml) count them: CR, LF, CRLF, NEL, LS and PS each end one.
    private static func lineCount(_ text: String) -> Int {
        text.count(where: \.isNewline) + 1
    }
}

/// One search result as the index knows it: what the results list shows (kind, title, date,
/// snippet), the page it opens, and the texts its words come from, each with its field's weight.
struct SearchDocument: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case plan = "p", decision = "q", exemplar = "e", story = "s", award = "a"

        /// The label the results list shows before the title.
        var label: String {
            switch self {
            case .plan: "Kế hoạch"
            case .decision: "Quyết định khen thưởng"
            case .exemplar: "Gương điển hình"
            case .story: "Tin tức"
            case .award: "Khen thưởng"
            }
        }
    }

    /// How much a word found in a field counts: a title or a name says what the document is
    /// about, a body only mentions things.
    struct Field: Sendable {
        static let titleWeight = 10
        static let detailWeight = 3
        static let bodyWeight = 1

        let text: String
        let weight: Int
    }

    let kind: Kind
    let title: String
    let date: String?
    let route: Route
    let snippet: String
    let fields: [Field]

    /// Every document of the site, in the order results of equal score are listed: plans,
    /// decisions, exemplars, stories (each newest first, as the site lists them), then every award.
    static func all(in site: Site) -> [SearchDocument] {
        // Plain text from Markdown is the costly part: records are read on every core.
        site.plans.concurrentMap(plan) + site.decisions.map(decision) + site.exemplars.concurrentMap(exemplar)
            + site.stories.concurrentMap(story)
            + site.decisions.concurrentMap { decision in decision.awards.map { award($0, of: decision) } }.flatMap { $0 }
    }

    static func plan(_ plan: Plan) -> SearchDocument {
        let number = plan.number.map { "Số \($0) · " } ?? ""
        return SearchDocument(
            kind: .plan, title: plan.title, date: plan.issued?.short ?? (plan.year > 0 ? String(plan.year) : nil),
            route: .plan(plan.id), snippet: snippet(number + plan.issuer),
            fields: [.init(text: plan.number ?? "", weight: Field.titleWeight),
                     .init(text: plan.title, weight: Field.titleWeight),
                     .init(text: plan.bases.joined(separator: "\n"), weight: Field.detailWeight),
                     .init(text: Markdown.plainText(of: plan.body), weight: Field.bodyWeight)])
    }

    static func decision(_ decision: Decision) -> SearchDocument {
        SearchDocument(
            kind: .decision, title: "Quyết định số \(decision.number)", date: decision.issued.short,
            route: .decision(decision.id), snippet: snippet(decision.title),
            fields: [.init(text: decision.number, weight: Field.titleWeight),
                     .init(text: decision.title, weight: Field.titleWeight)])
    }

    /// An award opens its decision, where the honouree's row is.
    static func award(_ award: Award, of decision: Decision) -> SearchDocument {
        let details = [award.form, award.title, award.unit].compactMap { $0 }.joined(separator: " · ")
        return SearchDocument(
            kind: .award, title: award.name, date: decision.issued.short,
            route: .decision(decision.id), snippet: snippet("\(details) — Quyết định số \(decision.number)"),
            fields: [.init(text: award.name, weight: Field.titleWeight),
                     .init(text: award.unit ?? "", weight: Field.detailWeight),
                     .init(text: award.form, weight: Field.detailWeight)])
    }

    static func exemplar(_ exemplar: Exemplar) -> SearchDocument {
        SearchDocument(
            kind: .exemplar, title: exemplar.name, date: exemplar.published.short,
            route: .exemplar(exemplar.id), snippet: snippet(exemplar.summary),
            fields: [.init(text: exemplar.name, weight: Field.titleWeight),
                     .init(text: exemplar.unit, weight: Field.detailWeight),
                     .init(text: exemplar.summary, weight: Field.detailWeight),
                     .init(text: Markdown.plainText(of: exemplar.body), weight: Field.bodyWeight)])
    }

    static func story(_ story: Story) -> SearchDocument {
        let body = Markdown.plainText(of: story.body)
        return SearchDocument(
            kind: .story, title: story.title, date: story.date.short,
            route: .story(story.id), snippet: snippet(story.summary ?? body),
            fields: [.init(text: story.title, weight: Field.titleWeight),
                     .init(text: story.summary ?? "", weight: Field.detailWeight),
                     .init(text: story.tags.joined(separator: "\n"), weight: Field.detailWeight),
                     .init(text: body, weight: Field.bodyWeight)])
    }

    /// The first words of a text, whitespace collapsed, cut at a word within `limit` characters:
    /// the results list shows them under the title, and the index of a large site carries one per
    /// document, so they stay short.
    static func snippet(_ text: String, limit: Int = 160) -> String {
        // Where every character is one scalar (Vietnamese and its punctuation in NFC), the UTF-8
        // bytes are read instead of characters, without grapheme breaking: a city has 100,000 award
        // snippets.
        var bytes = text
        if let snippet = bytes.withUTF8({ firstWords(ofOneScalarCharacters: $0, limit: limit) }) { return snippet }
        return firstWords(of: text, limit: limit, isWhitespace: \.isWhitespace, string: String.init)
    }

    /// `firstWords` over the scalars of UTF-8 text, counting scalars; nil unless every scalar of the
    /// text is a character of its own.
    private static func firstWords(ofOneScalarCharacters bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> String? {
        var index = 0
        while index < bytes.count {
            let (value, length) = bytes.scalar(at: index)
            guard isOneScalarCharacter(value) else { return nil }
            index += length
        }
        var result: [UInt8] = []
        var count = 0   // of scalars in `result`
        index = 0
        while true {
            while index < bytes.count, case let (value, length) = bytes.scalar(at: index), isWhitespace(value) { index += length }
            guard index < bytes.count else { break }
            let start = index
            var wordCount = 0
            var prefixEnd = start   // the end of the word's first `limit` scalars
            while index < bytes.count, case let (value, length) = bytes.scalar(at: index), !isWhitespace(value) {
                index += length
                wordCount += 1
                if wordCount <= limit { prefixEnd = index }
            }
            let next = result.isEmpty ? wordCount : count + 1 + wordCount
            if next > limit {
                if result.isEmpty {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<prefixEnd]))
                    result.append(contentsOf: "…".utf8)
                } else {
                    result.append(contentsOf: " …".utf8)
                }
                break
            }
            if !result.isEmpty { result.append(UInt8(ascii: " ")) }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            count = next
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func firstWords<Text: Collection>(of text: Text, limit: Int, isWhitespace: (Text.Element) -> Bool,
                                                     string: (Text.SubSequence) -> String) -> String {
        var result = ""
        var length = 0
        // Words are taken one by one up to the cut: a story without a summary would otherwise split
        // its whole body into words to keep thirty of them.
        var rest = text[...]
        while let start = rest.firstIndex(where: { !isWhitespace($0) }) {
            let end = rest[start...].firstIndex(where: isWhitespace) ?? rest.endIndex
            let word = rest[start..<end]
            rest = rest[end...]
            let next = result.isEmpty ? word.count : length + 1 + word.count
            if next > limit {
                return result.isEmpty ? string(word.prefix(limit)) + "…" : result + " …"
            }
            if !result.isEmpty { result += " " }
            result += string(word)
            length = next
        }
        return result
    }

    /// Latin up to U+02FF, Vietnamese's letters (U+1E00–U+1EFF) and general punctuation without its
    /// spaces, joiners and separators: each always a character of its own (CR LF aside, which is
    /// whitespace either way).
    private static func isOneScalarCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x300, 0x1E00..<0x1F00, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    /// `Character.isWhitespace` for those scalars.
    private static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: true
        default: false
        }
    }
}

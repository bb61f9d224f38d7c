import Foundation
import CCmark

/// A Markdown body turned into HTML, with the headings found in it (for a table of contents).
struct RenderedMarkdown: Sendable {
    struct Heading: Sendable {
        let level: Int
        let text: String
        let id: String
    }

    let html: String
    let headings: [Heading]
}

/// Renders Markdown with libcmark. Raw HTML is dropped unless the site allows it; headings get
/// stable ids from their Vietnamese text; links to other content files become links to their
/// pages, and links to nothing are errors at their line.
struct Markdown {
    let unsafeHTML: Bool
    let links: ContentLinks

    func render(_ markdown: MarkdownText, on page: Route, log: DiagnosticLog) -> RenderedMarkdown {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let bytes = Array(markdown.text.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, options) else {
            return RenderedMarkdown(html: "", headings: [])
        }
        defer { cmark_node_free(document) }

        var headings: [RenderedMarkdown.Heading] = []
        var usedIDs: Set<String> = []
        var headingNodes: [OpaquePointer] = []
        var linkNodes: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linkNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if !unsafeHTML {
                    log.warning("Mã HTML trong Markdown bị bỏ qua vì `markdown.unsafe_html` đang tắt trong portal.yaml. Hãy viết bằng Markdown.",
                                at: location(of: node, in: markdown))
                }
            default: break
            }
        }
        cmark_iter_free(iterator)

        for node in linkNodes { rewriteLink(node, markdown: markdown, page: page, log: log) }
        for node in headingNodes {
            let text = Self.plainText(of: node)
            var id = Slug.make(text).isEmpty ? "muc" : Slug.make(text)
            if usedIDs.contains(id) {
                var n = 2
                while usedIDs.contains("\(id)-\(n)") { n += 1 }
                id = "\(id)-\(n)"
            }
            usedIDs.insert(id)
            // The page title is the one h1, so body headings start at h2.
            let level = min(6, max(2, Int(cmark_node_get_heading_level(node)) + 1))
            headings.append(.init(level: level, text: text, id: id))
            replaceHeading(node, level: level, id: id)
        }

        guard let html = cmark_render_html(document, options) else { return RenderedMarkdown(html: "", headings: headings) }
        defer { free(html) }
        return RenderedMarkdown(html: String(cString: html), headings: headings)
    }

    /// cmark's HTML renderer writes no heading ids, so a heading becomes a custom block that
    /// writes its own tags (our text, escaped) around the heading's inline content.
    private func replaceHeading(_ heading: OpaquePointer, level: Int, id: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(block, "</h\(level)>")
        while let child = cmark_node_first_child(heading) {
            cmark_node_unlink(child)
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(heading, block)
        cmark_node_free(heading)
    }

    private func rewriteLink(_ node: OpaquePointer, markdown: MarkdownText, page: Route, log: DiagnosticLog) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        switch links.resolve(url, from: markdown.file, on: page) {
        case .keep:
            break
        case .rewrite(let href):
            cmark_node_set_url(node, href)
        case .broken(let message):
            log.error(message, at: location(of: node, in: markdown))
        case .unsafe:
            log.warning("Liên kết `\(url)` không an toàn nên đã bị gỡ (chỉ dùng http, https, mailto, tel hoặc đường dẫn tương đối).",
                        at: location(of: node, in: markdown))
            unwrap(node)
        }
    }

    /// Keeps the link's text, drops the link.
    private func unwrap(_ node: OpaquePointer) {
        if cmark_node_get_type(node) == CMARK_NODE_IMAGE {
            cmark_node_set_url(node, "")
            return
        }
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// cmark counts columns in bytes; editors count characters (scalars), as our diagnostics do.
    /// Only called for a problem, so finding the line again is cheap enough.
    private func location(of node: OpaquePointer, in markdown: MarkdownText) -> SourceLocation {
        let line = max(1, Int(cmark_node_get_start_line(node)))
        let byteColumn = max(1, Int(cmark_node_get_start_column(node)))
        let text = markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(line - 1).first.map { Array($0.utf8) } ?? []
        let prefix = text.prefix(byteColumn - 1)
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: markdown.file, line: markdown.firstLine + line - 1, column: column)
    }

    /// The words of a whole Markdown text without its markup, one line per block, for the search
    /// index. Raw HTML is left out whatever the site allows: it is markup, not words.
    static func plainText(of markdown: MarkdownText) -> String {
        let bytes = Array(markdown.text.utf8)
        guard let document = cmark_parse_document(bytes, bytes.count, CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_node_free(document) }
        return plainText(of: document)
    }

    /// The text of a node and everything under it. Blocks end with a line break so that words of
    /// two paragraphs (or a heading and its paragraph) never run together.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_EXIT {
                if isTextBlock(type) { text += "\n" }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) + "\n" }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        cmark_iter_free(iterator)
        return text.trimmedWhitespaceAndNewlines
    }

    /// Blocks that hold inline text (code blocks end their own line: they have no exit event).
    private static func isTextBlock(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
    }
}

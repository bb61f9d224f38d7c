import Foundation
import Mustache

/// The theme: every `*.mustache` file of `templates/`, compiled once, plus the static files of
/// `templates/assets/` (the stylesheet) that are published as they are.
struct Templates: Sendable {
    let library: MustacheLibrary
    /// Path under `templates/assets/` → contents.
    let assets: [String: Data]

    /// Nil when a template does not parse (each reported at its line and column).
    static func load(from root: URL, log: DiagnosticLog) -> Templates? {
        let folder = ContentFolder(root: root)
        guard folder.exists("templates") else {
            log.error("Không thấy thư mục templates/ (giao diện trang). Chép thư mục templates/ của bộ mẫu vào cạnh portal.yaml.",
                      at: SourceLocation(file: "templates"))
            return nil
        }
        HTMLEscaping.registered
        var library = MustacheLibrary()
        var ok = true
        for path in folder.allFiles(below: "templates", log: log) where path.hasSuffix(".mustache") {
            let file = "templates/\(path)"
            guard let source = SourceText.read(folder.url(file), as: file, log: log) else { ok = false; continue }
            do {
                let name = String(path.dropLast(".mustache".count))
                library.register(try MustacheTemplate(string: HTMLEscaping.pragmaLine + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                log.error("Mẫu giao diện không hợp lệ: \(error.error).",
                          at: SourceLocation(file: file, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber))
                ok = false
            } catch {
                log.error("Mẫu giao diện không hợp lệ: \(error).", at: SourceLocation(file: file))
                ok = false
            }
        }
        var assets: [String: Data] = [:]
        for path in folder.allFiles(below: "templates/assets", log: log) {
            let data = FileManager.default.contents(atPath: folder.url("templates/assets/\(path)").path)
            assets[path] = path.hasSuffix(".css") ? data.map { Data(CSSMinifier.minify(String(decoding: $0, as: UTF8.self)).utf8) } : data
        }
        return ok ? Templates(library: library, assets: assets) : nil
    }

    /// Renders `name` with a context of dictionaries and arrays (no reflection: it is the hot path).
    func render(_ name: String, _ context: [String: Any], log: DiagnosticLog) -> String {
        guard let html = library.render(context, withTemplate: name) else {
            log.error("Thiếu mẫu giao diện `\(name).mustache`.", at: SourceLocation(file: "templates/\(name).mustache"))
            return ""
        }
        return html
    }
}

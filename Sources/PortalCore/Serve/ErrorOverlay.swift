/// The content errors of a failed rebuild, shown over the page in the browser. The last good
/// page stays underneath (and served), so a press officer sees both what broke and what was there.
/// Every message is escaped: messages quote the content, and content may hold `<script>`.
enum ErrorOverlay {
    static let elementID = "portal-loi"

    /// A fixed panel to put at the end of a page's body.
    static func panel(_ diagnostics: [Diagnostic]) -> String {
        let shown = Set(diagnostics).sorted().filter { $0.severity == .error } + Set(diagnostics).sorted().filter { $0.severity == .warning }
        let items = shown.map { d in
            "<li><code>\(XML.escape("\(d.file):\(d.line):\(d.column)"))</code> <strong>\(d.severity == .error ? "lỗi" : "cảnh báo")</strong>: "
                + "\(XML.escape(d.message))</li>"
        }.joined(separator: "\n")
        return """
        <div id="\(elementID)" role="alertdialog" aria-labelledby="\(elementID)-tieu-de" style="position:fixed;inset:0;z-index:2147483647;\
        overflow:auto;background:rgba(20,20,20,.92);color:#fff;font:16px/1.5 system-ui,sans-serif;padding:2rem">
        <h2 id="\(elementID)-tieu-de" style="color:#ff8a80;margin-top:0">Chưa tạo lại được trang: \(diagnostics.errorCount) lỗi</h2>
        <p>Trang bên dưới là bản tạo thành công gần nhất. Sửa các lỗi sau rồi lưu tệp, trang sẽ tự tải lại.</p>
        <ol style="padding-left:1.5rem">
        \(items)
        </ol>
        <p><button type="button" onclick="this.closest('#\(elementID)').remove()">Ẩn thông báo</button></p>
        </div>
        """
    }

    /// A whole page, for when no build has succeeded yet and there is no page to lay it over.
    static func page(_ diagnostics: [Diagnostic]) -> String {
        """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Lỗi nội dung</title></head>
        <body>
        \(panel(diagnostics))
        </body></html>
        """
    }
}
